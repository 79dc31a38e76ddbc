namespace CareerExplorer.Web.Services.Admin.Sections;

public sealed class RoleForm : AdminForm
{
    [Display(Name = "Slug", Description = "Used in the address: /Roles/slug. Lower-case letters, digits, hyphens.")] public string? Slug { get; set; }
    [Display(Name = "Title")] public string? Title { get; set; }
    [Display(Name = "Category", Description = "Roles with the same category are grouped together, e.g. “Machine learning & AI”.")] public string? Category { get; set; }
    [Display(Name = "Summary", Description = "One or two sentences, shown in lists and at the top of the role's page.")]
    [DataType(DataType.MultilineText)] public string? Summary { get; set; }
    [Display(Name = "Description")] [DataType(DataType.MultilineText)] public string? Description { get; set; }
    [Display(Name = "Typical education")] public string? TypicalEducation { get; set; }
    [Display(Name = "Also called (aliases)", Description = "Other names search should find the role by: one per line, or separated by commas. Repeats are dropped.")]
    [DataType(DataType.MultilineText)] public string? Aliases { get; set; }
}

/// <summary>Roles (careers) and their aliases.</summary>
public sealed class RoleSection(CareerDbContext db, TimeProvider clock) : AdminSection<Role, RoleForm>(db, clock)
{
    public override string Key => "Roles";
    public override string Title => "Roles";
    public override string Noun => "role";
    public override string Describe(AdminForm form) => $"the role “{((RoleForm)form).Title?.Trim()}”";

    protected override IOrderedQueryable<Role> Ordered(IQueryable<Role> records) => records.OrderBy(r => r.Title);

    protected override async Task<IReadOnlyList<AdminListItem>> ItemsAsync(IQueryable<Role> records, CancellationToken ct) =>
        await records.Select(r => new AdminListItem(r.Id, r.Title, r.Slug + " · " + r.Category, r.Version)).ToListAsync(ct);

    protected override Expression<Func<Role, RoleForm>> ToForm => r => new RoleForm
    {
        Slug = r.Slug, Title = r.Title, Category = r.Category, Summary = r.Summary, Description = r.Description,
        TypicalEducation = r.TypicalEducation, Version = r.Version,
    };

    protected override async Task<RoleForm?> LoadFormAsync(int id, CancellationToken ct)
    {
        if (await base.LoadFormAsync(id, ct) is not { } form)
            return null;
        form.Aliases = string.Join("\n", await Db.RoleAliases.AsNoTracking().Where(a => a.RoleId == id).OrderBy(a => a.Id).Select(a => a.Name).ToListAsync(ct));
        return form;
    }

    /// <summary>The aliases typed in one box: commas or new lines between them, blanks and repeats (any case) dropped.</summary>
    public static IReadOnlyList<string> ParseAliases(string? text) =>
        (text ?? "").Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(a => a.Length > 0)
            .DistinctBy(a => a.ToUpperInvariant())
            .ToList();

    protected override async Task ValidateAsync(int? id, RoleForm form, List<RuleViolation> errors, CancellationToken ct)
    {
        AdminValidation.Slug(form.Slug, nameof(form.Slug), errors);
        AdminValidation.Text(form.Title, TextLimits.RoleTitle, nameof(form.Title), "The title", errors, required: true);
        AdminValidation.Text(form.Category, TextLimits.Category, nameof(form.Category), "The category", errors, required: true);
        AdminValidation.Text(form.Summary, TextLimits.Summary, nameof(form.Summary), "The summary", errors, required: true, multiLine: true);
        AdminValidation.Text(form.Description, TextLimits.Description, nameof(form.Description), "The description", errors, multiLine: true);
        AdminValidation.Text(form.TypicalEducation, TextLimits.TypicalEducation, nameof(form.TypicalEducation), "The typical education", errors);
        var aliases = ParseAliases(form.Aliases);
        if (aliases.FirstOrDefault(a => a.Length > TextLimits.AliasName) is { } tooLong)
            errors.Add(new(nameof(form.Aliases), $"Each alias must be at most {TextLimits.AliasName} characters (“{tooLong[..40]}…” is longer)."));
        else if (aliases.Select(a => TextRules.CharacterProblem(a)).FirstOrDefault(p => p is not null) is { } aliasProblem)
            errors.Add(new(nameof(form.Aliases), $"An alias {aliasProblem}"));
        if (form.Slug is { } slug && await Db.Roles.AnyAsync(r => r.Slug == slug && r.Id != (id ?? 0), ct))
            errors.Add(new(nameof(form.Slug), $"Another role already uses the slug '{slug}'."));
    }

