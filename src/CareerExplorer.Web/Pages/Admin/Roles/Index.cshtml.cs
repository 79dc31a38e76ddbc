using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages.Admin.Roles;

public class IndexModel(AdminRoleService roles) : PageModel
{
    public IReadOnlyList<AdminListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await roles.ListAsync(ct);
}
