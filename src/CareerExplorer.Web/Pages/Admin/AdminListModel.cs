using CareerExplorer.Web.Services.Admin;

namespace CareerExplorer.Web.Pages.Admin;

/// <summary>The list every admin section shows: each record with links to edit and delete it.
/// <paramref name="Total"/> is the count of all records when <paramref name="Items"/> is one page of them.</summary>
public sealed record AdminListModel(string Caption, string BasePath, IReadOnlyList<AdminListItem> Items, int? Total = null);

/// <summary>A paged list of figures with its filter by role and its pager.</summary>
public sealed record FigureListModel(string Caption, string BasePath, AdminFigurePage Result)
{
    public string PageUrl(int page)
    {
        var parts = new List<string>();
        if (Result.RoleSlug is { } role) parts.Add("role=" + Uri.EscapeDataString(role));
        if (Result.InvalidOnly) parts.Add("invalid=1");
        if (page > 1) parts.Add("page=" + page);
        return BasePath + (parts.Count > 0 ? "?" + string.Join("&", parts) : "");
    }
}
