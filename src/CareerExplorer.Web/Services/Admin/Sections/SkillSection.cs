namespace CareerExplorer.Web.Services.Admin.Sections;

public sealed class SkillForm : AdminForm
{
    [Display(Name = "Slug", Description = "Used in the address: /Skills/slug. Lower-case letters, digits, hyphens.")] public string? Slug { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Kind of skill")] public SkillKind Kind { get; set; } = SkillKind.Technical;
    [Display(Name = "Group (the heading a source files it under)")] public string? Group { get; set; }
}

/// <summary>Skills, technologies and knowledge areas roles need.</summary>
public sealed class SkillSection(CareerDbContext db, TimeProvider clock) : AdminSection<Skill, SkillForm>(db, clock)
{
    public override string Key => "Skills";
    public override string Title => "Skills";
    public override string Noun => "skill";
    public override string Describe(AdminForm form) => $"the skill “{((SkillForm)form).Name?.Trim()}”";

    protected override IOrderedQueryable<Skill> Ordered(IQueryable<Skill> records) => records.OrderBy(s => s.Name);

    protected override async Task<IReadOnlyList<AdminListItem>> ItemsAsync(IQueryable<Skill> records, CancellationToken ct) =>
        (await records.Select(s => new { s.Id, s.Name, s.Slug, s.Kind, s.Group, s.Version }).ToListAsync(ct))
        .Select(s => new AdminListItem(s.Id, s.Name, string.Join(" · ", new[] { s.Slug, Display.SkillKind(s.Kind), s.Group }.OfType<string>()), s.Version))
        .ToList();

    protected override Expression<Func<Skill, SkillForm>> ToForm => s => new SkillForm { Slug = s.Slug, Name = s.Name, Kind = s.Kind, Group = s.Group, Version = s.Version };

    public override Task<AdminChoices> ChoicesAsync(CancellationToken ct) =>
        Task.FromResult(new AdminChoices { [nameof(SkillForm.Kind)] = AdminChoices.Of<SkillKind>(Display.SkillKind) });

    protected override async Task ValidateAsync(int? id, SkillForm form, List<RuleViolation> errors, CancellationToken ct)
    {
        AdminValidation.Slug(form.Slug, nameof(form.Slug), errors);
        AdminValidation.Text(form.Name, TextLimits.SkillName, nameof(form.Name), "The name", errors, required: true);
        AdminValidation.Text(form.Group, TextLimits.SkillGroup, nameof(form.Group), "The group", errors);
        AdminValidation.Defined(form.Kind, nameof(form.Kind), "Choose a kind of skill.", errors);
        if (form.Slug is { } slug && await Db.Skills.AnyAsync(s => s.Slug == slug && s.Id != (id ?? 0), ct))
            errors.Add(new(nameof(form.Slug), $"Another skill already uses the slug '{slug}'."));
    }

    protected override Skill Create() => new() { Slug = "", Name = "" };

    protected override void Apply(SkillForm form, Skill skill)
    {
        skill.Slug = form.Slug!.Trim();
        skill.Name = form.Name!.Trim();
        skill.Kind = form.Kind;
        skill.Group = AdminValidation.Clean(form.Group);
    }

    protected override async Task<IReadOnlyList<string>> UsedByAsync(int id, CancellationToken ct) =>
        await Db.RoleSkills.AsNoTracking().Where(rs => rs.SkillId == id).OrderBy(rs => rs.Id)
            .Select(rs => "Role skill #" + rs.Id + ": " + rs.Role.Title + " needs " + rs.Skill.Name + " (" + rs.Source.Publisher + ")")
            .ToListAsync(ct);
}
