namespace CareerExplorer.Web.Pages.Roles;

public class TechnologyModel(RoleService roles) : PageModel
{
    public RoleTechnology Role { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await roles.TechnologyAsync(slug, ct) is not { } role)
            return NotFound();
        Role = role;
        return Page();
    }
}