    protected override Role Create() => new() { Slug = "", Title = "", Category = "", Summary = "" };

    protected override IQueryable<Role> Loaded(IQueryable<Role> records) =>
        records.Include(r => r.Aliases).Include(r => r.Tasks).Include(r => r.OccupationCodes).Include(r => r.EducationSteps).AsSplitQuery();

    protected override void Apply(RoleForm form, Role role)
    {
        role.Slug = form.Slug!.Trim();
        role.Title = form.Title!.Trim();
        role.Category = form.Category!.Trim();
        role.Summary = form.Summary!.Trim();
        role.Description = AdminValidation.Clean(form.Description);
        role.TypicalEducation = AdminValidation.Clean(form.TypicalEducation);
        var aliases = ParseAliases(form.Aliases);
        var removed = role.Aliases.Where(a => !aliases.Contains(a.Name, StringComparer.Ordinal)).ToList();
        var added = aliases.Where(a => role.Aliases.All(x => x.Name != a)).ToList();
        foreach (var alias in removed)
            Db.RoleAliases.Remove(alias);
        foreach (var name in added)
            role.Aliases.Add(new RoleAlias { Name = name });
        // Aliases are part of the role: changing only them still needs the version check, and
        // moves the version on so a form opened before this save cannot silently undo it.
        if (role.Id != 0 && (removed.Count > 0 || added.Count > 0))
            Db.Entry(role).Property(r => r.Version).IsModified = true;
    }

    protected override async Task<IReadOnlyList<string>> UsedByAsync(int id, CancellationToken ct)
    {
        var used = new List<string>();
        var salary = await Db.SalaryFigures.AsNoTracking().Where(f => f.RoleId == id).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.Statistic, f.Year, f.Source.Publisher }).ToListAsync(ct);
        used.AddRange(salary.Select(f => $"Salary figure #{f.Id}: {Display.Statistic(f.Statistic)} {f.Year} ({f.Publisher})"));
        var outlook = await Db.OutlookFigures.AsNoTracking().Where(f => f.RoleId == id).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.Kind, f.Year, f.Source.Publisher }).ToListAsync(ct);
        used.AddRange(outlook.Select(f => $"Outlook figure #{f.Id}: {Display.OutlookKind(f.Kind)} {f.Year} ({f.Publisher})"));
        var steps = await Db.CareerSteps.AsNoTracking().Where(s => s.FromRoleId == id || s.ToRoleId == id).OrderBy(s => s.Id)
            .Select(s => new { s.Id, From = s.FromRole.Title, To = s.ToRole.Title, s.Kind, s.Source.Publisher }).ToListAsync(ct);
        used.AddRange(steps.Select(s => $"Career step #{s.Id}: {s.From} → {s.To}, {Display.CareerStepKind(s.Kind)} ({s.Publisher})"));
        used.AddRange(await Db.RoleSkills.AsNoTracking().Where(rs => rs.RoleId == id).OrderBy(rs => rs.Id)
            .Select(rs => "Role skill #" + rs.Id + ": needs " + rs.Skill.Name + " (" + rs.Source.Publisher + ")").ToListAsync(ct));
        return used;
    }

    protected override async Task<IReadOnlyList<string>> AlsoDeletesAsync(int id, CancellationToken ct) => new[]
    {
        Count(await Db.RoleAliases.CountAsync(a => a.RoleId == id, ct), "alias", "aliases"),
        Count(await Db.RoleTasks.CountAsync(t => t.RoleId == id, ct), "task", "tasks"),
        Count(await Db.OccupationCodes.CountAsync(c => c.RoleId == id, ct), "occupation code", "occupation codes"),
        Count(await Db.EducationSteps.CountAsync(e => e.RoleId == id, ct), "education step", "education steps"),
    }.OfType<string>().ToList();
}
