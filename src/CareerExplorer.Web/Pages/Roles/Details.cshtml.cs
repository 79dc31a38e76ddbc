namespace CareerExplorer.Web.Pages.Roles;

public class DetailsModel(RoleService roles, TimeProvider clock) : PageModel
{
    public RoleDetails Role { get; private set; } = null!;
    public int CurrentYear => clock.GetUtcNow().Year;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var role = await roles.GetAsync(slug, ct);
        if (role is null)
            return NotFound();
        Role = role;
        return Page();
    }
}
