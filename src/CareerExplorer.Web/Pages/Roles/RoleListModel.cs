using Microsoft.AspNetCore.WebUtilities;

namespace CareerExplorer.Web.Pages.Roles;

/// <summary>
/// What the roles list and its downloads bind from the query string: one set of filters, search
/// and sort, normalised by <see cref="RoleListQuery.Normalise"/> for both, so a download holds
/// exactly the roles the list shows.
/// </summary>
public abstract class RoleListModel : PageModel
{
    // Bound as strings: any query string gives a page, nonsense is normalised, never a 400 or 500.
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Education { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Zone { get; set; }
    [BindProperty(SupportsGet = true)] public string? Required { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entry { get; set; }
    [BindProperty(SupportsGet = true)] public string? Field { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pay { get; set; }
    [BindProperty(SupportsGet = true)] public string? Growth { get; set; }
    [BindProperty(SupportsGet = true)] public string? Articles { get; set; }

    protected RoleListQuery ListQuery(string? pageNumber) => RoleListQuery.Normalise(Q, Category, Education, Sort, pageNumber, Zone, Required, Entry, Field, Pay, Growth, Articles);

    /// <summary>
    /// The address of <paramref name="pagePath"/> with the query's filters, search and sort (and its
    /// page number past the first), normalised; absolute when <paramref name="absolute"/>. Query
    /// parameters, not route values: "page" is Razor Pages' own route value (the page's path).
    /// </summary>
    protected string ListAddress(string pagePath, object? routeValues, RoleListQuery q, int page = 1, bool absolute = false)
    {
        KeyValuePair<string, string?>[] query =
        [
            new("q", q.Q), new("category", q.Category), new("education", q.Education?.ToString()),
            new("zone", q.JobZone?.ToString(CultureInfo.InvariantCulture)), new("required", q.Required?.ToString(CultureInfo.InvariantCulture)), new("entry", q.Entry),
            new("field", q.Field), new("pay", q.PayBand is { } band ? PayBands.Value(band) : null), new("growth", q.Growth is { } pace ? GrowthPaces.Value(pace) : null),
            new("articles", q.FromArticles ? "1" : null),
            new("sort", q.Sort == RoleSort.Name ? null : RoleListQuery.SortValue(q.Sort)),
            new("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        ];
        var path = absolute ? Url.Page(pagePath, null, routeValues, Request.Scheme, Request.Host.Value) : Url.Page(pagePath, routeValues);
        return QueryHelpers.AddQueryString(path!, query); // null values are left out
    }
}
