using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Tests.Services.Cpi;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Cli;

/// <summary>import-cpi run as a process on the built app, as an operator would.</summary>
public sealed class ImportCpiCommandTests : IDisposable
{
    private readonly CareerAppFactory _app = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("careerexplorer-cpi-").FullName;

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task CliImportCpi_RealFile_ImportsOnceAndAgainChangesNothing()
    {
        _ = _app.Server; // the database, migrated and seeded

        var (code, stdout, stderr) = await AppProcess.Start(_app.Database, ["import-cpi", CpiImportTests.RealFile]).WaitForExitAsync(TimeSpan.FromMinutes(3));

        Assert.True(code == 0, stderr);
        Assert.Contains("Imported BLS CPI-U through 2026-05: 1360 months, 114 years 1913–2026, partial: 2025 (11 months), 2026 (5 months)", stdout);
        await using (var db = _app.CreateDbContext())
        {
            Assert.Equal(304.702m, await db.CpiValues.Where(c => c.Year == 2023).Select(c => c.Value).SingleAsync());
            Assert.Equal(114, await db.CpiValues.CountAsync());
        }

        (code, stdout, stderr) = await AppProcess.Start(_app.Database, ["import-cpi", CpiImportTests.RealFile]).WaitForExitAsync(TimeSpan.FromMinutes(3));
        Assert.True(code == 0, stderr);
        Assert.Contains("0 added, 0 changed, 114 unchanged", stdout);
    }

    [Fact]
    public async Task CliImportCpi_BadFile_ExitsWithOneNamingLineAndColumn_AndWritesNothing()
    {
        _ = _app.Server;
        var file = Path.Combine(_folder, "cpi.csv");
        await File.WriteAllTextAsync(file, "Date,Index\n2024-01-01,308.417\n2024-02-01,-3\n");
        int before;
        await using (var db = _app.CreateDbContext())
            before = await db.CpiValues.CountAsync();

        var (code, _, stderr) = await AppProcess.Start(_app.Database, ["import-cpi", file]).WaitForExitAsync(TimeSpan.FromMinutes(3));

        Assert.Equal(1, code);
        Assert.Contains("cpi.csv line 3 (Index): The index value -3 is out of bounds", stderr);
        Assert.Contains("Nothing was imported.", stderr);
        await using var check = _app.CreateDbContext();
        Assert.Equal(before, await check.CpiValues.CountAsync());
    }
}
