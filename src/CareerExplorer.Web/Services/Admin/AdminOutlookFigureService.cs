using System.ComponentModel.DataAnnotations;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

public sealed class OutlookFigureForm
{
    [Display(Name = "Role")] public int? RoleId { get; set; }
    [Display(Name = "Kind of figure")] public OutlookKind Kind { get; set; } = OutlookKind.EmploymentGrowth;
    [Display(Name = "Value")] public decimal? Value { get; set; }
    [Display(Name = "Not published: the source withheld this figure")] public bool NotPublished { get; set; }
    [Display(Name = "Relative standard error (%, optional)")] public decimal? RelativeStandardError { get; set; }
    [Display(Name = "Unit")] public OutlookUnit Unit { get; set; } = OutlookUnit.Percent;
    [Display(Name = "Period starts (year, optional)")] public int? StartYear { get; set; }
    [Display(Name = "Period ends (year, optional)")] public int? EndYear { get; set; }
    [Display(Name = "Year the figure was published for")] public int? Year { get; set; }
    [Display(Name = "Geography")] public int? GeographyId { get; set; }
    [Display(Name = "Source")] public int? SourceId { get; set; }
    [Display(Name = "Cited in (optional)")] public int? CitedInId { get; set; }
    [Display(Name = "Quote: the words of the source that state the figure")] public string? Quote { get; set; }
    [Display(Name = "Note")] public string? Note { get; set; }
    public int Version { get; set; }
}

/// <summary>Create, edit and delete outlook figures, with the rules of <see cref="FigureRules"/>; the audit trail is written by the DbContext.</summary>
public sealed class AdminOutlookFigureService(CareerDbContext db, TimeProvider clock)
{
    /// <summary>Figures whose stored numbers are outside <see cref="Bounds"/> for their unit (stored before the bounds, or by hand).</summary>
    public static IQueryable<OutlookFigure> OutOfBounds(IQueryable<OutlookFigure> figures)
    {
        NumberRange percent = Bounds.Percent, jobs = Bounds.Jobs, rank = Bounds.Rank, rse = Bounds.RelativeStandardError;
        return figures.Where(f =>
            f.Unit == OutlookUnit.Percent && (f.Value < percent.Min || f.Value > percent.Max)
            || f.Unit == OutlookUnit.Jobs && (f.Value < jobs.Min || f.Value > jobs.Max)
            || f.Unit == OutlookUnit.Rank && (f.Value < rank.Min || f.Value > rank.Max)
            || f.RelativeStandardError < rse.Min || f.RelativeStandardError > rse.Max);
    }

    public async Task<AdminFigurePage> ListAsync(string? roleSlug, int page, CancellationToken ct = default, bool invalidOnly = false)
    {
        var query = db.OutlookFigures.AsNoTracking();
        roleSlug = AdminValidation.Clean(roleSlug);
        if (roleSlug is not null)
            query = query.Where(f => f.Role.Slug == roleSlug);
        if (invalidOnly)
            query = OutOfBounds(query);
        var total = await query.CountAsync(ct);
        var pageCount = AdminLookups.PageCount(total);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderBy(f => f.Role.Title).ThenByDescending(f => f.Year).ThenBy(f => f.Id)
            .Skip((page - 1) * AdminFigurePage.PageSize).Take(AdminFigurePage.PageSize)
            .Select(Row).ToListAsync(ct);
        return new AdminFigurePage(rows.Select(Describe).ToList(), page, pageCount, total, roleSlug, await AdminLookups.RoleFilterAsync(db, ct), invalidOnly);
    }

    public async Task<AdminListItem?> ItemAsync(int id, CancellationToken ct = default) =>
        await db.OutlookFigures.AsNoTracking().Where(f => f.Id == id).Select(Row).SingleOrDefaultAsync(ct) is { } row ? Describe(row) : null;

    /// <summary>A blank form with the usual defaults (United States).</summary>
    public async Task<OutlookFigureForm> NewAsync(CancellationToken ct = default) =>
        new() { GeographyId = await db.Geographies.AsNoTracking().Where(g => g.Code == "US").Select(g => (int?)g.Id).FirstOrDefaultAsync(ct) };

    public Task<FigureOptions> OptionsAsync(CancellationToken ct = default) => AdminLookups.FigureOptionsAsync(db, ct);

    public async Task<OutlookFigureForm?> GetAsync(int id, CancellationToken ct = default) =>
        await db.OutlookFigures.AsNoTracking().Where(f => f.Id == id).Select(f => new OutlookFigureForm
        {
            RoleId = f.RoleId, Kind = f.Kind, Value = f.Value, NotPublished = f.IsNotPublished, RelativeStandardError = f.RelativeStandardError, Unit = f.Unit, StartYear = f.StartYear, EndYear = f.EndYear, Year = f.Year,
            GeographyId = f.GeographyId, SourceId = f.SourceId, CitedInId = f.CitedInId, Quote = f.Quote, Note = f.Note, Version = f.Version,
        }).SingleOrDefaultAsync(ct);

