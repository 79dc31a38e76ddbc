using System.ComponentModel.DataAnnotations;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

public sealed class SalaryFigureForm
{
    [Display(Name = "Role")] public int? RoleId { get; set; }
    [Display(Name = "Statistic")] public SalaryStatistic Statistic { get; set; } = SalaryStatistic.Median;
    [Display(Name = "Pay component")] public PayComponent PayComponent { get; set; } = PayComponent.Unspecified;
    [Display(Name = "Pay basis")] public PayBasis Basis { get; set; } = PayBasis.Annual;
    [Display(Name = "Amount (for every statistic except a range)")] public decimal? Amount { get; set; }
    [Display(Name = "Low amount (ranges only)")] public decimal? Low { get; set; }
    [Display(Name = "High amount (ranges only)")] public decimal? High { get; set; }
    [Display(Name = "Top-coded: published as “amount or more”")] public bool TopCoded { get; set; }
    [Display(Name = "Not published: the source withheld this figure")] public bool NotPublished { get; set; }
    [Display(Name = "Relative standard error (%, optional)")] public decimal? RelativeStandardError { get; set; }
    [Display(Name = "Currency (ISO code)")] public string? Currency { get; set; } = "USD";
    [Display(Name = "Geography")] public int? GeographyId { get; set; }
    [Display(Name = "Year the figure is for")] public int? Year { get; set; }
    [Display(Name = "Month (optional)")] public int? Month { get; set; }
    [Display(Name = "Source")] public int? SourceId { get; set; }
    [Display(Name = "Cited in (optional)")] public int? CitedInId { get; set; }
    [Display(Name = "Quote: the words of the source that state the figure")] public string? Quote { get; set; }
    [Display(Name = "Note")] public string? Note { get; set; }
    public int Version { get; set; }
}

/// <summary>Create, edit and delete salary figures, with the rules of <see cref="FigureRules"/>; the audit trail is written by the DbContext.</summary>
public sealed class AdminSalaryFigureService(CareerDbContext db, TimeProvider clock)
{
    /// <summary>Figures whose stored numbers are outside <see cref="Bounds"/> (stored before the bounds, or by hand).</summary>
    public static IQueryable<SalaryFigure> OutOfBounds(IQueryable<SalaryFigure> figures)
    {
        decimal min = Bounds.PayAmount.Min, max = Bounds.PayAmount.Max, rseMin = Bounds.RelativeStandardError.Min, rseMax = Bounds.RelativeStandardError.Max;
        return figures.Where(f => f.Amount <= min || f.Amount > max || f.Low <= min || f.Low > max || f.High <= min || f.High > max
            || f.RelativeStandardError < rseMin || f.RelativeStandardError > rseMax);
    }

