using CareerExplorer.Web.Pages.Shared;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerExplorer.Web.Pages.Compare;

public class IndexModel(CompareService compare, TimeProvider clock) : PageModel
{
    public CompareResult Result { get; private set; } = null!;
    public IReadOnlyList<RolePickerItem> Picker { get; private set; } = [];
    /// <summary>Both chart layouts, for the image sizes (the images themselves come from /Compare/Chart).</summary>
    public (CompareChart Wide, CompareChart Narrow)? Chart { get; private set; }
    public string ChartAlt { get; private set; } = "";
    /// <summary>Share and cite, when there is a comparison.</summary>
    public CiteAndShareModel? Share { get; private set; }
    public int CurrentYear => clock.GetUtcNow().Year;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "roles")] string[]? roles, [FromQuery(Name = "year")] string? year, CancellationToken ct)
    {
        var requested = CompareService.ParseRoles(roles ?? []);

        // The picker form sends one "roles" parameter per box; redirect to the one shareable
        // form, /Compare?roles=a,b,c, so every comparison has a single URL.
        if (roles is { Length: > 1 })
            return Redirect(CompareUrl(Url.Page("/Compare/Index")!, requested, year));

        Result = await compare.CompareAsync(requested, year, ct);
        if (Result.Comparison is null)
            Picker = await compare.PickerAsync(ct);
        if (Result.Comparison is { } comparison)
        {
            Chart = (new CompareChart(comparison), new CompareChart(comparison, narrow: true));
            ChartAlt = ChartModel.ChartTitle(comparison) + ". The tables below list the same figures.";
            // The address of what is shown: the roles' slugs and the year of the dollars, always
            // (the default year moves on when the price index gains a year).
            var slugs = comparison.Roles.Select(x => x.Slug).ToList();
            Share = CiteAndShareModel.For(Request, CiteTitle(comparison),
                    CompareUrl(Url.Page("/Compare/Index")!, slugs, comparison.TargetYear.ToString(CultureInfo.InvariantCulture)))
                .Cited(clock, format => QueryHelpers.AddQueryString(CompareUrl(Url.Page("/Compare/Cite")!, slugs, null), "format", format), comparison.Sources.Count);
        }
        else if (Result.Errors.Count > 0)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The title a citation gives the page: "Compare pay: Data Scientists, Statisticians (2024 dollars)".</summary>
    public static string CiteTitle(Comparison comparison) =>
        $"Compare pay: {string.Join(", ", comparison.Roles.Select(r => r.Title))} ({comparison.TargetYear.ToString(CultureInfo.InvariantCulture)} dollars)";

    public string ChartUrl(string layout) =>
        CompareUrl(Url.Page("/Compare/Chart")!, Result.RequestedRoles, Result.TargetYear.ToString(CultureInfo.InvariantCulture), layout);

    /// <summary>
    /// A comparison's address, /Compare?roles=a,b,c&amp;year=Y (the one shareable form), or the same
    /// query on the chart, the CSV export or the API.
    /// </summary>
    public static string CompareUrl(string path, IReadOnlyList<string> roles, string? year, string? layout = null)
    {
        KeyValuePair<string, string?>[] query =
        [
            new("roles", roles.Count > 0 ? string.Join(",", roles) : null),
            new("year", string.IsNullOrWhiteSpace(year) ? null : year),
            new("layout", layout),
        ];
        return QueryHelpers.AddQueryString(path, query); // null values are left out
    }
}
