namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// A statement with provenance: <see cref="Source"/> published it; <see cref="CitedIn"/> is the
/// article we read it in, when that is not the publisher itself ("BLS, cited in USD, 2025").
/// </summary>
public abstract class Sourced : Entity
{
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public int? CitedInId { get; set; }
    public Source? CitedIn { get; set; }
    public string? Note { get; set; }
}
