namespace CareerExplorer.Web.Services.Admin.Sections;

public sealed class SourceForm : AdminForm
{
    [Display(Name = "Slug", Description = "Used in the address: /Sources/slug. Lower-case letters, digits, hyphens.")] public string? Slug { get; set; }
    [Display(Name = "Publisher")] public string? Publisher { get; set; }
    [Display(Name = "Title")] public string? Title { get; set; }
    [Display(Name = "Kind of source")] public SourceKind Kind { get; set; } = SourceKind.Article;
    [Display(Name = "Web address (URL)", Description = "Starting with https:// or http://.")] public string? Url { get; set; }
    [Display(Name = "Release or reference period", Description = "As the source names it, e.g. “May 2023 OEWS”.")] public string? ReleasePeriod { get; set; }
    [Display(Name = "Year")] public int? Year { get; set; }
    [Display(Name = "Published on (YYYY, YYYY-MM or YYYY-MM-DD)")] public string? PublishedOn { get; set; }
    [Display(Name = "Note")] [DataType(DataType.MultilineText)] public string? Note { get; set; }
}

/// <summary>Sources: who published a figure or statement.</summary>
public sealed class SourceSection(CareerDbContext db, TimeProvider clock) : AdminSection<Source, SourceForm>(db, clock)
{
    public override string Key => "Sources";
    public override string Title => "Sources";
    public override string Noun => "source";
    public override string Describe(AdminForm form) => $"the source “{((SourceForm)form).Publisher?.Trim()}: {((SourceForm)form).Title?.Trim()}”";

    protected override IOrderedQueryable<Source> Ordered(IQueryable<Source> records) => records.OrderBy(s => s.Publisher).ThenBy(s => s.Title);

    protected override async Task<IReadOnlyList<AdminListItem>> ItemsAsync(IQueryable<Source> records, CancellationToken ct) =>
        // An official dataset's release is set by its importer, never in this form: the list says which it is.
        await records.Select(s => new AdminListItem(s.Id, s.Publisher + ": " + s.Title,
            s.Dataset == null ? s.Slug : s.Slug + " · official dataset " + s.Dataset + ", release " + s.Release, s.Version)).ToListAsync(ct);

    protected override Expression<Func<Source, SourceForm>> ToForm => s => new SourceForm
    {
        Slug = s.Slug, Publisher = s.Publisher, Title = s.Title, Url = s.Url, Kind = s.Kind, ReleasePeriod = s.ReleasePeriod,
        Year = s.Year, PublishedOn = s.PublishedOn, Note = s.Note, Version = s.Version,
    };

    public override Task<AdminChoices> ChoicesAsync(CancellationToken ct) =>
        Task.FromResult(new AdminChoices { [nameof(SourceForm.Kind)] = AdminChoices.Of<SourceKind>(Display.SourceKind) });

    protected override async Task ValidateAsync(int? id, SourceForm form, List<RuleViolation> errors, CancellationToken ct)
    {
        AdminValidation.Slug(form.Slug, nameof(form.Slug), errors);
        AdminValidation.Text(form.Publisher, TextLimits.Publisher, nameof(form.Publisher), "The publisher", errors, required: true);
        AdminValidation.Text(form.Title, TextLimits.SourceTitle, nameof(form.Title), "The title", errors, required: true);
        AdminValidation.Text(form.Url, TextLimits.Url, nameof(form.Url), "The web address", errors);
        AdminValidation.Url(form.Url, nameof(form.Url), errors);
        AdminValidation.Text(form.ReleasePeriod, TextLimits.ReleasePeriod, nameof(form.ReleasePeriod), "The release period", errors);
        AdminValidation.Text(form.Note, TextLimits.SourceNote, nameof(form.Note), "The note", errors, multiLine: true);
        AdminValidation.Year(form.Year, nameof(form.Year), Clock, errors);
        AdminValidation.Defined(form.Kind, nameof(form.Kind), "Choose a kind of source.", errors);
        if (AdminValidation.Clean(form.PublishedOn) is { } date && !Formats.PartialDate().IsMatch(date))
            errors.Add(new(nameof(form.PublishedOn), "Use YYYY, YYYY-MM or YYYY-MM-DD."));
        if (form.Slug is { } slug && await Db.Sources.AnyAsync(s => s.Slug == slug && s.Id != (id ?? 0), ct))
            errors.Add(new(nameof(form.Slug), $"Another source already uses the slug '{slug}'."));
    }

    protected override Source Create() => new() { Slug = "", Publisher = "", Title = "" };

    protected override void Apply(SourceForm form, Source source)
    {
        source.Slug = form.Slug!.Trim();
        source.Publisher = form.Publisher!.Trim();
        source.Title = form.Title!.Trim();
        source.Url = AdminValidation.Clean(form.Url);
        source.Kind = form.Kind;
        source.ReleasePeriod = AdminValidation.Clean(form.ReleasePeriod);
        source.Year = form.Year;
        source.PublishedOn = AdminValidation.Clean(form.PublishedOn);
        source.Note = AdminValidation.Clean(form.Note);
    }

    /// <summary>Every figure and statement that cites the source.</summary>
    protected override async Task<IReadOnlyList<string>> UsedByAsync(int id, CancellationToken ct)
    {
        var used = new List<string>();
        used.AddRange(await Db.SalaryFigures.Where(f => f.SourceId == id || f.CitedInId == id)
            .Select(f => "Salary figure #" + f.Id + ": " + f.Role.Title + ", " + f.Statistic + " " + f.Year).ToListAsync(ct));
        used.AddRange(await Db.OutlookFigures.Where(f => f.SourceId == id || f.CitedInId == id)
            .Select(f => "Outlook figure #" + f.Id + ": " + f.Role.Title + ", " + f.Kind + " " + f.Year).ToListAsync(ct));
        used.AddRange(await Db.RoleSkills.Where(f => f.SourceId == id || f.CitedInId == id)
            .Select(f => "Role skill #" + f.Id + ": " + f.Role.Title + " needs " + f.Skill.Name).ToListAsync(ct));
        used.AddRange(await Db.CareerSteps.Where(f => f.SourceId == id || f.CitedInId == id)
            .Select(f => "Career step #" + f.Id + ": " + f.FromRole.Title + " to " + f.ToRole.Title).ToListAsync(ct));
        used.AddRange(await Db.RoleTasks.Where(f => f.SourceId == id || f.CitedInId == id).Select(f => "Task of " + f.Role.Title + " #" + f.Id).ToListAsync(ct));
        used.AddRange(await Db.OccupationCodes.Where(f => f.SourceId == id || f.CitedInId == id).Select(f => "Occupation code " + f.Code + " of " + f.Role.Title).ToListAsync(ct));
        used.AddRange(await Db.EducationSteps.Where(f => f.SourceId == id || f.CitedInId == id).Select(f => "Education step #" + f.Id + " of " + f.Role.Title).ToListAsync(ct));
        used.AddRange(await Db.CpiValues.Where(f => f.SourceId == id).Select(f => "CPI value for " + f.Year).ToListAsync(ct));
        used.AddRange(await Db.EmploymentProjections.Where(p => p.SourceId == id).Select(p => "Employment projection of " + p.Code + " " + p.Title).ToListAsync(ct));
        used.AddRange(await Db.Roles.Where(r => r.Documents.Any(d => d.Id == id)).Select(r => "Role " + r.Title + " (named in this document)").ToListAsync(ct));
        return used;
    }
}
