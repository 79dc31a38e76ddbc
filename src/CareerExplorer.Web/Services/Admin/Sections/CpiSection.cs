namespace CareerExplorer.Web.Services.Admin.Sections;

public sealed class CpiForm : AdminForm
{
    [Display(Name = "Year")] public int? Year { get; set; }
    [Display(Name = "Index value (annual average, 1982-84 = 100)", Description = "As published, e.g. 313.689.")] public decimal? Value { get; set; }
    [Display(Name = "Months it rests on", Description = "Leave empty for an annual average of all twelve months. For a mean of some months only, their numbers, e.g. 1-9, 11-12.")]
    [StringLength(40)] public string? Months { get; set; }
    [Display(Name = "Source", Prompt = "Choose the source that published it")] public int? SourceId { get; set; }
    [Display(Name = "Note")] [DataType(DataType.MultilineText)] public string? Note { get; set; }
}

/// <summary>The CPI table that puts figures of different years in one year's dollars. /Compare reads it on every request, so a change shows at once.</summary>
public sealed class CpiSection(CareerDbContext db, TimeProvider clock) : AdminSection<CpiValue, CpiForm>(db, clock)
{
    public override string Key => "Cpi";
    public override string Title => "CPI table";
    public override string NavLabel => "CPI";
    public override string Noun => "CPI year";
    public override string Describe(AdminForm form) => $"the CPI value for {((CpiForm)form).Year}";

    /// <summary>"annual average (12 months)" or "mean of 11 months: January–September, November–December".</summary>
    public static string RestsOn(int months) => CpiMonths.IsFull(months)
        ? "annual average (12 months)"
        : $"mean of {CpiMonths.Count(months)} month{(CpiMonths.Count(months) == 1 ? "" : "s")}: {CpiMonths.Names(months)}";

    protected override IOrderedQueryable<CpiValue> Ordered(IQueryable<CpiValue> records) => records.OrderByDescending(c => c.Year);

    protected override IQueryable<CpiValue> OutOfBounds(IQueryable<CpiValue> records)
    {
        var (min, max) = (Bounds.CpiValue.Min, Bounds.CpiValue.Max);
        return records.Where(c => c.Value <= min || c.Value > max);
    }

    protected override async Task<IReadOnlyList<AdminListItem>> ItemsAsync(IQueryable<CpiValue> records, CancellationToken ct) =>
        (await records.Select(c => new { c.Id, c.Year, c.Value, c.Months, c.Source.Publisher, c.Source.Slug, c.Version }).ToListAsync(ct))
        .Select(c => new AdminListItem(c.Id, $"{c.Year} — {c.Value.ToString(CultureInfo.InvariantCulture)} ({c.Publisher}), {RestsOn(c.Months)}", c.Slug, c.Version)
        {
            Problem = Bounds.CpiValue.Contains(c.Value) ? null : $"The stored index value is out of bounds (it {Bounds.CpiValue.Requirement}); /Compare leaves {c.Year} out until it is corrected.",
        }).ToList();

    protected override Expression<Func<CpiValue, CpiForm>> ToForm => c => new CpiForm { Year = c.Year, Value = c.Value, Months = c.Months == CpiMonths.All ? null : CpiMonths.Numbers(c.Months), SourceId = c.SourceId, Note = c.Note, Version = c.Version };

    public override async Task<AdminChoices> ChoicesAsync(CancellationToken ct) => new() { [nameof(CpiForm.SourceId)] = await Lookups.SourcesAsync(Db, ct) };

    protected override async Task ValidateAsync(int? id, CpiForm form, List<RuleViolation> errors, CancellationToken ct)
    {
        AdminValidation.Year(form.Year, nameof(form.Year), Clock, errors, required: true);
        if (form.Value is null)
            errors.Add(new(nameof(form.Value), "An index value is required."));
        else
            FigureRules.Bounded(form.Value, Bounds.CpiValue, nameof(form.Value), "The index value", errors);
        if (!string.IsNullOrWhiteSpace(form.Months) && CpiMonths.ParseNumbers(form.Months) is null)
            errors.Add(new(nameof(form.Months), "The months are numbers 1 to 12, each once, with runs like 1-9: e.g. 1-9, 11-12. Leave it empty for all twelve."));
        await Related(Db.Sources, form.SourceId is > 0 ? form.SourceId : null, nameof(form.SourceId), "A CPI value needs a source.", "source", errors, ct);
        AdminValidation.Text(form.Note, TextLimits.Note, nameof(form.Note), "The note", errors, multiLine: true);
        if (form.Year is { } year && await Db.CpiValues.AnyAsync(c => c.Year == year && c.Id != (id ?? 0), ct))
            errors.Add(new(nameof(form.Year), $"The table already has a value for {year}; edit that one instead."));
    }

    protected override CpiValue Create() => new();

    protected override void Apply(CpiForm form, CpiValue cpi)
    {
        cpi.Year = form.Year!.Value;
        cpi.Value = form.Value!.Value;
        cpi.Months = string.IsNullOrWhiteSpace(form.Months) ? CpiMonths.All : CpiMonths.ParseNumbers(form.Months)!.Value;
        cpi.SourceId = form.SourceId!.Value;
        cpi.Note = AdminValidation.Clean(form.Note);
    }
}
