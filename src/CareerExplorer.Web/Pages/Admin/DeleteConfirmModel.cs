namespace CareerExplorer.Web.Pages.Admin;

/// <summary>
/// The confirm-or-refuse panel of every admin delete page. <paramref name="AlsoDeletes"/> names the
/// records that belong to this one and go with it (a role's tasks, aliases...).
/// </summary>
public sealed record DeleteConfirmModel(string Title, int Version, IReadOnlyList<string> UsedBy, string? Refusal, string ListPath, IReadOnlyList<string>? AlsoDeletes = null);
