namespace CareerExplorer.Web.Services.Admin.Sections;

/// <summary>The related records a form can point at, as select options; and the check that posted ids exist.</summary>
internal static class Lookups
{
    public static async Task<IReadOnlyList<AdminOption>> RolesAsync(CareerDbContext db, CancellationToken ct) =>
        (await db.Roles.AsNoTracking().OrderBy(r => r.Title).Select(r => new { r.Id, r.Title }).ToListAsync(ct)).Select(r => new AdminOption(r.Id, r.Title)).ToList();

    public static async Task<IReadOnlyList<AdminOption>> SkillsAsync(CareerDbContext db, CancellationToken ct) =>
        (await db.Skills.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => new AdminOption(s.Id, s.Name)).ToList();

    public static async Task<IReadOnlyList<AdminOption>> SourcesAsync(CareerDbContext db, CancellationToken ct) =>
        (await db.Sources.AsNoTracking().OrderBy(s => s.Publisher).ThenBy(s => s.Title).Select(s => new { s.Id, Label = s.Publisher + ": " + s.Title }).ToListAsync(ct))
        .Select(s => new AdminOption(s.Id, s.Label)).ToList();

    public static async Task<IReadOnlyList<AdminOption>> GeographiesAsync(CareerDbContext db, CancellationToken ct) =>
        (await db.Geographies.AsNoTracking().OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(ct)).Select(g => new AdminOption(g.Id, g.Name)).ToList();

    /// <summary>What a figure form chooses from: its role, source, citing article and geography.</summary>
    public static async Task<AdminChoices> FigureChoicesAsync(CareerDbContext db, CancellationToken ct)
    {
        var sources = await SourcesAsync(db, ct);
        return new AdminChoices
        {
            ["RoleId"] = await RolesAsync(db, ct), ["SourceId"] = sources, ["CitedInId"] = sources, ["GeographyId"] = await GeographiesAsync(db, ct),
        };
    }

    /// <summary>A blank figure form starts in the United States.</summary>
    public static Task<int?> UnitedStatesAsync(CareerDbContext db, CancellationToken ct) =>
        db.Geographies.AsNoTracking().Where(g => g.Code == "US").Select(g => (int?)g.Id).FirstOrDefaultAsync(ct);

    /// <summary>The ids posted for a figure's role, source, citing article and geography must exist (a hand-made post may send any number).</summary>
    public static async Task FigureReferencesAsync(CareerDbContext db, int? roleId, int? sourceId, int? citedInId, int? geographyId, List<RuleViolation> errors, CancellationToken ct)
    {
        await AdminValidation.Related(db.Roles, roleId, "RoleId", "Choose the role the figure is for.", "role", errors, ct);
        if (sourceId is > 0)
            await AdminValidation.Related(db.Sources, sourceId, "SourceId", null, "source", errors, ct);
        await AdminValidation.Related(db.Sources, citedInId, "CitedInId", null, "source", errors, ct);
        if (geographyId is > 0)
            await AdminValidation.Related(db.Geographies, geographyId, "GeographyId", null, "geography", errors, ct);
    }

    /// <summary>The rules of <see cref="FigureRules"/> name entity fields; the forms name some differently.</summary>
    public static RuleViolation ToFormField(RuleViolation v) => v.Field switch
    {
        "Source" => v with { Field = "SourceId" },
        "Geography" => v with { Field = "GeographyId" },
        "IsTopCoded" => v with { Field = "TopCoded" },
        "IsNotPublished" => v with { Field = "NotPublished" },
        _ => v,
    };
}
