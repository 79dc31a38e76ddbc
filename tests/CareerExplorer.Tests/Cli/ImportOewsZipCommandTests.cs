using System.Globalization;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Tests.Services.Oews;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Oews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Cli;

/// <summary>import-oews given the zip BLS distributes a release in (oesm23nat.zip), as an operator would download it.</summary>
public sealed class ImportOewsZipCommandTests : IDisposable
{
    private readonly CareerAppFactory _app = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("oews-zip-").FullName;

    public ImportOewsZipCommandTests() => _ = _app.Server; // the database, migrated and seeded

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private async Task<(int Exit, string Output, string Error)> ImportAsync(params string[] files)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        await using var scope = _app.Services.CreateAsyncScope();
        var exit = await ImportCommands.OewsAsync(scope.ServiceProvider, files, null, null, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task CliImportOews_TheMay2023ZipAsBlsDistributesIt_StoresWhatTheBareWorkbookDoes()
    {
        var zip = Write("oesm23nat.zip", OewsZip.May2023);

        var (code, stdout, stderr) = await AppProcess.Start(_app.Database, ["import-oews", zip]).WaitForExitAsync(TimeSpan.FromMinutes(3));

        Assert.True(code == 0, stderr);
        Assert.Single(stdout.Split('\n'), l => l.StartsWith("Imported May 2023: ", StringComparison.Ordinal)); // the log lines besides
        Assert.Equal(await OewsZip.StoredFromTheBareWorkbookAsync(), await OewsZip.StoredAsync(_app, 2023));
        await using var db = _app.CreateDbContext();
        Assert.Equal(["bls-oews-may-2023"], await db.AuditEntries.Where(a => a.EntityType == "OEWS release").Select(a => a.EntityId).ToListAsync());
    }

    [Theory]
    [InlineData(2024, "125.00", "260000")]
    [InlineData(2025, "130.00", "270400")]
    public async Task CliImportOews_ANewerReleaseZip_StoresItsTopCodedWagesAtTheThresholdItsNotesState(int year, string hourly, string annual)
    {
        var topCode = new OewsTopCode(decimal.Parse(hourly, CultureInfo.InvariantCulture), decimal.Parse(annual, CultureInfo.InvariantCulture));
        Assert.False(OewsFile.TopCodes.ContainsKey(year)); // not built in: it can only come from the workbook
        var (name, content) = OewsZip.Release(year, topCode);

        var (exit, output, error) = await ImportAsync(Write(name, content)); // no --year, no --top-code

        Assert.True(exit == 0, error);
        Assert.StartsWith($"Imported May {year}: ", output);
        await using var db = _app.CreateDbContext();
        var source = await db.Sources.SingleAsync(s => s.Dataset == Datasets.BlsOews && s.Release == Datasets.OewsRelease(year));
        Assert.Contains($"${topCode.Hourly:0.##} an hour or ${topCode.Annual:#,0} a year", source.Note);
        var topCoded = await db.SalaryFigures.Where(f => f.SourceId == source.Id && f.IsTopCoded).Select(f => new { f.Basis, f.Amount }).ToListAsync();
        var (hourlyCells, annualCells) = OewsZip.TopCodedWages();
        Assert.True(hourlyCells > 0 && annualCells > 0);
        Assert.Equal(Enumerable.Repeat(topCode.Hourly, hourlyCells), topCoded.Where(f => f.Basis == PayBasis.Hourly).Select(f => f.Amount!.Value));
        Assert.Equal(Enumerable.Repeat(topCode.Annual, annualCells), topCoded.Where(f => f.Basis == PayBasis.Annual).Select(f => f.Amount!.Value));
    }

    [Theory]
    [MemberData(nameof(RefusedOewsZips.All), MemberType = typeof(RefusedOewsZips))]
    public async Task CliImportOews_ARefusedZip_SaysWhyAndWritesNothing(string kind)
    {
        var (name, content) = RefusedOewsZips.Make(kind);

        var (exit, output, error) = await ImportAsync(Write(name, content));

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains(RefusedOewsZips.Message(kind), error);
        if (kind == RefusedOewsZips.NoOewsFile)
            Assert.Contains("The zip archive holds no BLS OEWS data", error);
        Assert.EndsWith("Nothing was imported." + Environment.NewLine, error);
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Sources.AnyAsync(s => s.Dataset == Datasets.BlsOews));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Import));
        Assert.False(await db.SalaryFigures.AnyAsync(f => f.Source.Dataset == Datasets.BlsOews));
    }
}
