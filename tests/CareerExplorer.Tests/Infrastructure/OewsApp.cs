using CareerExplorer.Web.Services.Oews;
using CareerExplorer.Web.Services.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The app over the seed data plus the real OEWS national files for May 2019–May 2022 (four
/// releases: enough for a history with a gap, a top-coded role and annual-only roles).
/// </summary>
public class OewsApp : CareerAppFactory, IAsyncLifetime
{
    public static readonly int[] Years = [2019, 2020, 2021, 2022];
    private readonly int[] _years;

    public OewsApp() : this(Years)
    {
    }

    /// <summary>Other releases, for a fixture of its own.</summary>
    protected OewsApp(int[] years) => _years = years;

    public async Task InitializeAsync()
    {
        var releases = _years.Select(year =>
        {
            var path = CareerExplorer.Tests.Services.Oews.OewsCsv.RealFile(year);
            var read = OewsFile.Read(Path.GetFileName(path), File.ReadAllText(path));
            return read.Release ?? throw new InvalidOperationException($"{path}: {string.Join("; ", read.Problems.Select(p => p.Message))}");
        }).ToList();
        var (_, problems) = await ImportAsync(Services, releases);
        if (problems.Count > 0)
            throw new InvalidOperationException(string.Join("; ", problems.Select(p => p.Message)));
    }

    /// <summary>Imports releases as import-oews does: through the import pipeline, a transaction a release, in year order.</summary>
    public static async Task<(IReadOnlyList<OewsMergeResult> Results, IReadOnlyList<SeedError> Problems)> ImportAsync(IServiceProvider services, IEnumerable<OewsRelease> releases)
    {
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<Importer<OewsRelease>>();
        var commit = await scope.ServiceProvider.GetRequiredService<ImportPipeline>().CommitAsync(importer.Plan("test", releases), "test");
        return (commit.Committed.Select(m => (OewsMergeResult)m.Details!).ToList(), commit.Problems);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
