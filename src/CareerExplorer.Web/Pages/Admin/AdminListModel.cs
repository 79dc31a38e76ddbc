using CareerExplorer.Web.Services.Admin;

namespace CareerExplorer.Web.Pages.Admin;

/// <summary>The list every admin section shows: each record with links to edit and delete it.</summary>
public sealed record AdminListModel(string Caption, string BasePath, IReadOnlyList<AdminListItem> Items);
