using CareerExplorer.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

/// <summary>One option of a select of related records.</summary>
public sealed record AdminChoice(int Id, string Label);

/// <summary>The records an admin form can point at (the options of its selects).</summary>
public sealed class AdminChoiceService(CareerDbContext db)
{
    public async Task<IReadOnlyList<AdminChoice>> RolesAsync(CancellationToken ct = default) =>
        await db.Roles.AsNoTracking().OrderBy(r => r.Title).Select(r => new AdminChoice(r.Id, r.Title)).ToListAsync(ct);

    public async Task<IReadOnlyList<AdminChoice>> SkillsAsync(CancellationToken ct = default) =>
        await db.Skills.AsNoTracking().OrderBy(s => s.Name).Select(s => new AdminChoice(s.Id, s.Name)).ToListAsync(ct);

    public async Task<IReadOnlyList<AdminChoice>> SourcesAsync(CancellationToken ct = default) =>
        await db.Sources.AsNoTracking().OrderBy(s => s.Publisher).ThenBy(s => s.Title)
            .Select(s => new AdminChoice(s.Id, s.Publisher + ": " + s.Title)).ToListAsync(ct);
}
