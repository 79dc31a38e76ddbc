namespace CareerExplorer.Web.Services.Admin.Sections;

public sealed class SalaryFigureForm : AdminForm
{
    [Display(Name = "Role", Prompt = "Choose a role")] public int? RoleId { get; set; }
    [Display(Name = "Statistic")] public SalaryStatistic Statistic { get; set; } = SalaryStatistic.Median;
    [Display(Name = "Pay component")] public PayComponent PayComponent { get; set; } = PayComponent.Unspecified;
    [Display(Name = "Pay basis")] public PayBasis Basis { get; set; } = PayBasis.Annual;
    [Display(Name = "Amount (for every statistic except a range)", Description = "Digits only, e.g. 106225 or 52.50. Leave empty for a range.")] public decimal? Amount { get; set; }
    [Display(Name = "Low amount (ranges only)")] public decimal? Low { get; set; }
    [Display(Name = "High amount (ranges only)")] public decimal? High { get; set; }
    [Display(Name = "Top-coded: published as “amount or more”")] public bool TopCoded { get; set; }
    [Display(Name = "Not published: the source withheld this figure", Description = "As BLS marks with * or **: leave the amounts empty.")] public bool NotPublished { get; set; }
    [Display(Name = "Relative standard error (%, optional)", Description = "The survey's precision as a percentage of the estimate, e.g. 1.2 (BLS MEAN_PRSE).")] public decimal? RelativeStandardError { get; set; }
    [Display(Name = "Currency (ISO code)")] public string? Currency { get; set; } = "USD";
    [Display(Name = "Geography", Prompt = "Choose a geography")] public int? GeographyId { get; set; }
    [Display(Name = "Year the figure is for")] public int? Year { get; set; }
    [Display(Name = "Month (optional)", Prompt = "Not stated")] public int? Month { get; set; }
    [Display(Name = "Source", Prompt = "Choose the source that published it")] public int? SourceId { get; set; }
    [Display(Name = "Cited in (optional)", Description = "The article it was read in, when that is not the publisher itself.", Prompt = "Not cited elsewhere")] public int? CitedInId { get; set; }
    [Display(Name = "Quote: the words of the source that state the figure")] [DataType(DataType.MultilineText)] public string? Quote { get; set; }
    [Display(Name = "Note")] [DataType(DataType.MultilineText)] public string? Note { get; set; }
}

/// <summary>Salary figures, with the rules of <see cref="FigureRules"/>.</summary>
public sealed class SalaryFigureSection(CareerDbContext db, TimeProvider clock) : AdminSection<SalaryFigure, SalaryFigureForm>(db, clock)
{
    public override string Key => "SalaryFigures";
    public override string Title => "Salary figures";
    public override string Noun => "salary figure";
    public override (string One, string Many) Counted => ("figure", "figures");
    public override string? Intro => "Every figure needs the source that published it and the year it is for.";
    public override int PageSize => 50;

    protected override Expression<Func<SalaryFigure, bool>> ForRole(string slug) => f => f.Role.Slug == slug;

    /// <summary>Figures whose stored numbers are outside <see cref="Bounds"/> (stored before the bounds, or by hand).</summary>
    protected override IQueryable<SalaryFigure> OutOfBounds(IQueryable<SalaryFigure> figures) => Invalid(figures);

    public static IQueryable<SalaryFigure> Invalid(IQueryable<SalaryFigure> figures)
    {
        decimal min = Bounds.PayAmount.Min, max = Bounds.PayAmount.Max, rseMin = Bounds.RelativeStandardError.Min, rseMax = Bounds.RelativeStandardError.Max;
        return figures.Where(f => f.Amount <= min || f.Amount > max || f.Low <= min || f.Low > max || f.High <= min || f.High > max
            || f.RelativeStandardError < rseMin || f.RelativeStandardError > rseMax);
    }

    protected override IOrderedQueryable<SalaryFigure> Ordered(IQueryable<SalaryFigure> records) =>
        records.OrderBy(f => f.Role.Title).ThenByDescending(f => f.Year);

    // "Machine Learning Engineer — Median $106,225 annual, 2017 (PayScale)"
    protected override async Task<IReadOnlyList<AdminListItem>> ItemsAsync(IQueryable<SalaryFigure> records, CancellationToken ct) =>
        (await records.Select(f => new
        {
            f.Id, Role = f.Role.Title, f.Statistic, f.PayComponent, f.Basis, f.Amount, f.Low, f.High, f.IsTopCoded, f.Currency, f.Year, f.Month,
            f.Source.Publisher, CitedIn = f.CitedIn == null ? null : f.CitedIn.Publisher, Geography = f.Geography.Name, f.Version, f.RelativeStandardError,
        }).ToListAsync(ct))
        .Select(r =>
        {
            var component = Display.PayComponent(r.PayComponent);
            return new AdminListItem(r.Id,
                $"{r.Role} — {Display.Statistic(r.Statistic)} {Display.Amount(r.Amount, r.Low, r.High, r.IsTopCoded, r.Currency)} {Display.Basis(r.Basis).ToLowerInvariant()}, {Display.YearMonth(r.Year, r.Month)} ({r.Publisher})",
                $"#{r.Id} · {r.Geography}{(component.Length > 0 ? " · " + component : "")}{(r.CitedIn is { } cited ? " · cited in " + cited : "")}",
                r.Version)
            {
                Problem = !FigureRules.IsWithinBounds(r.Amount, r.Low, r.High) ? $"The stored amount is out of bounds (it {Bounds.PayAmount.Requirement}); edit the figure to correct it."
                    : !Bounds.RelativeStandardError.Contains(r.RelativeStandardError) ? $"The stored relative standard error is out of bounds (it {Bounds.RelativeStandardError.Requirement}); edit the figure to correct it."
                    : null,
            };
        }).ToList();

