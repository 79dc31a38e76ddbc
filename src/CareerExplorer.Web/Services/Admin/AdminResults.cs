namespace CareerExplorer.Web.Services.Admin;

/// <summary>What happened to a save: the page turns each case into a redirect or messages.</summary>
public abstract record SaveResult
{
    public sealed record Saved(int Id) : SaveResult;

    /// <summary>Rules broken, each named by the form field it concerns.</summary>
    public sealed record Invalid(IReadOnlyList<RuleViolation> Violations) : SaveResult;

    /// <summary>Someone else saved first. Nothing was written; these are the values now stored.</summary>
    public sealed record Conflict(IReadOnlyList<(string Field, string? Value)> Current, int CurrentVersion) : SaveResult;

    public sealed record NotFound : SaveResult;
}

public abstract record DeleteResult
{
    public sealed record Deleted : DeleteResult;

    /// <summary>Still in use: what uses it, so the admin can deal with that first.</summary>
    public sealed record Refused(string Message, IReadOnlyList<string> UsedBy) : DeleteResult;

    public sealed record Conflict : DeleteResult;

    public sealed record NotFound : DeleteResult;
}

/// <summary>A row in an admin list. <see cref="Problem"/> says what is wrong with a stored value (out of its bounds), so the list offers to fix it.</summary>
public sealed record AdminListItem(int Id, string Title, string? Detail, int Version)
{
    public string? Problem { get; init; }
}
