namespace CareerExplorer.Web.Pages.Admin;

/// <summary>The dashboard: how much each section holds (and how much of it is out of bounds), and the latest changes.</summary>
public class IndexModel(AdminSections sections, AuditService audit) : PageModel
{
    public IReadOnlyList<(IAdminSection Section, int Count, int Invalid)> Counts { get; private set; } = [];
    public IReadOnlyList<AuditRow> RecentChanges { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = new List<(IAdminSection, int, int)>();
        foreach (var s in sections.All)
            counts.Add((s, await s.CountAsync(false, ct), s.FiltersInvalid ? await s.CountAsync(true, ct) : 0));
        Counts = counts;
        RecentChanges = await audit.RecentAsync(10, ct);
    }
}
