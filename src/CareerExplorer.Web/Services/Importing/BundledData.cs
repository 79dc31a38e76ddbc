namespace CareerExplorer.Web.Services.Importing;

// The official data shipped with the app (data/oews, later data/onet, BLS projections): each data
// set says which of its releases are in the app's data folder and how to read one into an import
// plan; BundledDataImport brings in those the database lacks, in the background of the first starts.

/// <summary>
/// One release of an official data set shipped with the app. <see cref="Dataset"/> and
/// <see cref="Release"/> are those its importer gives the release's source (Rules/Datasets.cs):
/// a source with both means the release is in the database, so its files are not even read.
/// <see cref="ReadAsync"/> reads the files into a plan for <see cref="ImportPipeline.CommitAsync"/>.
/// </summary>
public sealed record BundledRelease(
    string Dataset, string Release, string Name, IReadOnlyList<string> Files, Func<CancellationToken, Task<ImportPlan>> ReadAsync);

/// <summary>
/// An official data set whose releases may be bundled in the app's data folder. Registered as an
/// <c>IBundledDataSet</c> in Infrastructure/OfficialDataSetup.cs; data sets are imported in the
/// order they are registered.
/// </summary>
public interface IBundledDataSet
{
    /// <summary>
    /// The releases found under <paramref name="dataFolder"/> (the app's data folder, e.g. its
    /// oews/ subfolder), in the order they are to be imported. Only looks at file names: reading
    /// happens in <see cref="BundledRelease.ReadAsync"/>, for the releases the database lacks.
    /// </summary>
    IEnumerable<BundledRelease> Find(string dataFolder);
}

public enum BundledReleaseState
{
    Waiting,
    Importing,
    Imported,
    /// <summary>In the database before this start (or imported meanwhile by another process): not read.</summary>
    AlreadyThere,
    Refused,
    /// <summary>The app stopped while importing it: nothing of it was written; the next start tries again.</summary>
    Stopped,
}

public sealed record BundledReleaseProgress(
    string Dataset, string Release, string Name, IReadOnlyList<string> Files, BundledReleaseState State,
    IReadOnlyList<string> Problems, TimeSpan? Took = null)
{
    public bool InDatabase => State is BundledReleaseState.Imported or BundledReleaseState.AlreadyThere;
}

public enum BundledDataPhase
{
    /// <summary>The web server has not started it (yet), or this is a command: commands never import bundled data.</summary>
    NotStarted,
    /// <summary>OfficialData:ImportOnStart is false.</summary>
    Off,
    Running,
    Finished,
    /// <summary>The app stopped before the import ended.</summary>
    Stopped,
}

/// <summary>Where the import of the bundled data stands, as one immutable snapshot.</summary>
public sealed record BundledDataSnapshot(
    BundledDataPhase Phase, string Folder, IReadOnlyList<BundledReleaseProgress> Releases, DateTimeOffset? StartedAt = null, DateTimeOffset? FinishedAt = null)
{
    public int Total => Releases.Count;
    public int InDatabase => Releases.Count(r => r.InDatabase);
    public IEnumerable<BundledReleaseProgress> Refused => Releases.Where(r => r.State == BundledReleaseState.Refused);
    public BundledReleaseProgress? Current => Releases.FirstOrDefault(r => r.State == BundledReleaseState.Importing);

    /// <summary>Releases are still to come: pages may lack some of the official data.</summary>
    public bool Loading => Phase == BundledDataPhase.Running && Releases.Any(r => r.State is BundledReleaseState.Waiting or BundledReleaseState.Importing);

    /// <summary>The public pages' status line while loading, else null.</summary>
    public string? LoadingNote => Loading
        ? $"Official data is still loading: {InDatabase} of {Total} release{(Total == 1 ? "" : "s")} imported. Pages show what has arrived so far."
        : null;

    /// <summary>
    /// Part of the cached pages' key: it changes whenever <see cref="LoadingNote"/> does, so a page
    /// cached with an older note (or with one, once loading ended) is never served.
    /// </summary>
    public string CacheKey => Loading ? $"{InDatabase}/{Total}" : "";
}

/// <summary>The bundled-data import's progress, for the layout's status line and the admin dashboard. Thread-safe: readers get a snapshot.</summary>
public sealed class BundledDataStatus(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private volatile BundledDataSnapshot _current = new(BundledDataPhase.NotStarted, "", []);

    public BundledDataSnapshot Current => _current;

    public void Off(string folder) => Set(_ => new BundledDataSnapshot(BundledDataPhase.Off, folder, []));

    public void Begin(string folder, IEnumerable<BundledReleaseProgress> releases) =>
        Set(_ => new BundledDataSnapshot(BundledDataPhase.Running, folder, releases.ToList(), clock.GetUtcNow()));

    public void Update(BundledRelease release, BundledReleaseState state, IReadOnlyList<string>? problems = null, TimeSpan? took = null) =>
        Set(s => s with
        {
            Releases = s.Releases.Select(r => r.Dataset == release.Dataset && r.Release == release.Release
                ? r with { State = state, Problems = problems ?? [], Took = took } : r).ToList(),
        });

    public void End(bool stopped) =>
        Set(s => s with { Phase = stopped ? BundledDataPhase.Stopped : BundledDataPhase.Finished, FinishedAt = clock.GetUtcNow() });

    private void Set(Func<BundledDataSnapshot, BundledDataSnapshot> change)
    {
        lock (_gate)
            _current = change(_current);
    }
}
