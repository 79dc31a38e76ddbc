using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages.Admin;

public class IndexModel(DashboardService dashboard) : PageModel
{
    public Dashboard Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Dashboard = await dashboard.GetAsync(ct);
}
