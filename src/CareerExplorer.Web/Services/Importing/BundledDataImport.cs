using System.Diagnostics;

namespace CareerExplorer.Web.Services.Importing;

/// <summary>
/// Imports the bundled releases the database lacks, one after another, each through the import
/// pipeline in a transaction of its own (so a killed process leaves whole releases only, and the
/// next start goes on with the rest). A release refused is logged and left out; the others still
/// come. Run by the web server's background service (Infrastructure/OfficialDataSetup.cs), never
/// by a command.
/// </summary>
public sealed class BundledDataImport(
    IEnumerable<IBundledDataSet> dataSets, BundledDataStatus status, IServiceScopeFactory scopes, TimeProvider clock, ILogger<BundledDataImport> logger)
{
    /// <summary>Who the audit trail names for these imports.</summary>
    public const string AuditUser = "system (bundled data)";

    /// <summary>
    /// Finds the bundled releases and which of them the database holds already (file names and one
    /// query, no file read), and marks the import as running; returns the releases to import.
    /// </summary>
    public async Task<IReadOnlyList<BundledRelease>> PrepareAsync(string dataFolder, CancellationToken ct)
    {
        var found = new List<BundledRelease>();
        foreach (var set in dataSets)
        {
            try
            {
                found.AddRange(set.Find(dataFolder));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(ex, "Bundled official data: cannot list the files of {DataSet} in {Folder}; its releases are left out", set.GetType().Name, dataFolder);
            }
        }
        var present = await PresentAsync(found, ct);
        status.Begin(dataFolder, found.Select(r => new BundledReleaseProgress(r.Dataset, r.Release, r.Name, r.Files,
            present.Contains((r.Dataset, r.Release)) ? BundledReleaseState.AlreadyThere : BundledReleaseState.Waiting, [])));
        var pending = found.Where(r => !present.Contains((r.Dataset, r.Release))).ToList();
        if (pending.Count == 0)
            status.End(stopped: false); // nothing to do: no status line at all
        if (found.Count == 0)
            logger.LogInformation("Bundled official data: none found in {Folder}", dataFolder);
        else if (pending.Count == 0)
            logger.LogInformation("Bundled official data: all {Count} releases in {Folder} are in the database", found.Count, dataFolder);
        else
            logger.LogInformation("Bundled official data: {Pending} of {Count} releases in {Folder} to import in the background: {Names}",
                pending.Count, found.Count, dataFolder, string.Join(", ", pending.Select(r => r.Name)));
        return pending;
    }

    /// <summary>Imports <paramref name="pending"/> in order. Cancelling (the app stopping) rolls back the release being written and ends the run.</summary>
    public async Task RunAsync(IReadOnlyList<BundledRelease> pending, CancellationToken ct)
    {
        var timer = Stopwatch.StartNew();
        foreach (var release in pending)
        {
            if (!await ImportAsync(release, ct))
            {
                status.End(stopped: true);
                logger.LogInformation("Bundled official data: the app is stopping; {Name} was not written, and the next start imports it and the rest ({Done} of {Total} releases are in)",
                    release.Name, status.Current.InDatabase, status.Current.Total);
                return;
            }
        }
        status.End(stopped: false);
        var done = status.Current;
        var refused = done.Refused.Select(r => r.Name).ToList();
        if (refused.Count == 0)
            logger.LogInformation("Bundled official data: imported {Count} releases in {Seconds:0.0} s; all {Total} are in the database",
                pending.Count, timer.Elapsed.TotalSeconds, done.Total);
        else
            logger.LogWarning("Bundled official data: done in {Seconds:0.0} s; {InDatabase} of {Total} releases are in the database, refused: {Refused} (see the warnings above)",
                timer.Elapsed.TotalSeconds, done.InDatabase, done.Total, string.Join(", ", refused));
    }

    /// <summary>Imports one release; false when cancelled (nothing of it written).</summary>
    private async Task<bool> ImportAsync(BundledRelease release, CancellationToken ct)
    {
        var files = string.Join(", ", release.Files.Select(Path.GetFileName));
        var started = clock.GetTimestamp();
        status.Update(release, BundledReleaseState.Importing);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CareerDbContext>();
            // Checked again right before reading: another process (import-oews, a second instance) may have brought it meanwhile.
            if (await db.Sources.AnyAsync(s => s.Dataset == release.Dataset && s.Release == release.Release, ct))
            {
                status.Update(release, BundledReleaseState.AlreadyThere);
                logger.LogInformation("Bundled official data: {Name} was imported meanwhile by someone else; skipped", release.Name);
                return true;
            }
            var plan = await release.ReadAsync(ct);
            IReadOnlyList<SeedError> problems = plan.Problems.Count > 0 || plan.Steps.Count > 0 ? plan.Problems : [new SeedError(files, "The file holds nothing to import.")];
            if (problems.Count == 0)
            {
                db.AuditUserOverride = AuditUser;
                var commit = await scope.ServiceProvider.GetRequiredService<ImportPipeline>().CommitAsync(plan, files, ct);
                problems = commit.Problems;
            }
            if (problems.Count == 0)
            {
                status.Update(release, BundledReleaseState.Imported, took: clock.GetElapsedTime(started));
                return true;
            }
            ct.ThrowIfCancellationRequested(); // a write the stop interrupted is the stop, not a refusal
            Refuse(release, files, problems.Select(p => p.ToString()).ToList());
            return true;
        }
        catch (Exception ex) when (ct.IsCancellationRequested)
        {
            // The stop's cancellation, or what it interrupted (SQLite reports an interrupted write as an error): the transaction rolled back.
            logger.LogDebug(ex, "Bundled official data: {Name} cancelled", release.Name);
            status.Update(release, BundledReleaseState.Stopped);
            return false;
        }
        catch (Exception ex)
        {
            // A file that cannot be read, a database that stays locked: this release is left out, the app and the other releases go on.
            logger.LogWarning(ex, "Bundled official data: {Name} ({Files}) could not be imported", release.Name, files);
            Refuse(release, files, [ex.Message]);
            return true;
        }
    }

    private void Refuse(BundledRelease release, string files, IReadOnlyList<string> problems)
    {
        status.Update(release, BundledReleaseState.Refused, problems);
        logger.LogWarning("Bundled official data: {Name} refused, nothing of it was written; the import goes on with the next release. {Files}: {Problems}",
            release.Name, files, string.Join("; ", problems.Take(20)) + (problems.Count > 20 ? $"; ... and {problems.Count - 20} more" : ""));
    }

    private async Task<HashSet<(string, string)>> PresentAsync(IReadOnlyList<BundledRelease> releases, CancellationToken ct)
    {
        if (releases.Count == 0)
            return [];
        var datasets = releases.Select(r => r.Dataset).Distinct().ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerDbContext>();
        var stored = await db.Sources.Where(s => s.Dataset != null && s.Release != null && datasets.Contains(s.Dataset))
            .Select(s => new { s.Dataset, s.Release }).ToListAsync(ct);
        return stored.Select(s => (s.Dataset!, s.Release!)).ToHashSet();
    }
}
