namespace CareerExplorer.Web.Pages.Admin;

/// <summary>The confirm-or-refuse panel of every admin delete page.</summary>
public sealed record DeleteConfirmModel(string Title, int Version, IReadOnlyList<string> UsedBy, string? Refusal, string ListPath);
