namespace CareerExplorer.Web.Data.Entities;

public enum AuditAction
{
    Create,
    Update,
    Delete,
    Import,
    Seed,
}

/// <summary>
/// One change to the data: who, when, what, and the values before and after (JSON objects of the
/// record's fields). Written in the same transaction as the change itself.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string User { get; set; }
    public AuditAction Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    /// <summary>A readable one-line description: the record's slug, title or key fields.</summary>
    public required string Summary { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
