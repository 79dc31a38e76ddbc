namespace CareerExplorer.Web.Services.Admin.Sections;

public sealed class OutlookFigureForm : AdminForm
{
    [Display(Name = "Role", Prompt = "Choose a role")] public int? RoleId { get; set; }
    [Display(Name = "Kind of figure")] public OutlookKind Kind { get; set; } = OutlookKind.EmploymentGrowth;
    [Display(Name = "Value", Description = "Digits only, e.g. 26 for 26%, 17700 jobs, or 5 for a rank of #5. Growth may be negative.")] public decimal? Value { get; set; }
    [Display(Name = "Not published: the source withheld this figure", Description = "As BLS marks with * or **: leave the value empty.")] public bool NotPublished { get; set; }
    [Display(Name = "Relative standard error (%, optional)", Description = "The survey's precision as a percentage of the estimate, e.g. 1.2 (BLS EMP_PRSE).")] public decimal? RelativeStandardError { get; set; }
    [Display(Name = "Unit")] public OutlookUnit Unit { get; set; } = OutlookUnit.Percent;
    [Display(Name = "Period starts (year, optional)")] public int? StartYear { get; set; }
    [Display(Name = "Period ends (year, optional)")] public int? EndYear { get; set; }
    [Display(Name = "Year the figure was published for")] public int? Year { get; set; }
    [Display(Name = "Geography", Prompt = "Choose a geography")] public int? GeographyId { get; set; }
    [Display(Name = "Source", Prompt = "Choose the source that published it")] public int? SourceId { get; set; }
    [Display(Name = "Cited in (optional)", Description = "The article it was read in, when that is not the publisher itself.", Prompt = "Not cited elsewhere")] public int? CitedInId { get; set; }
    [Display(Name = "Quote: the words of the source that state the figure")] [DataType(DataType.MultilineText)] public string? Quote { get; set; }
    [Display(Name = "Note")] [DataType(DataType.MultilineText)] public string? Note { get; set; }
}

/// <summary>Outlook figures (employment, growth, openings, rankings), with the rules of <see cref="FigureRules"/>.</summary>
public sealed class OutlookFigureSection(CareerDbContext db, TimeProvider clock) : AdminSection<OutlookFigure, OutlookFigureForm>(db, clock)
{
    public override string Key => "OutlookFigures";
    public override string Title => "Outlook figures";
    public override string Noun => "outlook figure";
    public override (string One, string Many) Counted => ("figure", "figures");
    public override string? Intro => "Every figure needs the source that published it and the year it is for.";
    public override int PageSize => 50;

    protected override Expression<Func<OutlookFigure, bool>> ForRole(string slug) => f => f.Role.Slug == slug;

    protected override IQueryable<OutlookFigure> OutOfBounds(IQueryable<OutlookFigure> figures) => Invalid(figures);

    /// <summary>Figures whose stored numbers are outside <see cref="Bounds"/> for their unit (stored before the bounds, or by hand).</summary>
    public static IQueryable<OutlookFigure> Invalid(IQueryable<OutlookFigure> figures)
    {
        NumberRange percent = Bounds.Percent, jobs = Bounds.Jobs, rank = Bounds.Rank, rse = Bounds.RelativeStandardError;
        return figures.Where(f =>
            f.Unit == OutlookUnit.Percent && (f.Value < percent.Min || f.Value > percent.Max)
            || f.Unit == OutlookUnit.Jobs && (f.Value < jobs.Min || f.Value > jobs.Max)
            || f.Unit == OutlookUnit.Rank && (f.Value < rank.Min || f.Value > rank.Max)
            || f.RelativeStandardError < rse.Min || f.RelativeStandardError > rse.Max);
    }

    protected override IOrderedQueryable<OutlookFigure> Ordered(IQueryable<OutlookFigure> records) =>
        records.OrderBy(f => f.Role.Title).ThenByDescending(f => f.Year);

