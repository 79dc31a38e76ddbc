namespace CareerExplorer.Web.Pages.Compare;

/// <summary>
/// The compare chart as a standalone SVG image (/Compare/Chart?roles=a,b,c&amp;year=2024&amp;layout=wide).
/// A separate, cached image keeps the compare page small and lets the browser fetch only the
/// layout it shows (the page picks one with &lt;picture&gt;). Styling is in presentation
/// attributes: an SVG image cannot use the site's stylesheet.
/// </summary>
public class ChartModel(CompareService compare) : PageModel
{
    public CompareChart? Chart { get; private set; }
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "roles")] string? roles, [FromQuery(Name = "year")] string? year,
        [FromQuery(Name = "layout")] string? layout, CancellationToken ct)
    {
        if (layout is not (null or "wide" or "narrow"))
            return BadRequest("layout must be wide or narrow.");
        var result = await compare.CompareAsync(CompareService.ParseRoles([roles]), year, ct);
        if (result.Comparison is not { } comparison)
            return BadRequest(string.Join(" ", result.Errors));

        Chart = new CompareChart(comparison, narrow: layout == "narrow");
        Title = ChartTitle(comparison);
        Response.ContentType = "image/svg+xml; charset=utf-8";
        return Page();
    }

    public static string ChartTitle(Comparison comparison) =>
        $"Pay figures for {string.Join(", ", comparison.Roles.Select(r => r.Title))}, normalised to {comparison.TargetYear} dollars";
}
