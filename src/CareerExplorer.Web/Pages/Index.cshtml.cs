namespace CareerExplorer.Web.Pages;

public class IndexModel(RoleService roles) : PageModel
{
    public IReadOnlyList<RoleListItem> Roles { get; private set; } = [];
    public int TotalRoles { get; private set; }
    public RoleBrowse Browse { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Roles, TotalRoles) = await roles.FeaturedAsync(ct);
        Browse = await roles.BrowseAsync(ct);
    }
}
