using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

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
    IReadOnlyList<(string Slug, string Title)> RolesMentioned)
{
    public string KindText => Display.SourceKind(Kind);
}

public sealed class SourceService(CareerDbContext db)
{
    public async Task<IReadOnlyList<SourceListItem>> ListAsync(CancellationToken ct = default) =>
        await db.Sources.AsNoTracking()
            .OrderBy(s => s.Publisher).ThenBy(s => s.Title)
            .Select(s => new SourceListItem(s.Slug, s.Publisher, s.Title, s.Kind, s.Year, s.ReleasePeriod, s.SeedFile != null,
                db.SalaryFigures.Count(f => f.SourceId == s.Id || f.CitedInId == s.Id)
                + db.OutlookFigures.Count(f => f.SourceId == s.Id || f.CitedInId == s.Id)))
            .ToListAsync(ct);

    /// <summary>A source with every figure that cites it: as publisher, or as the article quoting it.</summary>
    public async Task<SourceDetails?> GetAsync(string slug, CancellationToken ct = default)
    {
        var source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (source is null)
            return null;

        var salaries = await db.SalaryFigures.AsNoTracking()
            .Where(f => f.SourceId == source.Id || f.CitedInId == source.Id)
            .OrderBy(f => f.Role.Title).ThenByDescending(f => f.Year).ThenBy(f => f.Id)
            .Select(FigureProjections.Salary).ToListAsync(ct);
        var outlook = await db.OutlookFigures.AsNoTracking()
            .Where(f => f.SourceId == source.Id || f.CitedInId == source.Id)
            .OrderBy(f => f.Role.Title).ThenByDescending(f => f.Year).ThenBy(f => f.Id)
            .Select(FigureProjections.Outlook).ToListAsync(ct);
        var roles = await db.Roles.AsNoTracking()
            .Where(r => r.Documents.Any(d => d.Id == source.Id))
            .OrderBy(r => r.Title).Select(r => new { r.Slug, r.Title }).ToListAsync(ct);

        return new SourceDetails(source.Slug, source.Publisher, source.Title, source.Kind, source.Url, source.ReleasePeriod,
            source.Year, source.PublishedOn, source.SeedFile, source.Note, salaries, outlook,
            roles.Select(r => (r.Slug, r.Title)).ToList());
    }
}
