using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages.Admin.Cpi;

public class IndexModel(AdminCpiService cpi) : PageModel
{
    public IReadOnlyList<AdminListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await cpi.ListAsync(ct);
}
