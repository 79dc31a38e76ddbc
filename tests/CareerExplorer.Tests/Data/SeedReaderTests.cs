using CareerExplorer.Web.Data;
using CareerExplorer.Web.Services.Importing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerExplorer.Tests.Data;

public sealed class SeedReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("seed-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string file, string json) => File.WriteAllText(Path.Combine(_dir, file), json);

    [Fact]
    public void Read_MalformedJson_ReportsFileAndLine()
    {
        Write(SeedFiles.Sources, "[\n  { \"slug\": \"a\",\n    \"publisher\": \"A\" \"title\": \"x\" }\n]");

        var ex = Assert.Throws<SeedFormatException>(() => SeedReader.ReadDirectory(_dir));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(SeedFiles.Sources, error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Read_UnknownEnumValue_IsRefused()
    {
        Write(SeedFiles.Sources, """[{ "slug": "a", "publisher": "A", "title": "T", "kind": "blog" }]""");
        var ex = Assert.Throws<SeedFormatException>(() => SeedReader.ReadDirectory(_dir));
        Assert.Contains(ex.Errors, e => e.File == SeedFiles.Sources && e.Path == "$[0].kind");
    }

    [Fact]
    public void Read_MissingRequiredField_IsRefused()
    {
        Write(SeedFiles.Sources, """[{ "slug": "a", "title": "T", "kind": "article" }]""");
        var ex = Assert.Throws<SeedFormatException>(() => SeedReader.ReadDirectory(_dir));
        Assert.Contains("publisher", ex.Errors.Single().Message);
    }

    [Fact]
    public void Read_UnknownField_IsRefused()
    {
        Write(SeedFiles.Sources, """[{ "slug": "a", "publisher": "A", "title": "T", "kind": "article", "colour": "red" }]""");
        Assert.Throws<SeedFormatException>(() => SeedReader.ReadDirectory(_dir));
    }

    [Fact]
    public void Read_EnumsAreKebabCase()
    {
        Write(SeedFiles.Sources, """[{ "slug": "bls", "publisher": "BLS", "title": "OEWS", "kind": "government-statistics" }]""");
        Write(SeedFiles.SalaryFigures, """[{ "role": "r", "statistic": "p90", "payComponent": "base", "basis": "hourly", "amount": 50.5, "currency": "USD", "geography": "US", "year": 2022, "source": "bls", "quote": "q" }]""");

        var set = SeedReader.ReadDirectory(_dir);

        Assert.Equal(Web.Rules.SourceKind.GovernmentStatistics, set.Sources.Single().Kind);
        Assert.Equal(Web.Rules.SalaryStatistic.P90, set.SalaryFigures.Single().Statistic);
        Assert.Equal(Web.Rules.PayBasis.Hourly, set.SalaryFigures.Single().Basis);
    }

    [Fact]
    public async Task Import_UnknownReferencesAndBadFigures_AreAllReportedAndNothingIsWritten()
    {
        Write(SeedFiles.Geographies, """[{ "code": "US", "name": "United States", "kind": "country" }]""");
        Write(SeedFiles.Sources, """[{ "slug": "doc", "publisher": "P", "title": "T", "kind": "article", "seedFile": "x.txt" }]""");
        Write(SeedFiles.Roles, """[{ "slug": "r", "title": "R", "category": "C", "summary": "S", "documents": ["doc"] }]""");
        Write(SeedFiles.SalaryFigures, """
            [
              { "role": "nobody", "statistic": "median", "payComponent": "base", "basis": "annual", "amount": 1, "currency": "USD", "geography": "US", "year": 2020, "source": "doc", "quote": "q" },
              { "role": "r", "statistic": "range", "payComponent": "base", "basis": "annual", "low": 9, "high": 3, "currency": "USD", "geography": "US", "year": 2020, "source": "nowhere", "quote": "q" },
              { "role": "r", "statistic": "median", "payComponent": "base", "basis": "annual", "amount": 5, "currency": "USD", "geography": "US", "year": 1850, "source": "doc", "quote": "q" }
            ]
            """);
        var set = SeedReader.ReadDirectory(_dir);

        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new CareerDbContext(new DbContextOptionsBuilder<CareerDbContext>().UseSqlite(connection).Options);
        await db.Database.MigrateAsync();
        var importer = new SeedImporter(TimeProvider.System, NullLogger<SeedImporter>.Instance);

        var ex = await Assert.ThrowsAsync<SeedFormatException>(() => importer.ImportIntoEmptyAsync(db, set));

        Assert.Contains(ex.Errors, e => e.Path == "$[0].role" && e.Message.Contains("nobody"));
        Assert.Contains(ex.Errors, e => e.Path == "$[1].source" && e.Message.Contains("nowhere"));
        Assert.Contains(ex.Errors, e => e.Path == "$[1].high");
        Assert.Contains(ex.Errors, e => e.Path == "$[2].year");
        Assert.Equal(0, await db.Sources.CountAsync());
        Assert.Equal(0, await db.Roles.CountAsync());
    }
}
