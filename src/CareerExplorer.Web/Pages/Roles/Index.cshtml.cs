using Microsoft.AspNetCore.WebUtilities;

namespace CareerExplorer.Web.Pages.Roles;

public class IndexModel(RoleService roles) : PageModel
{
    // Bound as strings: any query string gives a page, nonsense is normalised, never a 400 or 500.
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Education { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Zone { get; set; }
    [BindProperty(SupportsGet = true)] public string? Required { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entry { get; set; }

    public RoleListPage Result { get; private set; } = null!;

    // "page" is also Razor Pages' own route value (the page's path), so read it from the query
    // string explicitly.
    public async Task OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
        => Result = await roles.ListAsync(RoleListQuery.Normalise(Q, Category, Education, Sort, pageNumber, Zone, Required, Entry), ct);

    /// <summary>
    /// This list's address with another page number. Query parameters, not route values: "page"
    /// is Razor Pages' own route value (the page's path).
    /// </summary>
    public string PageUrl(int page)
    {
        var q = Result.Query;
        KeyValuePair<string, string?>[] query =
        [
            new("q", q.Q), new("category", q.Category), new("education", q.Education?.ToString()),
            new("zone", q.JobZone?.ToString(CultureInfo.InvariantCulture)), new("required", q.Required?.ToString(CultureInfo.InvariantCulture)), new("entry", q.Entry),
            new("sort", q.Sort == RoleSort.Name ? null : RoleListQuery.SortValue(q.Sort)),
            new("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        ];
        return QueryHelpers.AddQueryString(Url.Page("/Roles/Index")!, query); // null values are left out
    }
}
