using CareerExplorer.Web.Services.Oews;
using Microsoft.Extensions.Logging.Abstractions;

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
        var root = RepositoryRoot();
        var releases = _years.Select(year =>
        {
            var path = Path.Combine(root, "data", "oews", $"national_M{year}_dl.csv");
            var read = OewsFile.Read(Path.GetFileName(path), File.ReadAllText(path));
            return read.Release ?? throw new InvalidOperationException($"{path}: {string.Join("; ", read.Problems.Select(p => p.Message))}");
        }).ToList();
        await using var db = CreateDbContext();
        var (_, problems) = await new OewsImportService(db, TimeProvider.System, NullLogger<OewsImportService>.Instance).ImportAsync(releases, "test");
        if (problems.Count > 0)
            throw new InvalidOperationException(string.Join("; ", problems.Select(p => p.Message)));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerExplorer.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (CareerExplorer.sln) above " + AppContext.BaseDirectory);
    }
}
