using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

public sealed record DataCount(string Label, int Count, string Url);

public sealed record AuditRow(long Id, DateTimeOffset At, string User, AuditAction Action, string EntityType, string? EntityId, string Summary, string? Before, string? After)
{
    /// <summary>The fields whose values differ between before and after, for a compact display.</summary>
    public IReadOnlyList<(string Field, string? Before, string? After)> Changes => AuditDiff.Between(Before, After);
}

/// <param name="Invalid">Stored values outside their bounds (stored before the bounds, or by hand), by kind, with a link to the list of them.</param>
public sealed record Dashboard(IReadOnlyList<DataCount> Counts, IReadOnlyList<AuditRow> RecentChanges, IReadOnlyList<DataCount> Invalid);

public sealed class DashboardService(CareerDbContext db)
{
    public async Task<Dashboard> GetAsync(CancellationToken ct = default)
    {
        var counts = new List<DataCount>
        {
            new("Roles", await db.Roles.CountAsync(ct), "/Admin/Roles"),
            new("Sources", await db.Sources.CountAsync(ct), "/Admin/Sources"),
            new("Salary figures", await db.SalaryFigures.CountAsync(ct), "/Admin/SalaryFigures"),
            new("Outlook figures", await db.OutlookFigures.CountAsync(ct), "/Admin/OutlookFigures"),
            new("Skills", await db.Skills.CountAsync(ct), "/Admin/Skills"),
            new("Role skills", await db.RoleSkills.CountAsync(ct), "/Admin/RoleSkills"),
            new("Career steps", await db.CareerSteps.CountAsync(ct), "/Admin/CareerSteps"),
            new("CPI years", await db.CpiValues.CountAsync(ct), "/Admin/Cpi"),
        };
        var recent = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(10)
            .Select(a => new AuditRow(a.Id, a.At, a.User, a.Action, a.EntityType, a.EntityId, a.Summary, a.Before, a.After))
            .ToListAsync(ct);
        var cpiMin = Rules.Bounds.CpiValue.Min;
        var cpiMax = Rules.Bounds.CpiValue.Max;
        var invalid = new List<DataCount>
        {
            new("Salary figures", await Sections.SalaryFigureSection.Invalid(db.SalaryFigures).CountAsync(ct), "/Admin/SalaryFigures?invalid=1"),
            new("Outlook figures", await Sections.OutlookFigureSection.Invalid(db.OutlookFigures).CountAsync(ct), "/Admin/OutlookFigures?invalid=1"),
            new("CPI years", await db.CpiValues.CountAsync(c => c.Value <= cpiMin || c.Value > cpiMax, ct), "/Admin/Cpi"),
        };
        return new Dashboard(counts, recent, invalid.Where(c => c.Count > 0).ToList());
    }
}
