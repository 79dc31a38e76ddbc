using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages.Admin.Skills;

public class IndexModel(AdminSkillService skills) : PageModel
{
    public IReadOnlyList<AdminListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await skills.ListAsync(ct);
}
