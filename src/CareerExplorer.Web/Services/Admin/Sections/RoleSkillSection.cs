namespace CareerExplorer.Web.Services.Admin.Sections;

public sealed class RoleSkillForm : AdminForm
{
    [Display(Name = "Role", Prompt = "Choose…")] public int? RoleId { get; set; }
    [Display(Name = "Skill", Prompt = "Choose…")] public int? SkillId { get; set; }
    [Display(Name = "Source (who says the role needs it)", Prompt = "Choose…")] public int? SourceId { get; set; }
    [Display(Name = "Cited in (the article we read it in, if not the source itself)", Description = "Optional: leave at “Choose…” when we read it in the source itself.", Prompt = "Choose…")] public int? CitedInId { get; set; }
    [Display(Name = "Note", Description = "Optional: where the source says so, ideally its words.")] [DataType(DataType.MultilineText)] public string? Note { get; set; }
}

/// <summary>The statements "this role needs this skill, says this source".</summary>
public sealed class RoleSkillSection(CareerDbContext db, TimeProvider clock) : AdminSection<RoleSkill, RoleSkillForm>(db, clock)
{
    public override string Key => "RoleSkills";
    public override string Title => "Role skills";
    public override string Noun => "role skill";

    protected override Expression<Func<RoleSkill, bool>> ForRole(string slug) => rs => rs.Role.Slug == slug;

    protected override IOrderedQueryable<RoleSkill> Ordered(IQueryable<RoleSkill> records) =>
        records.OrderBy(rs => rs.Role.Title).ThenBy(rs => rs.Skill.Name).ThenBy(rs => rs.Source.Publisher);

    protected override async Task<IReadOnlyList<AdminListItem>> ItemsAsync(IQueryable<RoleSkill> records, CancellationToken ct) =>
        await records.Select(rs => new AdminListItem(rs.Id,
            rs.Role.Title + " needs " + rs.Skill.Name + " (" + rs.Source.Publisher + ")",
            rs.CitedIn == null ? null : "Cited in " + rs.CitedIn.Publisher + ": " + rs.CitedIn.Title, rs.Version)).ToListAsync(ct);

    protected override Expression<Func<RoleSkill, RoleSkillForm>> ToForm => rs => new RoleSkillForm
    {
        RoleId = rs.RoleId, SkillId = rs.SkillId, SourceId = rs.SourceId, CitedInId = rs.CitedInId, Note = rs.Note, Version = rs.Version,
    };

    public override async Task<AdminChoices> ChoicesAsync(CancellationToken ct)
    {
        var sources = await Lookups.SourcesAsync(Db, ct);
        return new AdminChoices
        {
            [nameof(RoleSkillForm.RoleId)] = await Lookups.RolesAsync(Db, ct), [nameof(RoleSkillForm.SkillId)] = await Lookups.SkillsAsync(Db, ct),
            [nameof(RoleSkillForm.SourceId)] = sources, [nameof(RoleSkillForm.CitedInId)] = sources,
        };
    }

    protected override async Task ValidateAsync(int? id, RoleSkillForm form, List<RuleViolation> errors, CancellationToken ct)
    {
        await Related(Db.Roles, form.RoleId, nameof(form.RoleId), "Choose the role.", "role", errors, ct);
        await Related(Db.Skills, form.SkillId, nameof(form.SkillId), "Choose the skill.", "skill", errors, ct);
        await Related(Db.Sources, form.SourceId, nameof(form.SourceId), "Choose the source that says so.", "source", errors, ct);
        await Related(Db.Sources, form.CitedInId, nameof(form.CitedInId), null, "source", errors, ct);
        AdminValidation.Text(form.Note, TextLimits.Note, nameof(form.Note), "The note", errors, multiLine: true);
        if (errors.Count == 0 && await Db.RoleSkills.AnyAsync(rs => rs.RoleId == form.RoleId && rs.SkillId == form.SkillId
                && rs.SourceId == form.SourceId && rs.CitedInId == form.CitedInId && rs.Id != (id ?? 0), ct))
            errors.Add(Duplicate);
    }

    // Also when someone saved the same statement between the check and this save.
    protected override RuleViolation Duplicate =>
        new(nameof(RoleSkillForm.SkillId), "This role already has this skill from this source (and cited-in article); edit that one instead.");

    protected override RoleSkill Create() => new();

    protected override void Apply(RoleSkillForm form, RoleSkill roleSkill)
    {
        roleSkill.RoleId = form.RoleId!.Value;
        roleSkill.SkillId = form.SkillId!.Value;
        roleSkill.SourceId = form.SourceId!.Value;
        roleSkill.CitedInId = form.CitedInId;
        roleSkill.Note = AdminValidation.Clean(form.Note);
    }
}
