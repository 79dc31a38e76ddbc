using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Pages.Admin;

/// <summary>The dashboard: how much each section holds (and how much of it is out of bounds), where the bundled official data stands, and the latest changes.</summary>
public class IndexModel(AdminSections sections, AuditService audit, BundledDataStatus bundled) : PageModel
{
    public BundledDataSnapshot OfficialData { get; private set; } = bundled.Current;

    public IReadOnlyList<(IAdminSection Section, int Count, int Invalid)> Counts { get; private set; } = [];
    public IReadOnlyList<AuditRow> RecentChanges { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = new List<(IAdminSection, int, int)>();
        foreach (var s in sections.All)
            counts.Add((s, await s.CountAsync(false, ct), s.FiltersInvalid ? await s.CountAsync(true, ct) : 0));
        Counts = counts;
        RecentChanges = await audit.RecentAsync(10, ct);
        OfficialData = bundled.Current;
    }
}

public static class BundledDataLabels
{
    public static string Summary(BundledDataSnapshot s)
    {
        var refused = s.Refused.Count();
        if (s.Loading)
            return $"Importing in the background: {s.InDatabase} of {s.Total} releases are in the database" + (s.Current is { } now ? $"; now {now.Name}." : ".");
        if (refused == 0 && s.InDatabase == s.Total)
            return $"All {s.Total} bundled releases are in the database.";
        return $"{s.InDatabase} of {s.Total} bundled releases are in the database"
            + (refused > 0 ? $"; {refused} refused (below). Fix or replace the file and restart the app, or import the release on the Import page." : ".");
    }

    public static string State(BundledReleaseProgress r) => r.State switch
    {
        BundledReleaseState.Waiting => "waiting",
        BundledReleaseState.Importing => "importing now",
        BundledReleaseState.Imported => r.Took is { } took ? $"imported ({took.TotalSeconds:0.0} s)" : "imported",
        BundledReleaseState.AlreadyThere => "already in the database",
        BundledReleaseState.Refused => "refused: nothing of it was written",
        BundledReleaseState.Stopped => "stopped with the app: nothing of it was written",
        _ => r.State.ToString(),
    };
}
