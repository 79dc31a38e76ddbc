namespace CareerExplorer.Web.Services.Admin;

/// <summary>The editable fields of a record as its form posts them; <see cref="Version"/> is the concurrency token the form carries.</summary>
public abstract class AdminForm
{
    public int Version { get; set; }
}

/// <summary>One choice of a select: the value posted, the text shown.</summary>
public sealed record AdminOption(string Value, string Label)
{
    public AdminOption(int id, string label) : this(id.ToString(System.Globalization.CultureInfo.InvariantCulture), label) { }
}

/// <summary>The options of a form's selects, by the name of the form property they fill (RoleId → the roles).</summary>
public sealed class AdminChoices : Dictionary<string, IReadOnlyList<AdminOption>>
{
    public AdminChoices() : base(StringComparer.Ordinal) { }

    public static IReadOnlyList<AdminOption> Of<TEnum>(Func<TEnum, string> label) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new AdminOption(v.ToString(), label(v))).ToList();
}

/// <summary>What a list is asked for: a page, and for sections that offer them, a role and "out of bounds only".</summary>
public sealed record AdminListQuery(string? Role, int Page, bool InvalidOnly);

/// <summary>A page of a section's list; <paramref name="Roles"/> are the role filter's choices (slug, title) where the section has one.</summary>
public sealed record AdminListPage(IReadOnlyList<AdminListItem> Items, int Page, int PageCount, int PageSize, int Total, AdminListQuery Query, IReadOnlyList<AdminOption> Roles)
{
    public int From => Items.Count == 0 ? 0 : (Page - 1) * PageSize + 1;
    public int To => From + Items.Count - 1;
}

/// <summary>What the delete page shows: the record, what still uses it (then it cannot go), what goes with it.</summary>
public sealed record DeletePreview(AdminListItem Item, IReadOnlyList<string> UsedBy, IReadOnlyList<string> AlsoDeletes);

/// <summary>
/// One section of the admin (roles, sources, figures...), as the shared list, edit and delete pages
/// use it. Implemented once by <see cref="AdminSection{TEntity,TForm}"/>.
/// </summary>
public interface IAdminSection
{
    /// <summary>The section's part of the address: /Admin/{Key}.</summary>
    string Key { get; }
    string Title { get; }
    /// <summary>The section's link in the admin menu.</summary>
    string NavLabel { get; }
    /// <summary>One record, in a sentence: "salary figure".</summary>
    string Noun { get; }
    /// <summary>How the list counts its records: ("figure", "figures").</summary>
    (string One, string Many) Counted { get; }
    string? Intro { get; }
    bool FiltersByRole { get; }
    bool FiltersInvalid { get; }
    AdminForm NewForm();
    /// <summary>How many records the section holds; with <paramref name="invalidOnly"/>, how many hold a number out of bounds.</summary>
    Task<int> CountAsync(bool invalidOnly, CancellationToken ct);
    Task<AdminListPage> ListAsync(AdminListQuery query, CancellationToken ct);
    Task<AdminForm> BlankAsync(CancellationToken ct);
    Task<AdminForm?> GetAsync(int id, CancellationToken ct);
    Task<AdminChoices> ChoicesAsync(CancellationToken ct);
    Task<SaveResult> SaveAsync(int? id, AdminForm form, CancellationToken ct);
    string Describe(AdminForm form);
    Task<DeletePreview?> DeletePreviewAsync(int id, CancellationToken ct);
    Task<DeleteResult> DeleteAsync(int id, int version, CancellationToken ct);
}

