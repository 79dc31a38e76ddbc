namespace CareerExplorer.Web.Data.Entities;

/// <summary>A typical task or responsibility of a role, as a source lists it.</summary>
public class RoleTask : Sourced
{
    public int RoleId { get; set; }
    public Role Role { get; set; } = null!;
    public int Position { get; set; }
    public required string Text { get; set; }
}
