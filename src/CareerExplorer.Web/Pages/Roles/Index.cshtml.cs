using CareerExplorer.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages.Roles;

public class IndexModel(RoleService roles) : PageModel
{
    // Bound as strings: any query string gives a page, nonsense is normalised, never a 400 or 500.
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Education { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public RoleListPage Result { get; private set; } = null!;

    // "page" is also Razor Pages' own route value (the page's path), so read it from the query
    // string explicitly.
    public async Task OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        int? page = int.TryParse(pageNumber, out var p) ? p : null;
        Result = await roles.ListAsync(RoleListQuery.Normalise(Q, Category, Education, Sort, page), ct);
    }

    public string PageUrl(int page)
    {
        var q = Result.Query;
        var parts = new List<string>();
        if (q.Q is { } text) parts.Add("q=" + Uri.EscapeDataString(text));
        if (q.Category is { } c) parts.Add("category=" + Uri.EscapeDataString(c));
        if (q.Education is { } e) parts.Add("education=" + e);
        if (q.Sort != RoleSort.Name) parts.Add("sort=" + RoleListQuery.SortValue(q.Sort));
        if (page > 1) parts.Add("page=" + page);
        return "/Roles" + (parts.Count > 0 ? "?" + string.Join("&", parts) : "");
    }
}
