using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages.Admin.RoleSkills;

public class IndexModel(AdminRoleSkillService roleSkills) : PageModel
{
    public IReadOnlyList<AdminListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await roleSkills.ListAsync(ct);
}
