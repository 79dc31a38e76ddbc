using CareerExplorer.Web.Pages.Shared;
using CareerExplorer.Web.Services.PrintSheets;

namespace CareerExplorer.Web.Pages.Compare;

/// <summary>
/// /Compare/Sheet?roles=a,b,c: two to four roles side by side on at most two printed pages, every
/// figure footnoted. A request the compare page refuses is refused here with the same messages.
/// </summary>
public class SheetModel(SheetService sheets, TimeProvider clock) : SheetPageModel(clock)
{
    public IReadOnlyList<RoleSheet> Roles { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    /// <summary>The compare page of the same request, to fix it there.</summary>
    public string CompareUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "roles")] string[]? roles, CancellationToken ct)
    {
        var requested = CompareService.ParseRoles(roles ?? []);
        if (roles is { Length: > 1 }) // one "roles" parameter a box, as the picker sends them: the one shareable form
            return Redirect(IndexModel.CompareUrl(Url.Page("/Compare/Sheet")!, requested, null));

        var (found, errors, slugs) = await sheets.CompareAsync(requested, ct);
        Roles = found;
        Errors = errors;
        // The compare page of the same roles: as typed when refused (to fix them there), else by their slugs.
        CompareUrl = IndexModel.CompareUrl(Url.Page("/Compare/Index")!, errors.Count > 0 ? requested : slugs, null);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // Slugs are letters, digits and hyphens: the address keeps its commas, as the compare page writes it.
        LiveUrl = Url.PageLink("/Compare/Index")! + "?roles=" + string.Join(",", slugs);
        return Page();
    }
}
