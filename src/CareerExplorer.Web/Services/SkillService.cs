namespace CareerExplorer.Web.Services;

public sealed record SkillListItem(string Slug, string Name, SkillKind Kind, string? Group, int RoleCount);

public sealed record SkillRoleRow(string Slug, string Title, string Category, IReadOnlyList<Provenance> Provenances);

public sealed record SkillDetails(string Slug, string Name, SkillKind Kind, string? Group, IReadOnlyList<SkillRoleRow> Roles)
{
    public string KindText => Display.SkillKind(Kind);
}

public sealed class SkillService(CareerDbContext db)
{
    public async Task<IReadOnlyList<SkillListItem>> ListAsync(CancellationToken ct = default) =>
        await db.Skills.AsNoTracking()
            .OrderBy(s => s.Kind).ThenBy(s => s.Name)
            .Select(s => new SkillListItem(s.Slug, s.Name, s.Kind, s.Group, s.Roles.Select(r => r.RoleId).Distinct().Count()))
            .ToListAsync(ct);

    public async Task<SkillDetails?> GetAsync(string slug, CancellationToken ct = default)
    {
        var skill = await db.Skills.AsNoTracking().Where(s => s.Slug == slug)
            .Select(s => new { s.Id, s.Slug, s.Name, s.Kind, s.Group }).SingleOrDefaultAsync(ct);
        if (skill is null)
            return null;

        var links = await db.RoleSkills.AsNoTracking().Where(rs => rs.SkillId == skill.Id)
            .Select(rs => new { rs.Role.Slug, rs.Role.Title, rs.Role.Category, rs.Source, rs.CitedIn })
            .ToListAsync(ct);
        var roles = links.GroupBy(l => (l.Slug, l.Title, l.Category))
            .Select(g => new SkillRoleRow(g.Key.Slug, g.Key.Title, g.Key.Category, g.Select(l => Provenance.From(l.Source, l.CitedIn)).Distinct().ToList()))
            .OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new SkillDetails(skill.Slug, skill.Name, skill.Kind, skill.Group, roles);
    }
}
