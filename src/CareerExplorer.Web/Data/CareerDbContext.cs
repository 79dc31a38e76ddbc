using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerExplorer.Web.Data;

/// <summary>
/// The data, the admin accounts (ASP.NET Core Identity), the audit trail and the data-protection
/// keys, in one database: SQLite (this type, the embedded default) or PostgreSQL
/// (<see cref="PostgreSqlCareerDbContext"/>, with migrations of its own).
/// </summary>
public class CareerDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    private readonly IAuditUser? auditUser;

    public CareerDbContext(DbContextOptions<CareerDbContext> options, IAuditUser? auditUser = null)
        : this((DbContextOptions)options, auditUser)
    {
    }

    /// <summary>For the provider's own context type, whose migrations are kept apart by that type.</summary>
    protected CareerDbContext(DbContextOptions options, IAuditUser? auditUser)
        : base(options) => this.auditUser = auditUser;

    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Geography> Geographies => Set<Geography>();
    /// <summary>Careers. Hides Identity's security roles (see <see cref="SecurityRoles"/>).</summary>
    public new DbSet<Role> Roles => Set<Role>();
    public DbSet<RoleAlias> RoleAliases => Set<RoleAlias>();
    public DbSet<RoleTask> RoleTasks => Set<RoleTask>();
    public DbSet<OccupationCode> OccupationCodes => Set<OccupationCode>();
    public DbSet<SalaryFigure> SalaryFigures => Set<SalaryFigure>();
    public DbSet<OutlookFigure> OutlookFigures => Set<OutlookFigure>();
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<RoleSkill> RoleSkills => Set<RoleSkill>();
    public DbSet<CareerStep> CareerSteps => Set<CareerStep>();
    public DbSet<EducationStep> EducationSteps => Set<EducationStep>();
    public DbSet<CpiValue> CpiValues => Set<CpiValue>();
    public DbSet<OnetOccupation> OnetOccupations => Set<OnetOccupation>();
    public DbSet<OnetTask> OnetTasks => Set<OnetTask>();
    public DbSet<OnetRating> OnetRatings => Set<OnetRating>();
    public DbSet<OnetTechnology> OnetTechnologies => Set<OnetTechnology>();
    public DbSet<OnetTrainingShare> OnetTrainingShares => Set<OnetTrainingShare>();
    public DbSet<OnetJobZone> OnetJobZones => Set<OnetJobZone>();
    public DbSet<OnetJobZoneLevel> OnetJobZoneLevels => Set<OnetJobZoneLevel>();
    public DbSet<OnetInterest> OnetInterests => Set<OnetInterest>();
    public DbSet<OnetRelated> OnetRelated => Set<OnetRelated>();
    public DbSet<OnetAlternateTitle> OnetAlternateTitles => Set<OnetAlternateTitle>();
    public DbSet<EmploymentProjection> EmploymentProjections => Set<EmploymentProjection>();
    public DbSet<RoleSummary> RoleSummaries => Set<RoleSummary>();
    public DbSet<RoleFacetCount> RoleFacetCounts => Set<RoleFacetCount>();
    public DbSet<RoleMove> RoleMoves => Set<RoleMove>();
    public DbSet<SearchWord> SearchWords => Set<SearchWord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataVersion> DataVersions => Set<DataVersion>();
    public DbSet<DataChange> DataChanges => Set<DataChange>();
    /// <summary>The keys that sign cookies and antiforgery tokens, where every instance reads them (see AuthSetup).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // "Roles" is taken by careers; Identity's roles keep their own table name.
    public DbSet<IdentityRole> SecurityRoles => Set<IdentityRole>();

    /// <summary>
    /// Off for bulk loads that write one summary entry of their own (seeding); on for everything
    /// else, imports included, so each changed row is in the trail.
    /// </summary>
    public bool AuditRows { get; set; } = true;

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>
    /// The data versions this context raised in a transaction not yet committed, and what those
    /// changes make stale: once the transaction commits they are the data's (see DataChangeEviction).
    /// </summary>
    internal WrittenDataChange? WrittenDataChange { get; set; }

    /// <summary>The one query that tells whether the data changed: tiny, and on an index.</summary>
    public const string ReadDataVersionSql = "SELECT \"Version\" FROM \"DataVersion\" WHERE \"Id\" = 1";

    /// <summary>What the changes after version @after up to @through made stale, one row a version (a version without one: unknown).</summary>
    public const string ReadDataChangesSql = "SELECT \"Version\", \"Tags\" FROM \"DataChanges\" WHERE \"Version\" > @after AND \"Version\" <= @through";

    /// <summary>How many of the newest <see cref="DataChange"/> rows are kept: a reader further behind evicts everything.</summary>
    public const int KeptDataChanges = 1000;

    /// <summary>Above this many roles a change counts as a change of everything, and one recomputation of every summary is cheaper than a long list.</summary>
    internal const int ManyRoles = 400;

    // An UPSERT, so a database whose row went missing still gets a stamp.
    private const string RaiseDataVersionSql =
        "INSERT INTO \"DataVersion\" (\"Id\", \"Version\") VALUES (1, 1) ON CONFLICT (\"Id\") DO UPDATE SET \"Version\" = \"DataVersion\".\"Version\" + 1 RETURNING \"Version\"";

    // Replaces: a stamp that started again from 1 reuses versions.
    private const string WriteDataChangeSql =
        "INSERT INTO \"DataChanges\" (\"Version\", \"Tags\") VALUES (@version, @tags) ON CONFLICT (\"Version\") DO UPDATE SET \"Tags\" = excluded.\"Tags\"; "
        + "DELETE FROM \"DataChanges\" WHERE \"Version\" <= @version - @kept";

    /// <summary>The data's version stamp as stored now (0 before the first change).</summary>
    public async Task<long> ReadDataVersionAsync(CancellationToken ct = default) =>
        await DataVersions.Where(v => v.Id == DataVersion.SingleId).Select(v => v.Version).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Who the audit trail names instead of the scope's user: set by work the app starts by itself,
    /// outside any request (the import of the bundled official data).
    /// </summary>
    public string? AuditUserOverride { get; set; }

    public string AuditUserName => AuditUserOverride ?? auditUser?.Name ?? "system";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder); // Identity's tables
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CareerDbContext).Assembly);
    }

    /// <summary>True for SQLite, which has no decimal type (see ConfigureConventions).</summary>
    protected virtual bool StoresDecimalsAsReal => true;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enum names, not numbers, so the database is readable and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        // SQLite has no decimal type and EF cannot compare or sort decimals stored as TEXT;
        // REAL is exact to the cent for any salary. Reading a REAL no decimal can hold never throws.
        // PostgreSQL stores them as numeric.
        if (StoresDecimalsAsReal)
            configurationBuilder.Properties<decimal>().HaveConversion<StoredDecimalConverter>();
    }

    /// <summary>
    /// Opens the connection for a read of many queries (a page): EF Core would otherwise take it
    /// from the pool and give it back around each query, registering its SQL functions on the
    /// connection every time. It stays open until the context is disposed with the request.
    /// </summary>
    public Task OpenForReadsAsync(CancellationToken ct = default) => Database.OpenConnectionAsync(ct);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var dataChanged = BumpVersions();
        if (!dataChanged)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var pending = AuditRows ? CollectAudit() : [];
        var summaries = SummariesTouched();

        // The change, its audit entries, the role summaries it alters and the raised data version commit together or not at all.
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Read before the save, while the links of what it deletes are still there. The bulk rows
            // written after a deferring save are not in the change tracker: such a change is of everything.
            var stale = DeferRoleSummaries ? ChangeTags.Everything : await StalePages.OfAsync(this, cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (!DeferRoleSummaries)
            {
                await RoleSummaryStore.RefreshAsync(this, summaries.RoleIds(), cancellationToken);
                await RoleSearchIndex.RefreshAsync(this, summaries.SearchRoleIds(), cancellationToken);
                if (summaries.Moves)
                    await RoleMoveStore.RefreshAsync(this, cancellationToken);
            }
            if (pending.Count > 0)
            {
                var now = Clock.GetUtcNow();
                foreach (var p in pending)
                    AuditEntries.Add(p.Complete(now, AuditUserName));
                await base.SaveChangesAsync(true, cancellationToken);
            }
            await RaiseDataVersionAsync(stale, cancellationToken);
            if (ownTransaction is not null)
                await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (ownTransaction is not null)
                await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>
    /// Set by a writer that adds rows past the change tracker in the same transaction (an import's
    /// bulk rows) and then recomputes the summaries once itself: a save then leaves them to it.
    /// </summary>
    public bool DeferRoleSummaries { get; set; }

    /// <summary>
    /// Recomputes every role's summary, search index row and the facet counts in one transaction that
    /// raises the data version, so running apps evict their cached pages (all of them: it is a repair):
    /// the repair for summaries out of step (rebuild-summaries). Returns how many roles it summarised.
    /// </summary>
    public async Task<int> RebuildRoleSummariesAsync(CancellationToken ct = default)
    {
        await using var transaction = await Database.BeginTransactionAsync(ct);
        await RoleSummaryStore.RefreshAsync(this, null, ct);
        await RoleSearchIndex.RefreshAsync(this, null, ct);
        await RoleMoveStore.RefreshAsync(this, ct);
        await RaiseDataVersionAsync(ChangeTags.Everything, ct);
        await transaction.CommitAsync(ct);
        return await RoleSummaries.CountAsync(ct);
    }

    /// <summary>The entity types a role's summary is read from (besides the role itself and the sources).</summary>
    private static readonly HashSet<Type> SummarySources =
        [typeof(SalaryFigure), typeof(OutlookFigure), typeof(EmploymentProjection), typeof(OnetJobZone), typeof(OnetTrainingShare), typeof(EducationStep)]; // education steps: the stored filter counts

    /// <summary>The entity types a role's search index row is read from (besides the role itself and the skills' names).</summary>
    private static readonly HashSet<Type> SearchSources =
        [typeof(RoleAlias), typeof(RoleSkill), typeof(RoleTask), typeof(OnetAlternateTitle), typeof(OnetTask), typeof(OnetTechnology), typeof(OnetRating), typeof(OnetOccupation)];

    /// <summary>
    /// The roles whose summary a save alters, read before it (a moved or deleted row's old role)
    /// and completed after it (an added row's role id is known only once saved). A source changed
    /// or deleted may alter any summary (its dataset marks figures official): then all are redone.
    /// </summary>
    private TouchedSummaries SummariesTouched()
    {
        var touched = new TouchedSummaries();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            // The nearest occupations are computed from every role's ratings together.
            touched.Moves |= entry.Entity is OnetRating || (entry.Entity is Role && entry.State == EntityState.Deleted);
            if (entry.Entity is Source)
            {
                touched.All |= entry.State != EntityState.Added;
                continue;
            }
            if (entry.Entity is Skill)
            {
                // A renamed skill is a word in the index of every role with it: rare enough to redo all.
                touched.AllSearch |= entry.State != EntityState.Added;
                continue;
            }
            if (entry.Entity is Role role)
            {
                touched.Entries.Add((entry, role.Id > 0 ? role.Id : null));
                touched.SearchEntries.Add((entry, role.Id > 0 ? role.Id : null));
                continue;
            }
            if (entry.Metadata.FindProperty("RoleId") is null)
                continue;
            var original = (entry, entry.State == EntityState.Added ? null : entry.OriginalValues["RoleId"] as int?);
            if (SummarySources.Contains(entry.Metadata.ClrType))
                touched.Entries.Add(original);
            if (SearchSources.Contains(entry.Metadata.ClrType))
                touched.SearchEntries.Add(original);
        }
        return touched;
    }

    private sealed class TouchedSummaries
    {
        public bool All { get; set; }
        public bool AllSearch { get; set; }
        public bool Moves { get; set; }
        public List<(EntityEntry Entry, int? OriginalRoleId)> Entries { get; } = [];
        public List<(EntityEntry Entry, int? OriginalRoleId)> SearchEntries { get; } = [];

        /// <summary>After the save: the roles whose summary changes, none, or null for all.</summary>
        public IReadOnlyCollection<int>? RoleIds() => All ? null : Ids(Entries);

        /// <summary>After the save: the roles whose search index row changes, none, or null for all.</summary>
        public IReadOnlyCollection<int>? SearchRoleIds() => AllSearch ? null : Ids(SearchEntries);

        private static IReadOnlyCollection<int>? Ids(List<(EntityEntry Entry, int? OriginalRoleId)> entries)
        {
            var ids = new HashSet<int>();
            foreach (var (entry, original) in entries)
            {
                if (original is { } o)
                    ids.Add(o);
                var current = entry.Entity is Role r ? r.Id : entry.Metadata.FindProperty("RoleId") is { } p ? entry.Property(p.Name).CurrentValue as int? : null;
                if (current is > 0 && entry.State != EntityState.Detached)
                    ids.Add(current.Value);
            }
            return ids.Count > ManyRoles ? null : ids;
        }
    }

    /// <summary>
    /// Raises the data version inside the current transaction, and writes what the change makes
    /// <paramref name="stale"/> beside it: every process that reads them (the app's
    /// DataVersionPoller) learns of the change the moment it commits, and never before.
    /// </summary>
    private async Task RaiseDataVersionAsync(ChangeTags stale, CancellationToken ct)
    {
        var transaction = Database.CurrentTransaction!.GetDbTransaction();
        await using var raise = Database.GetDbConnection().CreateCommand();
        raise.Transaction = transaction;
        raise.CommandText = RaiseDataVersionSql;
        var version = (long)(await raise.ExecuteScalarAsync(ct))!;

        await using var write = Database.GetDbConnection().CreateCommand();
        write.Transaction = transaction;
        write.CommandText = WriteDataChangeSql;
        foreach (var (name, value) in new (string, object)[] { ("@version", version), ("@tags", stale.ToText()), ("@kept", KeptDataChanges) })
        {
            var parameter = write.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            write.Parameters.Add(parameter);
        }
        await write.ExecuteNonQueryAsync(ct);

        // Several saves in one transaction: its commit evicts what all of them made stale.
        WrittenDataChange = WrittenDataChange is { } earlier && ReferenceEquals(earlier.Transaction, transaction)
            ? new WrittenDataChange(transaction, [.. earlier.Versions, version], earlier.Stale.Union(stale))
            : new WrittenDataChange(transaction, [version], stale);
    }

    // Version is the concurrency token: the UPDATE's WHERE clause carries the version the editor
    // loaded, and the row gets a new one, so a second editor holding the old version fails.
    // Returns whether any data is added, changed or deleted.
    private bool BumpVersions()
    {
        var changed = false;
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Modified)
                entry.Entity.Version = entry.OriginalValues.GetValue<int>(nameof(Entity.Version)) + 1;
            changed |= entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
        }
        return changed;
    }

    private List<PendingAudit> CollectAudit()
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(new PendingAudit(entry, AuditAction.Create, null));
                    break;
                case EntityState.Modified when entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Entity.Version)):
                    pending.Add(new PendingAudit(entry, AuditAction.Update, Snapshot(entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue))));
                    break;
                case EntityState.Deleted:
                    pending.Add(new PendingAudit(entry, AuditAction.Delete, Snapshot(entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue))));
                    break;
            }
        }
        return pending;
    }

    private static readonly JsonSerializerOptions SnapshotJson = new() { WriteIndented = false };

    internal static string Snapshot(IReadOnlyDictionary<string, object?> values) =>
        JsonSerializer.Serialize(values.OrderBy(v => v.Key == "Id" ? "" : v.Key).ToDictionary(v => v.Key, v => v.Value is Enum e ? e.ToString() : v.Value), SnapshotJson);

    private sealed class PendingAudit(EntityEntry<Entity> entry, AuditAction action, string? before)
    {
        // Captured now: a deleted entry is detached after saving.
        private readonly string _summary = Describe(entry);
        private readonly string _type = entry.Metadata.ClrType.Name;
        private readonly int _id = entry.Entity.Id;

        public AuditEntry Complete(DateTimeOffset at, string user) => new()
        {
            At = at,
            User = user,
            Action = action,
            EntityType = _type,
            EntityId = (action == AuditAction.Delete ? _id : entry.Entity.Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Summary = action == AuditAction.Create ? Describe(entry) : _summary,
            Before = before,
            After = action == AuditAction.Delete ? null : Snapshot(entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)),
        };

        private static string Describe(EntityEntry<Entity> e)
        {
            string? Value(string name) => e.Metadata.FindProperty(name) is null ? null : e.Property(name).CurrentValue?.ToString();
            var text = Value("Slug") ?? Value("Name") ?? Value("Code")
                ?? string.Join(" ", new[] { Value("Statistic") ?? Value("Kind"), Value("Amount") ?? Value("Value"), Value("Year") }.Where(v => v is not null));
            return text.Length > 0 ? text : $"#{e.Entity.Id}";
        }
    }
}

/// <summary>Data versions raised in <paramref name="Transaction"/>, and what their changes make stale.</summary>
internal sealed record WrittenDataChange(DbTransaction Transaction, IReadOnlyList<long> Versions, ChangeTags Stale);
