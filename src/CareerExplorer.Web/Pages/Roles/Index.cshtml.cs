namespace CareerExplorer.Web.Pages.Roles;

public class IndexModel(RoleService roles) : RoleListModel
{
    public RoleListPage Result { get; private set; } = null!;

    // "page" is also Razor Pages' own route value (the page's path), so read it from the query
    // string explicitly.
    public async Task OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
        => Result = await roles.ListAsync(ListQuery(pageNumber), ct);

    /// <summary>This list's address with another page number.</summary>
    public string PageUrl(int page) => ListAddress("/Roles/Index", null, Result.Query, page);

    /// <summary>The download of this list (every page of it) as <paramref name="format"/>: csv or xlsx.</summary>
    public string DownloadUrl(string format) => ListAddress("/Roles/Download", new { format }, Result.Query);
}
