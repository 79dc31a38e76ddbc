namespace CareerExplorer.Web.Services.Admin.Sections;

public sealed class CareerStepForm : AdminForm
{
    [Display(Name = "From role", Prompt = "Choose…")] public int? FromRoleId { get; set; }
    [Display(Name = "To role", Prompt = "Choose…")] public int? ToRoleId { get; set; }
    [Display(Name = "Kind of step", Description = "“Way in”: the first role leads into the second. “Promotion”: the second is the senior step of the first.")]
    public CareerStepKind Kind { get; set; } = CareerStepKind.Entry;
    [Display(Name = "Source (who names the step)", Prompt = "Choose…")] public int? SourceId { get; set; }
    [Display(Name = "Cited in (the article we read it in, if not the source itself)", Description = "Optional: leave at “Choose…” when we read it in the source itself.", Prompt = "Choose…")] public int? CitedInId { get; set; }
    [Display(Name = "Note", Description = "Optional: where the source says so, ideally its words.")] [DataType(DataType.MultilineText)] public string? Note { get; set; }
}

/// <summary>Career steps: moves between roles, as a source names them.</summary>
public sealed class CareerStepSection(CareerDbContext db, TimeProvider clock) : AdminSection<CareerStep, CareerStepForm>(db, clock)
{
    public override string Key => "CareerSteps";
    public override string Title => "Career steps";
    public override string Noun => "career step";

    protected override Expression<Func<CareerStep, bool>> ForRole(string slug) => s => s.FromRole.Slug == slug || s.ToRole.Slug == slug;

    protected override IOrderedQueryable<CareerStep> Ordered(IQueryable<CareerStep> records) => records.OrderBy(s => s.FromRole.Title).ThenBy(s => s.ToRole.Title);

    protected override async Task<IReadOnlyList<AdminListItem>> ItemsAsync(IQueryable<CareerStep> records, CancellationToken ct) =>
        (await records.Select(s => new
        {
            s.Id, From = s.FromRole.Title, To = s.ToRole.Title, s.Kind, s.Source.Publisher, CitedIn = s.CitedIn == null ? null : s.CitedIn.Publisher, s.Version,
        }).ToListAsync(ct))
        .Select(s => new AdminListItem(s.Id, $"{s.From} → {s.To}",
            $"{Display.CareerStepKind(s.Kind)} · {s.Publisher}{(s.CitedIn is { } c ? $", cited in {c}" : "")}", s.Version)).ToList();

    protected override Expression<Func<CareerStep, CareerStepForm>> ToForm => s => new CareerStepForm
    {
        FromRoleId = s.FromRoleId, ToRoleId = s.ToRoleId, Kind = s.Kind, SourceId = s.SourceId, CitedInId = s.CitedInId, Note = s.Note, Version = s.Version,
    };

    public override async Task<AdminChoices> ChoicesAsync(CancellationToken ct)
    {
        var (roles, sources) = (await Lookups.RolesAsync(Db, ct), await Lookups.SourcesAsync(Db, ct));
        return new AdminChoices
        {
            [nameof(CareerStepForm.FromRoleId)] = roles, [nameof(CareerStepForm.ToRoleId)] = roles,
            [nameof(CareerStepForm.Kind)] = AdminChoices.Of<CareerStepKind>(Display.CareerStepKind),
            [nameof(CareerStepForm.SourceId)] = sources, [nameof(CareerStepForm.CitedInId)] = sources,
        };
    }

    protected override async Task ValidateAsync(int? id, CareerStepForm form, List<RuleViolation> errors, CancellationToken ct)
    {
        await Related(Db.Roles, form.FromRoleId, nameof(form.FromRoleId), "Choose the role the step starts from.", "role", errors, ct);
        await Related(Db.Roles, form.ToRoleId, nameof(form.ToRoleId), "Choose the role the step leads to.", "role", errors, ct);
        if (form.FromRoleId is { } from && from == form.ToRoleId)
            errors.Add(new(nameof(form.ToRoleId), "A step must lead to a different role from the one it starts from."));
        AdminValidation.Defined(form.Kind, nameof(form.Kind), "Choose a kind of step.", errors);
        await Related(Db.Sources, form.SourceId, nameof(form.SourceId), "Choose the source that names the step.", "source", errors, ct);
        await Related(Db.Sources, form.CitedInId, nameof(form.CitedInId), null, "source", errors, ct);
        AdminValidation.Text(form.Note, TextLimits.Note, nameof(form.Note), "The note", errors, multiLine: true);
    }

    protected override CareerStep Create() => new();

    protected override void Apply(CareerStepForm form, CareerStep step)
    {
        step.FromRoleId = form.FromRoleId!.Value;
        step.ToRoleId = form.ToRoleId!.Value;
        step.Kind = form.Kind;
        step.SourceId = form.SourceId!.Value;
        step.CitedInId = form.CitedInId;
        step.Note = AdminValidation.Clean(form.Note);
    }
}
