using CareerExplorer.Web.Pages.Shared;
using CareerExplorer.Web.Services.PrintSheets;

namespace CareerExplorer.Web.Pages.Roles;

/// <summary>/Roles/{slug}/Sheet: the role on one printed page (A4 or US Letter), every figure footnoted.</summary>
public class SheetModel(SheetService sheets, TimeProvider clock) : SheetPageModel(clock)
{
    public RoleSheet Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await sheets.RoleAsync(slug, ct) is not { } sheet)
            return NotFound();
        Sheet = sheet;
        LiveUrl = Url.PageLink("/Roles/Details", values: new { slug = sheet.Slug })!;
        return Page();
    }
}