    // "Data Scientist — Employment growth 36%, 2023–2033, 2024 (U.S. Bureau of Labor Statistics)"
    protected override async Task<IReadOnlyList<AdminListItem>> ItemsAsync(IQueryable<OutlookFigure> records, CancellationToken ct) =>
        (await records.Select(f => new
        {
            f.Id, Role = f.Role.Title, f.Kind, f.Value, f.Unit, f.StartYear, f.EndYear, f.Year, f.Source.Publisher,
            CitedIn = f.CitedIn == null ? null : f.CitedIn.Publisher, Geography = f.Geography.Name, f.Version, f.RelativeStandardError,
        }).ToListAsync(ct))
        .Select(r =>
        {
            var period = Display.Period(r.StartYear, r.EndYear);
            return new AdminListItem(r.Id,
                $"{r.Role} — {Display.OutlookKind(r.Kind)} {Display.OutlookValue(r.Value, r.Unit)}{(period.Length > 0 ? ", " + period : "")}, {r.Year} ({r.Publisher})",
                $"#{r.Id} · {r.Geography}{(r.CitedIn is { } cited ? " · cited in " + cited : "")}", r.Version)
            {
                Problem = !FigureRules.IsWithinBounds(r.Value, r.Unit) ? $"The stored value is out of bounds (in {r.Unit.ToString().ToLowerInvariant()} it {FigureRules.OutlookBounds(r.Unit).Requirement}); edit the figure to correct it."
                    : !Bounds.RelativeStandardError.Contains(r.RelativeStandardError) ? $"The stored relative standard error is out of bounds (it {Bounds.RelativeStandardError.Requirement}); edit the figure to correct it."
                    : null,
            };
        }).ToList();

    protected override Expression<Func<OutlookFigure, OutlookFigureForm>> ToForm => f => new OutlookFigureForm
    {
        RoleId = f.RoleId, Kind = f.Kind, Value = f.Value, NotPublished = f.IsNotPublished, RelativeStandardError = f.RelativeStandardError, Unit = f.Unit,
        StartYear = f.StartYear, EndYear = f.EndYear, Year = f.Year, GeographyId = f.GeographyId, SourceId = f.SourceId, CitedInId = f.CitedInId,
        Quote = f.Quote, Note = f.Note, Version = f.Version,
    };

    protected override async Task<OutlookFigureForm> BlankFormAsync(CancellationToken ct) => new() { GeographyId = await Lookups.UnitedStatesAsync(Db, ct) };

    public override async Task<AdminChoices> ChoicesAsync(CancellationToken ct)
    {
        var choices = await Lookups.FigureChoicesAsync(Db, ct);
        choices[nameof(OutlookFigureForm.Kind)] = AdminChoices.Of<OutlookKind>(Display.OutlookKind);
        choices[nameof(OutlookFigureForm.Unit)] = AdminChoices.Of<OutlookUnit>(u => u.ToString());
        return choices;
    }

    private static OutlookFigure Candidate(OutlookFigureForm form) => new()
    {
        RoleId = form.RoleId ?? 0, Kind = form.Kind, Value = form.Value, IsNotPublished = form.NotPublished, RelativeStandardError = form.RelativeStandardError,
        Unit = form.Unit, StartYear = form.StartYear, EndYear = form.EndYear, Year = form.Year ?? 0, GeographyId = form.GeographyId ?? 0,
        SourceId = form.SourceId ?? 0, CitedInId = form.CitedInId, Quote = AdminValidation.Clean(form.Quote) ?? "", Note = AdminValidation.Clean(form.Note),
    };

    protected override async Task ValidateAsync(int? id, OutlookFigureForm form, List<RuleViolation> errors, CancellationToken ct)
    {
        errors.AddRange(FigureRules.Validate(Candidate(form).ToFacts(), Clock).Select(Lookups.ToFormField));
        AdminValidation.Defined(form.Kind, nameof(form.Kind), "Choose a kind of figure.", errors);
        AdminValidation.Defined(form.Unit, nameof(form.Unit), "Choose a unit.", errors);
        await Lookups.FigureReferencesAsync(Db, form.RoleId, form.SourceId, form.CitedInId, form.GeographyId, errors, ct);
    }

    protected override OutlookFigure Create() => new() { Quote = "" };

    protected override void Apply(OutlookFigureForm form, OutlookFigure figure)
    {
        var c = Candidate(form);
        (figure.RoleId, figure.Kind, figure.Value, figure.IsNotPublished, figure.RelativeStandardError) = (c.RoleId, c.Kind, c.Value, c.IsNotPublished, c.RelativeStandardError);
        (figure.Unit, figure.StartYear, figure.EndYear, figure.Year, figure.GeographyId) = (c.Unit, c.StartYear, c.EndYear, c.Year, c.GeographyId);
        (figure.SourceId, figure.CitedInId, figure.Quote, figure.Note) = (c.SourceId, c.CitedInId, c.Quote, c.Note);
    }
}