    public async Task<AdminFigurePage> ListAsync(string? roleSlug, int page, CancellationToken ct = default, bool invalidOnly = false)
    {
        var query = db.SalaryFigures.AsNoTracking();
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

    /// <summary>One figure as the list shows it (the delete page names it the same way).</summary>
    public async Task<AdminListItem?> ItemAsync(int id, CancellationToken ct = default) =>
        await db.SalaryFigures.AsNoTracking().Where(f => f.Id == id).Select(Row).SingleOrDefaultAsync(ct) is { } row ? Describe(row) : null;

    /// <summary>A blank form with the usual defaults (United States).</summary>
    public async Task<SalaryFigureForm> NewAsync(CancellationToken ct = default) =>
        new() { GeographyId = await db.Geographies.AsNoTracking().Where(g => g.Code == "US").Select(g => (int?)g.Id).FirstOrDefaultAsync(ct) };

    public Task<FigureOptions> OptionsAsync(CancellationToken ct = default) => AdminLookups.FigureOptionsAsync(db, ct);

    public async Task<SalaryFigureForm?> GetAsync(int id, CancellationToken ct = default) =>
        await db.SalaryFigures.AsNoTracking().Where(f => f.Id == id).Select(f => new SalaryFigureForm
        {
            RoleId = f.RoleId, Statistic = f.Statistic, PayComponent = f.PayComponent, Basis = f.Basis, Amount = f.Amount, Low = f.Low, High = f.High,
            TopCoded = f.IsTopCoded, NotPublished = f.IsNotPublished, RelativeStandardError = f.RelativeStandardError, Currency = f.Currency, GeographyId = f.GeographyId, Year = f.Year, Month = f.Month, SourceId = f.SourceId,
            CitedInId = f.CitedInId, Quote = f.Quote, Note = f.Note, Version = f.Version,
        }).SingleOrDefaultAsync(ct);

    public async Task<SaveResult> SaveAsync(int? id, SalaryFigureForm form, CancellationToken ct = default)
    {
        var currency = AdminValidation.Clean(form.Currency)?.ToUpperInvariant();
        var candidate = new SalaryFigure
        {
            RoleId = form.RoleId ?? 0, Statistic = form.Statistic, PayComponent = form.PayComponent, Basis = form.Basis,
            Amount = form.Amount, Low = form.Low, High = form.High, IsTopCoded = form.TopCoded, Currency = currency ?? "",
            IsNotPublished = form.NotPublished, RelativeStandardError = form.RelativeStandardError,
            GeographyId = form.GeographyId ?? 0, Year = form.Year ?? 0, Month = form.Month, SourceId = form.SourceId ?? 0,
            CitedInId = form.CitedInId, Quote = AdminValidation.Clean(form.Quote) ?? "", Note = AdminValidation.Clean(form.Note),
        };

        var errors = FigureRules.Validate(candidate.ToFacts(), clock).Select(AdminLookups.ToFormField).ToList();
        if (currency is null)
        {
            errors.RemoveAll(e => e.Field == nameof(form.Currency));
            errors.Add(new(nameof(form.Currency), "A currency is required, e.g. USD."));
        }
        if (!Enum.IsDefined(form.Statistic))
            errors.Add(new(nameof(form.Statistic), "Choose a statistic."));
        if (!Enum.IsDefined(form.PayComponent))
            errors.Add(new(nameof(form.PayComponent), "Choose a pay component."));
        if (!Enum.IsDefined(form.Basis))
            errors.Add(new(nameof(form.Basis), "Choose annual or hourly."));
        await AdminLookups.CheckReferencesAsync(db, form.RoleId, form.SourceId, form.CitedInId, form.GeographyId, errors, ct);
        if (errors.Count > 0)
            return new SaveResult.Invalid(errors);

        SalaryFigure figure;
        if (id is { } existingId)
        {
            var found = await db.SalaryFigures.SingleOrDefaultAsync(f => f.Id == existingId, ct);
            if (found is null)
                return new SaveResult.NotFound();
            figure = found;
            db.Entry(figure).Property(f => f.Version).OriginalValue = form.Version;
        }
        else
        {
            figure = new SalaryFigure { Currency = "", Quote = "" };
            db.SalaryFigures.Add(figure);
        }
        figure.RoleId = candidate.RoleId;
        figure.Statistic = candidate.Statistic;
        figure.PayComponent = candidate.PayComponent;
        figure.Basis = candidate.Basis;
        figure.Amount = candidate.Amount;
        figure.Low = candidate.Low;
        figure.High = candidate.High;
        figure.IsTopCoded = candidate.IsTopCoded;
        figure.IsNotPublished = candidate.IsNotPublished;
        figure.RelativeStandardError = candidate.RelativeStandardError;
        figure.Currency = candidate.Currency;
        figure.GeographyId = candidate.GeographyId;
        figure.Year = candidate.Year;
        figure.Month = candidate.Month;
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
        var c = await db.SalaryFigures.AsNoTracking().Where(f => f.Id == id).Select(f => new
        {
            Role = f.Role.Title, f.Statistic, f.PayComponent, f.Basis, f.Amount, f.Low, f.High, f.IsTopCoded, f.Currency,
            Geography = f.Geography.Name, f.Year, f.Month, Source = f.Source.Publisher + ": " + f.Source.Title,
            CitedIn = f.CitedIn == null ? null : f.CitedIn.Publisher + ": " + f.CitedIn.Title, f.Quote, f.Note, f.Version,
        }).SingleOrDefaultAsync(ct);
        if (c is null)
            return new SaveResult.NotFound();
        return new SaveResult.Conflict(
        [
            ("Role", c.Role), ("Statistic", Display.Statistic(c.Statistic)), ("Pay component", c.PayComponent.ToString()),
            ("Pay basis", Display.Basis(c.Basis)), ("Amount", Display.Amount(c.Amount, c.Low, c.High, c.IsTopCoded, c.Currency)),
            ("Currency", c.Currency), ("Geography", c.Geography), ("Year", Display.YearMonth(c.Year, c.Month)), ("Source", c.Source),
            ("Cited in", c.CitedIn), ("Quote", c.Quote), ("Note", c.Note),
        ], c.Version);
    }

    public async Task<DeleteResult> DeleteAsync(int id, int version, CancellationToken ct = default)
    {
        var figure = await db.SalaryFigures.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (figure is null)
            return new DeleteResult.NotFound();
        db.Entry(figure).Property(f => f.Version).OriginalValue = version;
        db.SalaryFigures.Remove(figure);
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
        int Id, string Role, SalaryStatistic Statistic, PayComponent PayComponent, PayBasis Basis, decimal? Amount, decimal? Low, decimal? High,
        bool TopCoded, string Currency, int Year, int? Month, string Publisher, string? CitedIn, string Geography, int Version, decimal? RelativeStandardError);

    private static readonly System.Linq.Expressions.Expression<Func<SalaryFigure, ListRow>> Row = f => new ListRow(
        f.Id, f.Role.Title, f.Statistic, f.PayComponent, f.Basis, f.Amount, f.Low, f.High, f.IsTopCoded, f.Currency, f.Year, f.Month,
        f.Source.Publisher, f.CitedIn == null ? null : f.CitedIn.Publisher, f.Geography.Name, f.Version, f.RelativeStandardError);

    // "Machine Learning Engineer — Median $106,225 annual, 2017 (PayScale)"
    private static AdminListItem Describe(ListRow r)
    {
        var title = $"{r.Role} — {Display.Statistic(r.Statistic)} {Display.Amount(r.Amount, r.Low, r.High, r.TopCoded, r.Currency)} "
            + $"{Display.Basis(r.Basis).ToLowerInvariant()}, {Display.YearMonth(r.Year, r.Month)} ({r.Publisher})";
        var component = Display.PayComponent(r.PayComponent);
        var detail = $"#{r.Id} · {r.Geography}{(component.Length > 0 ? " · " + component : "")}{(r.CitedIn is { } cited ? " · cited in " + cited : "")}";
        var problem = !FigureRules.IsWithinBounds(r.Amount, r.Low, r.High) ? $"The stored amount is out of bounds (it {Bounds.PayAmount.Requirement}); edit the figure to correct it."
            : !Bounds.RelativeStandardError.Contains(r.RelativeStandardError) ? $"The stored relative standard error is out of bounds (it {Bounds.RelativeStandardError.Requirement}); edit the figure to correct it."
            : null;
        return new AdminListItem(r.Id, title, detail, r.Version) { Problem = problem };
    }
}
