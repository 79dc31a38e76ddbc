namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// How a source files a role in an occupation classification, e.g. BLS counts ML engineers as
/// "Computer and Information Research Scientists" (SOC 2018 15-1221).
/// </summary>
public class OccupationCode : Sourced
{
    public int RoleId { get; set; }
    public Role Role { get; set; } = null!;
    /// <summary>"SOC 2010", "SOC 2018" or "O*NET-SOC".</summary>
    public required string System { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
}
