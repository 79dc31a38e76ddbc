using System.Diagnostics;
using CareerExplorer.Web.Services.Oews;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerExplorer.Web.Services.Importing;

// One pipeline for every file an admin uploads or the command line brings: read (every problem
// with file, line and column; nothing touches the database), preview (merge without saving:
// added, changed, unchanged, examples), commit (one transaction and one audit entry per import
// unit; the DbContext's data-version stamp evicts the cached pages). A kind of file plugs in as
// one IImportReader (bytes to units) and one IImportMapper (a unit onto the stored rows).

/// <summary>What the person importing said about a file: an OEWS release's year when the file name lacks it, and the top code of a release not built in; an O*NET release's version and month when its Read Me is not with it.</summary>
public sealed record ImportOptions(int? Year = null, OewsTopCode? TopCode = null, OnetVersion? OnetVersion = null, string? OnetReleased = null)
{
    public static readonly ImportOptions None = new();
}

/// <summary>A file brought to import: its name (a path from the command line), its bytes and the options given with it.</summary>
public sealed record ImportSource(string FileName, byte[] Content, ImportOptions Options)
{
    public string Name => Path.GetFileName(FileName ?? "").Trim();
    public string Extension => Path.GetExtension(Name).ToLowerInvariant();
}

/// <summary>What a reader made of a file: the units it holds, each committed on its own, every problem, and how many records it read.</summary>
public sealed record ImportRead<TUnit>(IReadOnlyList<TUnit> Units, IReadOnlyList<SeedError> Problems, int Records);

public static class ImportUnits
{
    /// <summary>Takes a read's units and problems; a unit already taken (the same release in two files) is a problem instead.</summary>
    public static void Collect<TUnit>(this List<TUnit> units, ImportRead<TUnit> read, List<SeedError> problems, Func<TUnit, TUnit, bool> same, Func<TUnit, TUnit, SeedError> twice)
    {
        problems.AddRange(read.Problems);
        foreach (var unit in read.Units)
        {
            if (units.FirstOrDefault(u => same(u, unit)) is { } earlier)
                problems.Add(twice(unit, earlier));
            else
                units.Add(unit);
        }
    }
}

/// <summary>Reads one kind of file into import units. Never touches the database.</summary>
public interface IImportReader<TUnit>
{
    /// <summary>Whether the file is this reader's kind, by its name and a look at its start: an upload goes to the first reader that claims it.</summary>
    bool Claims(ImportSource source);

    /// <summary>The file's units and every problem, with file, line and column.</summary>
    ImportRead<TUnit> Read(ImportSource source);
}

/// <summary>Merges one import unit into the database's tracked entities: adds and changes, never deletes. The pipeline saves, or clears for a preview.</summary>
public interface IImportMapper<TUnit>
{
    /// <summary>The unit as messages name it: "BLS OEWS May 2022", a file name.</summary>
    string Name(TUnit unit);

    /// <summary>Whether every added or changed row gets an audit entry of its own besides the unit's (a data set: yes; a release of 10,000 figures: no).</summary>
    bool AuditsEachRow { get; }

    /// <summary>The order units are committed in.</summary>
    IEnumerable<TUnit> Order(IEnumerable<TUnit> units) => units;

    /// <summary>Merges, leaving the changes detected (the pipeline saves without scanning the tracker again).</summary>
    Task<ImportMerge> MergeAsync(CareerDbContext db, TUnit unit, CancellationToken ct);
}

/// <summary>The audit entry a committed unit writes.</summary>
public sealed record ImportAudit(string EntityType, string? EntityId, string Summary, string After);

/// <summary>
/// What merging a unit did (or would do): counts and examples per kind of record, problems, its
/// audit entry and a one-line summary; <see cref="Details"/> is the mapper's own result.
/// <see cref="Bulk"/> holds rows too many to track, written in the same transaction after the save.
/// </summary>
public sealed record ImportMerge(IReadOnlyList<KindCounts> Kinds, IReadOnlyList<SeedError> Problems, ImportAudit Audit, string Summary, object? Details = null, BulkRows? Bulk = null)
{
    public int Added => Kinds.Sum(k => k.Added);
    public int Changed => Kinds.Sum(k => k.Changed);
    public int Unchanged => Kinds.Sum(k => k.Unchanged);
}

/// <summary>One unit of a plan: merged, and committed in a transaction of its own.</summary>
public sealed record ImportStep(string Name, bool AuditsEachRow, Func<CareerDbContext, CancellationToken, Task<ImportMerge>> MergeAsync);

/// <summary>A file read: its units in commit order, its problems; <see cref="Claimed"/> is false when no reader takes such a file.</summary>
public sealed record ImportPlan(string FileName, IReadOnlyList<ImportStep> Steps, IReadOnlyList<SeedError> Problems, int Records, bool Claimed = true);

