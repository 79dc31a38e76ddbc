namespace CareerExplorer.Web.Pages.Roles;

public class IndexModel(RoleService roles) : RoleListModel
{
    public RoleListPage Result { get; private set; } = null!;

    /// <summary>The ways in (the fields and their counts, the top lists' links) above the unfiltered list's first page: its own filter counts, read anyway.</summary>
    public RoleBrowse? Browse { get; private set; }

    /// <summary>For a search that found nothing: a correction, the count without the filters, each word's count.</summary>
    public SearchHelp? Help { get; private set; }

    // "page" is also Razor Pages' own route value (the page's path), so read it from the query
    // string explicitly.
    public async Task OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Result = await roles.ListAsync(ListQuery(pageNumber), ct);
        if (Result.Query is { Q: null, Filtered: false, Page: 1 })
            Browse = new RoleBrowse(Result.Facets.Fields, [], [], Result.Facets.FromArticles, Result.Total);
        if (Result is { Total: 0, Query.Q: not null })
            Help = await roles.SearchHelpAsync(Result.Query, ct);
    }

    /// <summary>This list's address with another page number.</summary>
    public string PageUrl(int page) => ListAddress("/Roles/Index", null, Result.Query, page);

    /// <summary>The download of this list (every page of it) as <paramref name="format"/>: csv or xlsx.</summary>
    public string DownloadUrl(string format) => ListAddress("/Roles/Download", new { format }, Result.Query);
}
