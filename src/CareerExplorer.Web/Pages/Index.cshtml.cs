using CareerExplorer.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages;

public class IndexModel(RoleService roles) : PageModel
{
    public IReadOnlyList<RoleListItem> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Roles = await roles.AllItemsAsync(ct);
}
