using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Tests.Services.Onet;
using CareerExplorer.Web.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Cli;

/// <summary>import-onet run as a process on the built app, as an operator would: a release's folder, its files, refusals.</summary>
public sealed class ImportOnetCommandTests : IDisposable
{
    private readonly CareerAppFactory _app = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("onet-release-").FullName;

    public ImportOnetCommandTests() => _ = _app.Server; // the database, migrated and seeded

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Write(params (string File, byte[] Content)[] files)
    {
        foreach (var (file, content) in files)
            File.WriteAllBytes(Path.Combine(_folder, Path.GetFileName(file)), content);
        return _folder;
    }

    [Fact]
    public async Task CliImportOnet_ReleaseFolderOfTextFiles_ImportsItAndSaysWhat()
    {
        var folder = Write(OnetText.ReadMe("29.0", "August 2024"), OnetText.Real("Occupation Data"), OnetText.Real("Job Zones"));

        var (code, stdout, stderr) = await AppProcess.Start(_app.Database, ["import-onet", folder]).WaitForExitAsync(TimeSpan.FromMinutes(3));

        Assert.True(code == 0, stderr);
        Assert.Contains("Imported O*NET 29.0 (August 2024)", stdout);
        await using var db = _app.CreateDbContext();
        Assert.Equal(OnetText.Lines(OnetText.Real("Occupation Data")).Length - 1, await db.OnetOccupations.CountAsync());
        Assert.Equal(OnetText.Lines(OnetText.Real("Job Zones")).Length - 1, await db.OnetJobZones.CountAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == "O*NET release"));
    }

    [Fact]
    public async Task CliImportOnet_FileWithoutARequiredColumn_ExitsOneAndWritesNothing()
    {
        var zones = OnetText.Lines(OnetText.Real("Job Zones")).Select(l => string.Join('\t', l.Split('\t').Where((_, i) => i != 2))).ToArray();
        var folder = Write(OnetText.ReadMe("29.0", "August 2024"), OnetText.Real("Occupation Data"), OnetText.File("Job Zones.txt", zones));

        var (code, _, stderr) = await AppProcess.Start(_app.Database, ["import-onet", folder]).WaitForExitAsync(TimeSpan.FromMinutes(3));

        Assert.Equal(1, code);
        Assert.Contains("Job Zones.txt line 1: The header row lacks the column “Job Zone”", stderr);
        Assert.Contains("Nothing was imported.", stderr);
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Sources.AnyAsync(s => s.Dataset == Datasets.Onet));
        Assert.Equal(0, await db.OnetOccupations.CountAsync());
    }

    [Fact]
    public async Task CliImportOnet_SingleFileWithoutReadMe_NeedsVersionAndMonth()
    {
        var file = Path.Combine(Write(OnetText.Real("Occupation Data")), "Occupation Data.txt");

        var (code, _, stderr) = await AppProcess.Start(_app.Database, ["import-onet", file]).WaitForExitAsync(TimeSpan.FromMinutes(3));
        Assert.Equal(1, code);
        Assert.Contains("--version 29.0", stderr);

        (code, var stdout, stderr) = await AppProcess.Start(_app.Database, ["import-onet", file, "--version", "29.0", "--released", "2024-08"]).WaitForExitAsync(TimeSpan.FromMinutes(3));
        Assert.True(code == 0, stderr);
        Assert.Contains("Imported O*NET 29.0 (August 2024)", stdout);
    }
}
