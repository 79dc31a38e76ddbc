namespace CareerExplorer.Web.Services;

public sealed record SourceListItem(
    string Slug, string Publisher, string Title, SourceKind Kind, int? Year, string? ReleasePeriod,
    bool IsSeedDocument, int FigureCount)
{
    public string KindText => Display.SourceKind(Kind);
}

public sealed record SourceDetails(
    string Slug, string Publisher, string Title, SourceKind Kind, string? Url, string? ReleasePeriod, int? Year,
    string? PublishedOn, string? SeedFile, string? Note,
    IReadOnlyList<SalaryFigureRow> SalaryFigures, IReadOnlyList<OutlookFigureRow> OutlookFigures,
    IReadOnlyList<(string Slug, string Title)> RolesMentioned, int FigureCount, int RoleCount, int Page, int PageCount)
{
    public string KindText => Display.SourceKind(Kind);

    /// <summary>An Employment Projections release's lines for the roles on this page.</summary>
    public IReadOnlyList<ProjectionLineRow> Projections { get; init; } = [];
}

/// <summary>One occupation's line of a projections release, as a source page lists it (thousands as published).</summary>
public sealed record ProjectionLineRow(string RoleSlug, string RoleTitle, string Code, string Title, int BaseYear, int TargetYear,
    decimal? EmploymentBase, decimal? EmploymentTarget, decimal? ChangePercent, decimal? Openings, OpeningsBasis OpeningsBasis);

public sealed class SourceService(CareerDbContext db)
{
    public async Task<IReadOnlyList<SourceListItem>> ListAsync(CancellationToken ct = default) =>
        await db.Sources.AsNoTracking()
            .OrderBy(s => s.Publisher).ThenBy(s => s.Title)
            .Select(s => new SourceListItem(s.Slug, s.Publisher, s.Title, s.Kind, s.Year, s.ReleasePeriod, s.SeedFile != null,
                db.SalaryFigures.Count(f => f.SourceId == s.Id || f.CitedInId == s.Id)
                + db.OutlookFigures.Count(f => f.SourceId == s.Id || f.CitedInId == s.Id)
                + db.EmploymentProjections.Count(p => p.SourceId == s.Id)))
            .ToListAsync(ct);

    /// <summary>Roles a page: an official release cites every occupation, ~830 roles and 10,000 figures.</summary>
    public const int RolesPerPage = 20;

    /// <summary>
    /// A source with the figures that cite it (as publisher, or as the article quoting it), a page
    /// of roles at a time. A page past the end shows the last one.
    /// </summary>
    public async Task<SourceDetails?> GetAsync(string slug, int page = 1, CancellationToken ct = default)
    {
        var source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (source is null)
            return null;

        var roleIds = await db.Roles.AsNoTracking()
            .Where(r => r.SalaryFigures.Any(f => f.SourceId == source.Id || f.CitedInId == source.Id)
                || r.OutlookFigures.Any(f => f.SourceId == source.Id || f.CitedInId == source.Id)
                || db.EmploymentProjections.Any(p => p.RoleId == r.Id && p.SourceId == source.Id))
            .OrderBy(r => r.Title).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        var pageCount = Math.Max(1, (roleIds.Count + RolesPerPage - 1) / RolesPerPage);
        page = Math.Clamp(page, 1, pageCount);
        var onPage = roleIds.Skip((page - 1) * RolesPerPage).Take(RolesPerPage).ToList();
        var figureCount = await db.SalaryFigures.CountAsync(f => f.SourceId == source.Id || f.CitedInId == source.Id, ct)
            + await db.OutlookFigures.CountAsync(f => f.SourceId == source.Id || f.CitedInId == source.Id, ct)
            + await db.EmploymentProjections.CountAsync(p => p.SourceId == source.Id, ct);
        var projections = await db.EmploymentProjections.AsNoTracking()
            .Where(p => p.SourceId == source.Id && p.RoleId != null && onPage.Contains(p.RoleId.Value))
            .OrderBy(p => p.Role!.Title).ThenBy(p => p.Code)
            .Select(p => new ProjectionLineRow(p.Role!.Slug, p.Role.Title, p.Code, p.Title, p.BaseYear, p.TargetYear,
                p.EmploymentBase, p.EmploymentTarget, p.ChangePercent, p.Openings, p.OpeningsBasis)).ToListAsync(ct);

        var salaries = await db.SalaryFigures.AsNoTracking()
            .Where(f => (f.SourceId == source.Id || f.CitedInId == source.Id) && onPage.Contains(f.RoleId))
            .OrderBy(f => f.Role.Title).ThenByDescending(f => f.Year).ThenBy(f => f.Statistic).ThenBy(f => f.Basis).ThenBy(f => f.Id)
            .Select(FigureProjections.Salary).ToListAsync(ct);
        var outlook = await db.OutlookFigures.AsNoTracking()
            .Where(f => (f.SourceId == source.Id || f.CitedInId == source.Id) && onPage.Contains(f.RoleId))
            .OrderBy(f => f.Role.Title).ThenByDescending(f => f.Year).ThenBy(f => f.Id)
            .Select(FigureProjections.Outlook).ToListAsync(ct);
        var roles = await db.Roles.AsNoTracking()
            .Where(r => r.Documents.Any(d => d.Id == source.Id))
            .OrderBy(r => r.Title).Select(r => new { r.Slug, r.Title }).ToListAsync(ct);

        return new SourceDetails(source.Slug, source.Publisher, source.Title, source.Kind, source.Url, source.ReleasePeriod,
            source.Year, source.PublishedOn, source.SeedFile, source.Note, salaries, outlook,
            roles.Select(r => (r.Slug, r.Title)).ToList(), figureCount, roleIds.Count, page, pageCount) { Projections = projections };
    }
}
