using System.Text.Json;

namespace CareerExplorer.Web.Services.Admin;

public sealed record AuditRow(long Id, DateTimeOffset At, string User, AuditAction Action, string EntityType, string? EntityId, string Summary, string? Before, string? After)
{
    /// <summary>The fields whose values differ between before and after, for a compact display.</summary>
    public IReadOnlyList<(string Field, string? Before, string? After)> Changes => AuditDiff.Between(Before, After);
}

public sealed record AuditPage(
    IReadOnlyList<AuditRow> Entries, int Page, int PageCount, int Total,
    string? EntityType, string? User, IReadOnlyList<string> EntityTypes, IReadOnlyList<string> Users);

public sealed class AuditService(CareerDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditPage> ListAsync(string? entityType, string? user, int page, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType))
            query = query.Where(a => a.EntityType == entityType);
        if (!string.IsNullOrWhiteSpace(user))
            query = query.Where(a => a.User == user);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var entries = await query.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(Row).ToListAsync(ct);
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        var users = await db.AuditEntries.AsNoTracking().Select(a => a.User).Distinct().OrderBy(u => u).ToListAsync(ct);
        return new AuditPage(entries, page, pageCount, total, entityType, user, types, users);
    }

    public async Task<IReadOnlyList<AuditRow>> RecentAsync(int count, CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(count).Select(Row).ToListAsync(ct);

    private static readonly System.Linq.Expressions.Expression<Func<Data.Entities.AuditEntry, AuditRow>> Row =
        a => new AuditRow(a.Id, a.At, a.User, a.Action, a.EntityType, a.EntityId, a.Summary, a.Before, a.After);
}

public static class AuditDiff
{
    /// <summary>Field-by-field differences between two JSON snapshots (either may be absent).</summary>
    public static IReadOnlyList<(string Field, string? Before, string? After)> Between(string? before, string? after)
    {
        var b = Parse(before);
        var a = Parse(after);
        return b.Keys.Union(a.Keys)
            .Where(k => k != "Version")
            .Select(k => (k, b.GetValueOrDefault(k), a.GetValueOrDefault(k)))
            .Where(x => x.Item2 != x.Item3)
            .ToList();
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return [];
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind != JsonValueKind.Object ? []
            : doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString());
    }
}