/// <summary>
/// The one implementation of an admin section: a paged list, create, edit with optimistic
/// concurrency (the values now stored shown on a conflict), delete refused while the record is in
/// use, all written to the audit trail by the DbContext. A section says only what it edits: its
/// form, its list line, its rules, how a form applies to a record and what uses a record.
/// </summary>
public abstract class AdminSection<TEntity, TForm>(CareerDbContext db, TimeProvider clock) : IAdminSection
    where TEntity : Entity
    where TForm : AdminForm, new()
{
    protected CareerDbContext Db => db;
    protected TimeProvider Clock => clock;
    protected DbSet<TEntity> Set => db.Set<TEntity>();

    public abstract string Key { get; }
    public abstract string Title { get; }
    public abstract string Noun { get; }
    public virtual string NavLabel => Title;
    public virtual (string One, string Many) Counted => (Noun, Noun + "s");
    public virtual string? Intro => null;
    public virtual int PageSize => 100;
    public bool FiltersByRole => ForRole("") is not null;
    public bool FiltersInvalid => OutOfBounds(Set) is not null;

    // ---- what a section says --------------------------------------------------------------------

    /// <summary>The list's order.</summary>
    protected abstract IOrderedQueryable<TEntity> Ordered(IQueryable<TEntity> records);

    /// <summary>The list lines of a page of records (in the order given).</summary>
    protected abstract Task<IReadOnlyList<AdminListItem>> ItemsAsync(IQueryable<TEntity> records, CancellationToken ct);

    /// <summary>The stored record as its form.</summary>
    protected abstract Expression<Func<TEntity, TForm>> ToForm { get; }

    /// <summary>Every rule the form breaks, named by form field; the references it names must exist.</summary>
    protected abstract Task ValidateAsync(int? id, TForm form, List<RuleViolation> errors, CancellationToken ct);

    protected abstract TEntity Create();

    /// <summary>Copies the (valid) form onto the tracked record.</summary>
    protected abstract void Apply(TForm form, TEntity record);

    /// <summary>How a saved form is named in the message after saving: "the role “Data Scientist”".</summary>
    public virtual string Describe(AdminForm form) => "the " + Noun;

    /// <summary>The records of one role (by slug), for sections whose list can be filtered by role; null when it cannot.</summary>
    protected virtual Expression<Func<TEntity, bool>>? ForRole(string slug) => null;

    /// <summary>The records holding a number outside its bounds, for sections that can have them; null when none can.</summary>
    protected virtual IQueryable<TEntity>? OutOfBounds(IQueryable<TEntity> records) => null;

    /// <summary>What stops a delete: the records that point at this one.</summary>
    protected virtual Task<IReadOnlyList<string>> UsedByAsync(int id, CancellationToken ct) => Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>What belongs to the record and is deleted with it.</summary>
    protected virtual Task<IReadOnlyList<string>> AlsoDeletesAsync(int id, CancellationToken ct) => Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>The record with what saving or deleting it touches (a role's aliases), tracked.</summary>
    protected virtual IQueryable<TEntity> Loaded(IQueryable<TEntity> records) => records;

    /// <summary>The stored form; a section whose form holds more than one row's fields reads the rest here.</summary>
    protected virtual async Task<TForm?> LoadFormAsync(int id, CancellationToken ct) =>
        await Set.AsNoTracking().Where(e => e.Id == id).Select(ToForm).SingleOrDefaultAsync(ct);

    protected virtual Task<TForm> BlankFormAsync(CancellationToken ct) => Task.FromResult(new TForm());

    public virtual Task<AdminChoices> ChoicesAsync(CancellationToken ct) => Task.FromResult(new AdminChoices());

    /// <summary>The message for a unique index the database enforced after the checks passed (two saves at once); null to let it be a 409.</summary>
    protected virtual RuleViolation? Duplicate => null;

    // ---- the one implementation --------------------------------------------------------------

    public AdminForm NewForm() => new TForm();

    public async Task<int> CountAsync(bool invalidOnly, CancellationToken ct) =>
        !invalidOnly ? await Set.CountAsync(ct) : OutOfBounds(Set) is { } invalid ? await invalid.CountAsync(ct) : 0;

    public async Task<AdminListPage> ListAsync(AdminListQuery query, CancellationToken ct)
    {
        var records = Set.AsNoTracking();
        if (query.Role is { } role && ForRole(role) is { } forRole)
            records = records.Where(forRole);
        if (query.InvalidOnly && OutOfBounds(records) is { } invalid)
            records = invalid;
        var total = await records.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var items = await ItemsAsync(Ordered(records).ThenBy(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize), ct);
        IReadOnlyList<AdminOption> roles = FiltersByRole
            ? (await db.Roles.AsNoTracking().OrderBy(r => r.Title).Select(r => new { r.Slug, r.Title }).ToListAsync(ct)).Select(r => new AdminOption(r.Slug, r.Title)).ToList()
            : [];
        return new AdminListPage(items, page, pageCount, PageSize, total, query with { Page = page }, roles);
    }

    public async Task<AdminForm> BlankAsync(CancellationToken ct) => await BlankFormAsync(ct);

    public async Task<AdminForm?> GetAsync(int id, CancellationToken ct) => await LoadFormAsync(id, ct);

    public async Task<SaveResult> SaveAsync(int? id, AdminForm posted, CancellationToken ct)
    {
        var form = (TForm)posted;
        var errors = new List<RuleViolation>();
        await ValidateAsync(id, form, errors, ct);
        if (errors.Count > 0)
            return new SaveResult.Invalid(errors);

        TEntity record;
        if (id is { } existing)
        {
            if (await Loaded(Set).SingleOrDefaultAsync(e => e.Id == existing, ct) is not { } found)
                return new SaveResult.NotFound();
            record = found;
            // The version the editor loaded: the UPDATE fails if someone saved since.
            db.Entry(record).Property(e => e.Version).OriginalValue = form.Version;
        }
        else
        {
            record = Create();
            Set.Add(record);
        }
        Apply(form, record);
        try
        {
            await db.SaveChangesAsync(ct);
            return new SaveResult.Saved(record.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await LoadFormAsync(record.Id, ct) is { } stored
                ? new SaveResult.Conflict(await ConflictValuesAsync(record.Id, stored, ct), stored.Version)
                : new SaveResult.NotFound();
        }
        catch (DbUpdateException e) when (Duplicate is { } duplicate && DatabaseEngine.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return new SaveResult.Invalid([duplicate]);
        }
    }

    /// <summary>The values now stored, as the form names them, with related records by name and the record's list line first.</summary>
    private async Task<IReadOnlyList<(string Field, string? Value)>> ConflictValuesAsync(int id, TForm stored, CancellationToken ct)
    {
        var choices = await ChoicesAsync(ct);
        var line = (await ItemsAsync(Set.AsNoTracking().Where(e => e.Id == id), ct)).SingleOrDefault();
        var values = new List<(string, string?)> { ("Record", line?.Title) };
        foreach (var field in AdminFields.Of(typeof(TForm)))
            values.Add((field.Label, field.Describe(stored, choices)));
        return values;
    }

    public async Task<DeletePreview?> DeletePreviewAsync(int id, CancellationToken ct) =>
        (await ItemsAsync(Set.AsNoTracking().Where(e => e.Id == id), ct)).SingleOrDefault() is { } item
            ? new DeletePreview(item, await UsedByAsync(id, ct), await AlsoDeletesAsync(id, ct))
            : null;

    public async Task<DeleteResult> DeleteAsync(int id, int version, CancellationToken ct)
    {
        // Loaded with what belongs to it, so each of those deletions is in the audit trail too.
        if (await Loaded(Set).SingleOrDefaultAsync(e => e.Id == id, ct) is not { } record)
            return new DeleteResult.NotFound();
        var used = await UsedByAsync(id, ct);
        if (used.Count > 0)
            return new DeleteResult.Refused($"It is still used by {used.Count} {(used.Count == 1 ? "record" : "records")}; change or delete them first.", used);
        db.Entry(record).Property(e => e.Version).OriginalValue = version;
        Set.Remove(record);
        try
        {
            await db.SaveChangesAsync(ct);
            return new DeleteResult.Deleted();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await Set.AnyAsync(e => e.Id == id, ct) ? new DeleteResult.Conflict() : new DeleteResult.NotFound();
        }
    }

    // ---- helpers for sections ------------------------------------------------------------------

    /// <summary>"A role is required" when nothing is chosen; "there is no role #5" when the posted id is not in the table.</summary>
    protected Task Related<T>(IQueryable<T> set, int? id, string field, string? requiredMessage, string noun, List<RuleViolation> errors, CancellationToken ct)
        where T : Entity => AdminValidation.Related(set, id, field, requiredMessage, noun, errors, ct);

    protected static string? Count(int n, string one, string many) => n == 0 ? null : $"{n:#,0} {(n == 1 ? one : many)}";
}

/// <summary>Every admin section, found by the key in its address.</summary>
public sealed class AdminSections(IEnumerable<IAdminSection> sections)
{
    public IReadOnlyList<IAdminSection> All { get; } = sections.ToList();

    public IAdminSection? Find(string? key) => All.FirstOrDefault(s => s.Key.Equals(key, StringComparison.OrdinalIgnoreCase));
}
