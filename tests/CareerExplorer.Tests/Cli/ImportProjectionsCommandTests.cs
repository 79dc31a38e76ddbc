using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Tests.Services.Projections;
using CareerExplorer.Web.Rules;
using CareerExplorer.Web.Services.Projections;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Cli;

/// <summary>import-projections run as a process on the built app, as an operator would, with the workbooks BLS publishes.</summary>
public sealed class ImportProjectionsCommandTests : IDisposable
{
    private readonly CareerAppFactory _app = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("projections-").FullName;

    public ImportProjectionsCommandTests() => _ = _app.Server; // the database, migrated and seeded

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task CliImportProjections_BothRealWorkbooks_ImportsEachReleaseOldestFirst()
    {
        var (code, stdout, stderr) = await AppProcess.Start(_app.Database, ["import-projections", .. ProjectionsApp.Releases.Reverse().Select(ProjectionsApp.Workbook)])
            .WaitForExitAsync(TimeSpan.FromMinutes(3));

        Assert.True(code == 0, stderr);
        Assert.True(stdout.IndexOf("Imported Employment Projections 2019-29", StringComparison.Ordinal) < stdout.IndexOf("Imported Employment Projections 2024-34", StringComparison.Ordinal), stdout);
        await using var db = _app.CreateDbContext();
        foreach (var release in ProjectionsApp.Releases)
        {
            var read = ProjectionsFile.Read(ProjectionsApp.Workbook(release), File.ReadAllBytes(ProjectionsApp.Workbook(release))).Release!;
            Assert.Equal(read.Occupations.Count + 1, await db.EmploymentProjections.CountAsync(p => p.Source.Release == release));
        }
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.EntityType == "Projections release"));
    }

    [Fact]
    public async Task CliImportProjections_WorkbookWithABadCell_ExitsOneNamesRowAndColumnAndWritesNothing()
    {
        var bad = Path.Combine(_folder, "occupation_2024-34.xlsx");
        File.WriteAllBytes(bad, ProjectionImportTests.WithCell(File.ReadAllBytes(ProjectionsApp.Workbook("2024-34")), "I120", "n.a."));

        var (code, _, stderr) = await AppProcess.Start(_app.Database, ["import-projections", ProjectionsApp.Workbook("2019-29"), bad]).WaitForExitAsync(TimeSpan.FromMinutes(3));

        Assert.Equal(1, code);
        Assert.Contains("occupation_2024-34.xlsx line 120 (Employment change, percent, 2024–34): “n.a.” is not a number", stderr);
        Assert.Contains("Nothing was imported.", stderr);
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.EmploymentProjections.CountAsync()); // not even the good 2019-29 file
        Assert.False(await db.Sources.AnyAsync(s => s.Dataset == Datasets.BlsProjections));
    }

    [Fact]
    public async Task CliImportProjections_AnOewsWorkbook_IsRefusedAsNotAProjectionsFile()
    {
        var oews = Path.Combine(AppContext.BaseDirectory, "data", "oews", "national_M2023_dl.xlsx");

        var (code, _, stderr) = await AppProcess.Start(_app.Database, ["import-projections", oews]).WaitForExitAsync(TimeSpan.FromMinutes(3));

        Assert.Equal(1, code);
        Assert.Contains("national_M2023_dl.xlsx: This is not a file this command imports", stderr);
    }
}
