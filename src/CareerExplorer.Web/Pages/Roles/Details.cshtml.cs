using CareerExplorer.Web.Pages.Shared;

namespace CareerExplorer.Web.Pages.Roles;

public class DetailsModel(RoleService roles, TimeProvider clock) : PageModel
{
    public RoleDetails Role { get; private set; } = null!;
    public CiteAndShareModel Share { get; private set; } = null!;
    public int CurrentYear => clock.GetUtcNow().Year;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var role = await roles.GetAsync(slug, ct);
        if (role is null)
            return NotFound();
        Role = role;
        Share = CiteAndShareModel.For(Request, role.Title, Url.Page("/Roles/Details", new { slug = role.Slug })!)
            .Cited(clock, format => Url.Page("/Roles/Cite", new { slug = role.Slug, format })!, role.SourcesCited.Count);
        return Page();
    }
}
