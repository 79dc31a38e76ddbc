using System.Text.RegularExpressions;

namespace CareerExplorer.Web.Services.Importing;

/// <summary>
/// Turns a <see cref="SeedDataSet"/> into database rows: resolves slugs, applies the service-layer
/// rules, and writes everything in one transaction or nothing.
/// </summary>
public sealed partial class SeedImporter(TimeProvider clock, ILogger<SeedImporter> logger)
{
    private (string Directory, Task<SeedDataSet> Set)? _readAhead;

    /// <summary>
    /// Starts reading the seed files on another thread, for a database about to be created: the
    /// migrations and the reading then overlap on the first start.
    /// </summary>
    public void ReadAhead(string seedDirectory) =>
        _readAhead = (seedDirectory, Task.Run(() => SeedReader.ReadDirectory(seedDirectory)));

    private async Task<SeedDataSet?> TakeReadAheadAsync(string seedDirectory)
    {
        if (_readAhead is not { } ahead || ahead.Directory != seedDirectory)
            return null;
        _readAhead = null;
        return await ahead.Set;
    }

    /// <summary>Seeds from <paramref name="seedDirectory"/> when the database holds no data yet.</summary>
    public async Task<bool> SeedIfEmptyAsync(CareerDbContext db, string seedDirectory, CancellationToken ct = default)
    {
        // The check and the seeding in one transaction, which waits for its turn to write: of two
        // instances started together on one empty database, one seeds and the other then finds it
        // seeded. EF Core may call this inside its migration lock's transaction: then in that one.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (await db.Sources.AnyAsync(ct) || await db.Roles.AnyAsync(ct))
            {
                logger.LogDebug("Database already holds data; seeding skipped");
                await TopUpCpiAsync(db, seedDirectory, ct);
                if (own is not null)
                    await own.CommitAsync(ct);
                return false;
            }
            var set = await TakeReadAheadAsync(seedDirectory) ?? SeedReader.ReadDirectory(seedDirectory);
            await ImportIntoEmptyAsync(db, set, ct);
            if (own is not null)
                await own.CommitAsync(ct);
            logger.LogInformation(
                "Seeded the database from {SeedDirectory}: {Roles} roles, {Sources} sources, {SalaryFigures} salary figures, {OutlookFigures} outlook figures, {Skills} skills",
                seedDirectory, set.Roles.Count, set.Sources.Count, set.SalaryFigures.Count, set.OutlookFigures.Count, set.Skills.Count);
            return true;
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
    }

    /// <summary>
    /// A database created before the CPI table existed gets the seed CPI values (and their
    /// source) once, without touching anything else an admin may have edited.
    /// </summary>
    private async Task TopUpCpiAsync(CareerDbContext db, string seedDirectory, CancellationToken ct)
    {
        if (await db.CpiValues.AnyAsync(ct))
            return;
        var set = SeedReader.ReadDirectory(seedDirectory);
        if (set.Cpi.Count == 0)
            return;
        var slugs = set.Cpi.Select(c => c.Source).ToHashSet();
        var sources = await db.Sources.Where(s => slugs.Contains(s.Slug)).ToDictionaryAsync(s => s.Slug, ct);
        foreach (var record in set.Sources.Where(s => slugs.Contains(s.Slug) && !sources.ContainsKey(s.Slug)))
        {
            var source = new Source { Slug = record.Slug, Publisher = record.Publisher, Title = record.Title, Kind = record.Kind, Url = record.Url, ReleasePeriod = record.ReleasePeriod, Year = record.Year, Note = record.Note, Dataset = record.Dataset, Release = record.Release };
            db.Sources.Add(source);
            sources[record.Slug] = source;
        }
        foreach (var c in set.Cpi)
            db.CpiValues.Add(new CpiValue { Year = c.Year, Value = c.Value, Months = c.MonthsMask() ?? CpiMonths.All, Note = c.Note, Source = sources[c.Source] });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Added {Count} CPI values from {SeedDirectory}", set.Cpi.Count, seedDirectory);
    }

    /// <summary>Loads a whole data set into an empty database: all of it, or nothing and the reasons (in the open transaction, if there is one).</summary>
    public async Task ImportIntoEmptyAsync(CareerDbContext db, SeedDataSet set, CancellationToken ct = default)
    {
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        // One summary entry in the audit trail rather than one per seeded row.
        db.AuditRows = false;
        try
        {
            var result = await SeedMerger.MergeAsync(db, set, clock, intoEmpty: true, ct: ct);
            if (result.Errors.Count > 0)
                throw new SeedFormatException(result.Errors);
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetUtcNow(), User = db.AuditUserName, Action = AuditAction.Seed, EntityType = "DataSet",
                Summary = "Seeded an empty database",
                After = string.Join(", ", result.Kinds.Select(k => $"{k.Added} {k.Kind.ToLowerInvariant()}")),
            });
            await db.SaveChangesAsync(ct);
            if (tx is not null)
                await tx.CommitAsync(ct);
        }
        finally
        {
            db.AuditRows = true;
            db.ChangeTracker.Clear();
        }
    }
}
