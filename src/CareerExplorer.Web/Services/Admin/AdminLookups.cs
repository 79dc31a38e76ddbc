using CareerExplorer.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

/// <summary>One choice in an admin select: the id posted, the text shown.</summary>
public sealed record AdminOption(int Id, string Label);

/// <summary>The choices a figure form offers: roles by title, sources, geographies.</summary>
public sealed record FigureOptions(IReadOnlyList<AdminOption> Roles, IReadOnlyList<AdminOption> Sources, IReadOnlyList<AdminOption> Geographies);

/// <summary>A page of an admin list of figures, optionally for one role.</summary>
public sealed record AdminFigurePage(
    IReadOnlyList<AdminListItem> Items, int Page, int PageCount, int Total, string? RoleSlug, IReadOnlyList<(string Slug, string Title)> Roles,
    bool InvalidOnly = false)
{
    public const int PageSize = 50;
}

/// <summary>Look-ups shared by the figure services: the select options, and checks that posted ids exist.</summary>
internal static class AdminLookups
{
    public static async Task<FigureOptions> FigureOptionsAsync(CareerDbContext db, CancellationToken ct) => new(
        await db.Roles.AsNoTracking().OrderBy(r => r.Title).Select(r => new AdminOption(r.Id, r.Title)).ToListAsync(ct),
        await SourcesAsync(db, ct),
        await db.Geographies.AsNoTracking().OrderBy(g => g.Name).Select(g => new AdminOption(g.Id, g.Name)).ToListAsync(ct));

    public static async Task<IReadOnlyList<AdminOption>> SourcesAsync(CareerDbContext db, CancellationToken ct) =>
        await db.Sources.AsNoTracking().OrderBy(s => s.Publisher).ThenBy(s => s.Title)
            .Select(s => new AdminOption(s.Id, s.Publisher + ": " + s.Title)).ToListAsync(ct);

    public static async Task<IReadOnlyList<(string Slug, string Title)>> RoleFilterAsync(CareerDbContext db, CancellationToken ct) =>
        (await db.Roles.AsNoTracking().OrderBy(r => r.Title).Select(r => new { r.Slug, r.Title }).ToListAsync(ct))
            .Select(r => (r.Slug, r.Title)).ToList();

    public static int PageCount(int total) => Math.Max(1, (total + AdminFigurePage.PageSize - 1) / AdminFigurePage.PageSize);

    /// <summary>The ids posted for a figure's role, source, citing article and geography must exist (a hand-made post may send any number).</summary>
    public static async Task CheckReferencesAsync(CareerDbContext db, int? roleId, int? sourceId, int? citedInId, int? geographyId, List<RuleViolation> errors, CancellationToken ct)
    {
        if (roleId is null)
            errors.Add(new("RoleId", "Choose the role the figure is for."));
        else if (!await db.Roles.AnyAsync(r => r.Id == roleId, ct))
            errors.Add(new("RoleId", "That role does not exist; choose one from the list."));
        if (sourceId is > 0 && !await db.Sources.AnyAsync(s => s.Id == sourceId, ct))
            errors.Add(new("SourceId", "That source does not exist; choose one from the list."));
        if (citedInId is { } cited && !await db.Sources.AnyAsync(s => s.Id == cited, ct))
            errors.Add(new("CitedInId", "That source does not exist; choose one from the list, or leave it empty."));
        if (geographyId is > 0 && !await db.Geographies.AnyAsync(g => g.Id == geographyId, ct))
            errors.Add(new("GeographyId", "That geography does not exist; choose one from the list."));
    }

    /// <summary>The rules of <see cref="FigureRules"/> name entity fields; the form names some differently.</summary>
    public static RuleViolation ToFormField(RuleViolation v) => v.Field switch
    {
        "Source" => v with { Field = "SourceId" },
        "Geography" => v with { Field = "GeographyId" },
        "Role" => v with { Field = "RoleId" },
        "CitedIn" => v with { Field = "CitedInId" },
        "IsTopCoded" => v with { Field = "TopCoded" },
        "IsNotPublished" => v with { Field = "NotPublished" },
        _ => v,
    };
}