    public async Task<SaveResult> SaveAsync(int? id, OutlookFigureForm form, CancellationToken ct = default)
    {
        var candidate = new OutlookFigure
        {
            RoleId = form.RoleId ?? 0, Kind = form.Kind, Value = form.Value, IsNotPublished = form.NotPublished, RelativeStandardError = form.RelativeStandardError, Unit = form.Unit, StartYear = form.StartYear, EndYear = form.EndYear,
            Year = form.Year ?? 0, GeographyId = form.GeographyId ?? 0, SourceId = form.SourceId ?? 0, CitedInId = form.CitedInId,
            Quote = AdminValidation.Clean(form.Quote) ?? "", Note = AdminValidation.Clean(form.Note),
        };

        var errors = FigureRules.Validate(candidate.ToFacts(), clock).Select(AdminLookups.ToFormField).ToList();
        if (!Enum.IsDefined(form.Kind))
            errors.Add(new(nameof(form.Kind), "Choose a kind of figure."));
        if (!Enum.IsDefined(form.Unit))
            errors.Add(new(nameof(form.Unit), "Choose a unit."));
        await AdminLookups.CheckReferencesAsync(db, form.RoleId, form.SourceId, form.CitedInId, form.GeographyId, errors, ct);
        if (errors.Count > 0)
            return new SaveResult.Invalid(errors);

        OutlookFigure figure;
        if (id is { } existingId)
        {
            var found = await db.OutlookFigures.SingleOrDefaultAsync(f => f.Id == existingId, ct);
            if (found is null)
                return new SaveResult.NotFound();
            figure = found;
            db.Entry(figure).Property(f => f.Version).OriginalValue = form.Version;
        }
        else
        {
            figure = new OutlookFigure { Quote = "" };
            db.OutlookFigures.Add(figure);
        }
        figure.RoleId = candidate.RoleId;
        figure.Kind = candidate.Kind;
        figure.Value = candidate.Value;
        figure.IsNotPublished = candidate.IsNotPublished;
        figure.RelativeStandardError = candidate.RelativeStandardError;
        figure.Unit = candidate.Unit;
        figure.StartYear = candidate.StartYear;
        figure.EndYear = candidate.EndYear;
        figure.Year = candidate.Year;
        figure.GeographyId = candidate.GeographyId;
        figure.SourceId = candidate.SourceId;
        figure.CitedInId = candidate.CitedInId;
        figure.Quote = candidate.Quote;
        figure.Note = candidate.Note;

        try
        {
            await db.SaveChangesAsync(ct);
            return new SaveResult.Saved(figure.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(figure.Id, ct);
        }
    }

    private async Task<SaveResult> ConflictAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var c = await db.OutlookFigures.AsNoTracking().Where(f => f.Id == id).Select(f => new
        {
            Role = f.Role.Title, f.Kind, f.Value, f.Unit, f.StartYear, f.EndYear, f.Year, Geography = f.Geography.Name,
            Source = f.Source.Publisher + ": " + f.Source.Title,
            CitedIn = f.CitedIn == null ? null : f.CitedIn.Publisher + ": " + f.CitedIn.Title, f.Quote, f.Note, f.Version,
        }).SingleOrDefaultAsync(ct);
        if (c is null)
            return new SaveResult.NotFound();
        return new SaveResult.Conflict(
        [
            ("Role", c.Role), ("Kind", Display.OutlookKind(c.Kind)), ("Value", Display.OutlookValue(c.Value, c.Unit)), ("Unit", c.Unit.ToString()),
            ("Period", Display.Period(c.StartYear, c.EndYear)), ("Year", c.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Geography", c.Geography), ("Source", c.Source), ("Cited in", c.CitedIn), ("Quote", c.Quote), ("Note", c.Note),
        ], c.Version);
    }

    public async Task<DeleteResult> DeleteAsync(int id, int version, CancellationToken ct = default)
    {
        var figure = await db.OutlookFigures.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (figure is null)
            return new DeleteResult.NotFound();
        db.Entry(figure).Property(f => f.Version).OriginalValue = version;
        db.OutlookFigures.Remove(figure);
        try
        {
            await db.SaveChangesAsync(ct);
            return new DeleteResult.Deleted();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new DeleteResult.Conflict();
        }
    }

    private sealed record ListRow(
        int Id, string Role, OutlookKind Kind, decimal? Value, OutlookUnit Unit, int? StartYear, int? EndYear, int Year,
        string Publisher, string? CitedIn, string Geography, int Version, decimal? RelativeStandardError);

    private static readonly System.Linq.Expressions.Expression<Func<OutlookFigure, ListRow>> Row = f => new ListRow(
        f.Id, f.Role.Title, f.Kind, f.Value, f.Unit, f.StartYear, f.EndYear, f.Year,
        f.Source.Publisher, f.CitedIn == null ? null : f.CitedIn.Publisher, f.Geography.Name, f.Version, f.RelativeStandardError);

    // "Data Scientist — Employment growth 36%, 2023–2033, 2024 (U.S. Bureau of Labor Statistics)"
    private static AdminListItem Describe(ListRow r)
    {
        var period = Display.Period(r.StartYear, r.EndYear);
        var title = $"{r.Role} — {Display.OutlookKind(r.Kind)} {Display.OutlookValue(r.Value, r.Unit)}{(period.Length > 0 ? ", " + period : "")}, {r.Year} ({r.Publisher})";
        var detail = $"#{r.Id} · {r.Geography}{(r.CitedIn is { } cited ? " · cited in " + cited : "")}";
        var problem = !FigureRules.IsWithinBounds(r.Value, r.Unit) ? $"The stored value is out of bounds (in {r.Unit.ToString().ToLowerInvariant()} it {FigureRules.OutlookBounds(r.Unit).Requirement}); edit the figure to correct it."
            : !Bounds.RelativeStandardError.Contains(r.RelativeStandardError) ? $"The stored relative standard error is out of bounds (it {Bounds.RelativeStandardError.Requirement}); edit the figure to correct it."
            : null;
        return new AdminListItem(r.Id, title, detail, r.Version) { Problem = problem };
    }
}