/// <summary>A reader and its mapper, as the pipeline dispatches on them.</summary>
public interface IImporter
{
    bool Claims(ImportSource source);
    ImportPlan Read(ImportSource source);
}

public sealed class Importer<TUnit>(IImportReader<TUnit> reader, IImportMapper<TUnit> mapper) : IImporter
{
    public IImportReader<TUnit> Reader => reader;

    public bool Claims(ImportSource source) => reader.Claims(source);

    public ImportPlan Read(ImportSource source)
    {
        var read = reader.Read(source);
        return Plan(source.Name, read.Units, read.Problems, read.Records);
    }

    /// <summary>Units read elsewhere (several files of the command line), in the mapper's order.</summary>
    public ImportPlan Plan(string fileName, IEnumerable<TUnit> units, IReadOnlyList<SeedError>? problems = null, int records = 0) =>
        new(fileName, mapper.Order(units).Select(u => new ImportStep(mapper.Name(u), mapper.AuditsEachRow, (db, ct) => mapper.MergeAsync(db, u, ct))).ToList(),
            problems ?? [], records);
}

/// <summary>What an import would do. <see cref="Token"/> is set once it may be committed.</summary>
public sealed record ImportPreview(
    string FileName, string? Token, IReadOnlyList<KindCounts> Kinds, IReadOnlyList<SeedError> Problems, int Records,
    string? Unit = null, object? Details = null, bool Supported = true)
{
    public bool CanCommit => Token is not null && Problems.Count == 0;
    public int Added => Kinds.Sum(k => k.Added);
    public int Changed => Kinds.Sum(k => k.Changed);
    public int Unchanged => Kinds.Sum(k => k.Unchanged);

    public static ImportPreview Refusal(string fileName, string problem) => new(fileName, null, [], [new SeedError(fileName, problem)], 0);
}

/// <summary>
/// The units committed (in order) and, when one was refused, its problems, its name and the units
/// not tried after it.
/// </summary>
public sealed record ImportCommit(IReadOnlyList<ImportMerge> Committed, IReadOnlyList<SeedError> Problems, string? Refused, IReadOnlyList<string> NotTried)
{
    public bool Complete => Problems.Count == 0;
}

public sealed class ImportPipeline(CareerDbContext db, IEnumerable<IImporter> importers, TimeProvider clock, ILogger<ImportPipeline> logger)
{
    public const long MaxFileBytes = 40 * 1024 * 1024;

    public static string TooLarge(long length) =>
        $"The file is {length / 1024.0 / 1024.0:0.0} MB; the most that can be imported at once is {MaxFileBytes / 1024 / 1024} MB.";

    public const string Kinds = "Only .zip (a whole data set, as Export gives it, an O*NET release, or a BLS OEWS national release as BLS distributes it, e.g. oesm23nat.zip), .json (one data/seed file), .csv (salary figures, a BLS OEWS national file, or the CPI-U monthly series), .xlsx (a BLS OEWS national workbook, a BLS Employment Projections occupation workbook, or an O*NET file) and .txt (an O*NET file) files can be imported.";

    /// <summary>Reads an upload with the first reader that claims it.</summary>
    public ImportPlan Read(ImportSource source)
    {
        var name = source.Name.Length > 0 ? source.Name : "(no file)";
        if (source.Content.Length == 0)
            return new ImportPlan(name, [], [new SeedError(name, "The file is empty.")], 0);
        if (source.Content.Length > MaxFileBytes)
            return new ImportPlan(name, [], [new SeedError(name, TooLarge(source.Content.Length))], 0);
        return importers.FirstOrDefault(i => i.Claims(source)) is { } importer
            ? importer.Read(source)
            : new ImportPlan(name, [], [new SeedError(name, Kinds)], 0, Claimed: false);
    }

    /// <summary>
    /// Merges each unit and forgets it: nothing is saved. Records that could be read are merged
    /// even when others could not, so one preview lists every problem in the file.
    /// </summary>
    public async Task<ImportPreview> PreviewAsync(ImportPlan plan, CancellationToken ct = default)
    {
        var merges = new List<ImportMerge>();
        try
        {
            foreach (var step in plan.Steps)
            {
                merges.Add(await step.MergeAsync(db, ct));
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        var problems = plan.Problems.Concat(merges.SelectMany(m => m.Problems)).OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0).ToList();
        return new ImportPreview(plan.FileName, null, merges.SelectMany(m => m.Kinds).ToList(), problems, plan.Records,
            plan.Steps.Count == 1 ? plan.Steps[0].Name : null, merges.Count == 1 ? merges[0].Details : null, plan.Claimed);
    }

    /// <summary>
    /// Commits the units in order, one transaction each: each is written whole or not at all, and
    /// those committed before a refused one stay. A plan with problems commits nothing.
    /// </summary>
    public async Task<ImportCommit> CommitAsync(ImportPlan plan, string files, CancellationToken ct = default)
    {
        if (plan.Problems.Count > 0)
            return new ImportCommit([], plan.Problems, null, plan.Steps.Select(s => s.Name).ToList());
        var committed = new List<ImportMerge>();
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            var (merge, problems) = await CommitStepAsync(plan.Steps[i], files, ct);
            if (problems.Count > 0)
                return new ImportCommit(committed, problems, plan.Steps[i].Name, plan.Steps.Skip(i + 1).Select(s => s.Name).ToList());
            committed.Add(merge!);
        }
        return new ImportCommit(committed, [], null, []);
    }

