using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages.Admin.Sources;

public class IndexModel(AdminSourceService sources) : PageModel
{
    public IReadOnlyList<AdminListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await sources.ListAsync(ct);
}