    protected override Expression<Func<SalaryFigure, SalaryFigureForm>> ToForm => f => new SalaryFigureForm
    {
        RoleId = f.RoleId, Statistic = f.Statistic, PayComponent = f.PayComponent, Basis = f.Basis, Amount = f.Amount, Low = f.Low, High = f.High,
        TopCoded = f.IsTopCoded, NotPublished = f.IsNotPublished, RelativeStandardError = f.RelativeStandardError, Currency = f.Currency,
        GeographyId = f.GeographyId, Year = f.Year, Month = f.Month, SourceId = f.SourceId, CitedInId = f.CitedInId, Quote = f.Quote, Note = f.Note,
        Version = f.Version,
    };

    protected override async Task<SalaryFigureForm> BlankFormAsync(CancellationToken ct) => new() { GeographyId = await Lookups.UnitedStatesAsync(Db, ct) };

    public override async Task<AdminChoices> ChoicesAsync(CancellationToken ct)
    {
        var choices = await Lookups.FigureChoicesAsync(Db, ct);
        choices[nameof(SalaryFigureForm.Statistic)] = AdminChoices.Of<SalaryStatistic>(Display.Statistic);
        choices[nameof(SalaryFigureForm.PayComponent)] = AdminChoices.Of<PayComponent>(c => c == PayComponent.Unspecified ? "Not stated by the source" : Display.PayComponent(c));
        choices[nameof(SalaryFigureForm.Basis)] = AdminChoices.Of<PayBasis>(Display.Basis);
        choices[nameof(SalaryFigureForm.Month)] = Enumerable.Range(1, 12).Select(m => new AdminOption(m, CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[m - 1])).ToList();
        return choices;
    }

    private static SalaryFigure Candidate(SalaryFigureForm form) => new()
    {
        RoleId = form.RoleId ?? 0, Statistic = form.Statistic, PayComponent = form.PayComponent, Basis = form.Basis,
        Amount = form.Amount, Low = form.Low, High = form.High, IsTopCoded = form.TopCoded, IsNotPublished = form.NotPublished,
        RelativeStandardError = form.RelativeStandardError, Currency = AdminValidation.Clean(form.Currency)?.ToUpperInvariant() ?? "",
        GeographyId = form.GeographyId ?? 0, Year = form.Year ?? 0, Month = form.Month, SourceId = form.SourceId ?? 0, CitedInId = form.CitedInId,
        Quote = AdminValidation.Clean(form.Quote) ?? "", Note = AdminValidation.Clean(form.Note),
    };

    protected override async Task ValidateAsync(int? id, SalaryFigureForm form, List<RuleViolation> errors, CancellationToken ct)
    {
        errors.AddRange(FigureRules.Validate(Candidate(form).ToFacts(), Clock).Select(Lookups.ToFormField));
        if (AdminValidation.Clean(form.Currency) is null)
        {
            errors.RemoveAll(e => e.Field == nameof(form.Currency));
            errors.Add(new(nameof(form.Currency), "A currency is required, e.g. USD."));
        }
        AdminValidation.Defined(form.Statistic, nameof(form.Statistic), "Choose a statistic.", errors);
        AdminValidation.Defined(form.PayComponent, nameof(form.PayComponent), "Choose a pay component.", errors);
        AdminValidation.Defined(form.Basis, nameof(form.Basis), "Choose annual or hourly.", errors);
        await Lookups.FigureReferencesAsync(Db, form.RoleId, form.SourceId, form.CitedInId, form.GeographyId, errors, ct);
    }

    protected override SalaryFigure Create() => new() { Currency = "", Quote = "" };

    protected override void Apply(SalaryFigureForm form, SalaryFigure figure)
    {
        var c = Candidate(form);
        (figure.RoleId, figure.Statistic, figure.PayComponent, figure.Basis) = (c.RoleId, c.Statistic, c.PayComponent, c.Basis);
        (figure.Amount, figure.Low, figure.High, figure.IsTopCoded, figure.IsNotPublished) = (c.Amount, c.Low, c.High, c.IsTopCoded, c.IsNotPublished);
        (figure.RelativeStandardError, figure.Currency, figure.GeographyId, figure.Year, figure.Month) = (c.RelativeStandardError, c.Currency, c.GeographyId, c.Year, c.Month);
        (figure.SourceId, figure.CitedInId, figure.Quote, figure.Note) = (c.SourceId, c.CitedInId, c.Quote, c.Note);
    }
}
