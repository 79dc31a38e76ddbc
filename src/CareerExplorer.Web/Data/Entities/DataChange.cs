namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// What one raise of the <see cref="DataVersion"/> changed, as the output cache's tags
/// (<see cref="ChangeTags"/>): written in the same transaction as the raise, so another process
/// that sees the version move reads what to evict. Only the newest rows are kept. Not an
/// <see cref="Entity"/>: it is not data, and is neither audited nor exported.
/// </summary>
public class DataChange
{
    /// <summary>The data version the change raised the stamp to.</summary>
    public long Version { get; set; }

    /// <summary><see cref="ChangeTags.ToText"/>: "*" for everything, else a JSON array of tags.</summary>
    public required string Tags { get; set; }
}
