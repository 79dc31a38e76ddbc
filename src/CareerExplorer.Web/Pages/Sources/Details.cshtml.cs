using CareerExplorer.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages.Sources;

public class DetailsModel(SourceService sources, TimeProvider clock) : PageModel
{
    public SourceDetails Source { get; private set; } = null!;
    public int CurrentYear => clock.GetUtcNow().Year;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var source = await sources.GetAsync(slug, ct);
        if (source is null)
            return NotFound();
        Source = source;
        return Page();
    }
}
