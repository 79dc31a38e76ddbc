using Microsoft.AspNetCore.WebUtilities;

namespace CareerExplorer.Web.Pages.Sources;

public class DetailsModel(SourceService sources, TimeProvider clock) : PageModel
{
    public SourceDetails Source { get; private set; } = null!;
    public int CurrentYear => clock.GetUtcNow().Year;

    // "page" is also Razor Pages' own route value, hence the explicit query name.
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? page, CancellationToken ct)
    {
        var source = await sources.GetAsync(slug, PageNumber.Parse(page), ct);
        if (source is null)
            return NotFound();
        Source = source;
        return Page();
    }

    /// <summary>This source's figures on another page ("page" as a query parameter: it is Razor Pages' own route value too).</summary>
    public string PageUrl(int page)
    {
        var path = Url.Page("/Sources/Details", new { slug = Source.Slug })!;
        return (page > 1 ? QueryHelpers.AddQueryString(path, "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)) : path) + "#figures";
    }
}