    /// <summary>Merges tried outside the write lock before one is done holding it, should the data keep changing meanwhile.</summary>
    private const int MergesOutsideTheLock = 3;

    /// <summary>
    /// Merges the unit without holding SQLite's write lock, then takes the lock and writes it if the
    /// data version shows nothing changed in between (else it merges again), so another writer (an
    /// admin's save) waits at most while the rows are written. After
    /// <see cref="MergesOutsideTheLock"/> such tries it merges holding the lock, so a steady stream
    /// of other changes cannot hold the import off.
    /// </summary>
    private async Task<(ImportMerge? Merge, IReadOnlyList<SeedError> Problems)> CommitStepAsync(ImportStep step, string files, CancellationToken ct)
    {
        db.AuditRows = step.AuditsEachRow;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var holdTheLock = attempt > MergesOutsideTheLock;
                var timer = Stopwatch.StartNew();
                IDbContextTransaction? tx = null;
                try
                {
                    if (holdTheLock)
                        tx = await db.Database.BeginTransactionAsync(ct); // takes the write lock (BEGIN IMMEDIATE; on PostgreSQL WriteTurnInterceptor)
                    var mergedAt = await db.ReadDataVersionAsync(ct);
                    var merge = await step.MergeAsync(db, ct);
                    var merged = timer.Elapsed;
                    if (merge.Problems.Count > 0)
                        return (null, merge.Problems);

                    tx ??= await db.Database.BeginTransactionAsync(ct);
                    if (await db.ReadDataVersionAsync(ct) != mergedAt)
                        continue; // changed since the merge read it: merge again
                    db.AuditEntries.Add(new AuditEntry
                    {
                        At = clock.GetUtcNow(), User = db.AuditUserName, Action = AuditAction.Import,
                        EntityType = merge.Audit.EntityType, EntityId = merge.Audit.EntityId, Summary = merge.Audit.Summary, After = merge.Audit.After,
                    });
                    // The merge has detected its changes; scanning thousands of tracked rows again
                    // would be time spent holding the write lock.
                    db.ChangeTracker.AutoDetectChangesEnabled = false;
                    // The unit is written whole or rolled back whole: no savepoint inside it, which EF
                    // would try to roll back to with the caller's (cancelled) token, logging errors on a clean stop.
                    db.Database.AutoSavepointsEnabled = false;
                    // Bulk rows bypass the save that keeps the role summaries and search index in step: recompute them once, after both.
                    db.DeferRoleSummaries = merge.Bulk is not null;
                    await db.SaveChangesAsync(ct);
                    if (merge.Bulk is { } bulk)
                    {
                        await bulk.WriteAsync(db, ct);
                        await RoleSummaryStore.RefreshAsync(db, null, ct);
                        await RoleSearchIndex.RefreshAsync(db, null, ct);
                        await RoleMoveStore.RefreshAsync(db, ct);
                    }
                    await tx.CommitAsync(ct);
                    logger.LogInformation("Import by {User} from {Files}: {Summary}. Committed: merged in {Merge:0.0} s {Where}, written in {Write:0.0} s",
                        db.AuditUserName, files, merge.Summary, merged.TotalSeconds,
                        holdTheLock ? "holding the write lock (other changes came during three merges)"
                            : attempt > 1 ? $"outside the write lock, on try {attempt} (other changes came during the earlier ones)" : "outside the write lock",
                        (timer.Elapsed - merged).TotalSeconds);
                    return (merge, []);
                }
                catch (DbUpdateException ex) when (!ct.IsCancellationRequested) // a write the caller cancelled is a cancellation, not a refusal
                {
                    logger.LogWarning(ex, "Import of {Unit} refused by the database", step.Name);
                    return (null, [new SeedError(step.Name, $"The database refused {step.Name}, so nothing of it was written: " + (ex.InnerException?.Message ?? ex.Message))]);
                }
                finally
                {
                    if (tx is not null)
                        await tx.DisposeAsync(); // rolls back unless committed
                    db.ChangeTracker.AutoDetectChangesEnabled = true;
                    db.Database.AutoSavepointsEnabled = true;
                    db.DeferRoleSummaries = false;
                    db.ChangeTracker.Clear(); // keep memory flat across units
                }
            }
        }
        finally
        {
            db.AuditRows = true;
        }
    }
}
