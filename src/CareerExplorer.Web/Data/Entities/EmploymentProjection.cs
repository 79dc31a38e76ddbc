namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// One occupation's line of a BLS Employment Projections release (Table 1.2 of occupation.xlsx):
/// employment in the base and target year, the change, openings and worker characteristics, as
/// published. <see cref="Sourced.Source"/> is the release ("Employment Projections, 2024-34"),
/// and the period is <see cref="BaseYear"/>-<see cref="TargetYear"/>. A null value is BLS's "—"
/// (not available), never zero. The release's "Total, all occupations" line (00-0000) has no role:
/// it is what each occupation's growth is described against.
/// </summary>
public class EmploymentProjection : Sourced
{
    public int? RoleId { get; set; }
    public Role? Role { get; set; }
    /// <summary>The National Employment Matrix code and title as the release prints them.</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    public int BaseYear { get; set; }
    public int TargetYear { get; set; }
    /// <summary>Employment in thousands, as BLS publishes it.</summary>
    public decimal? EmploymentBase { get; set; }
    public decimal? EmploymentTarget { get; set; }
    /// <summary>The change over the period, in thousands and in percent.</summary>
    public decimal? ChangeNumber { get; set; }
    public decimal? ChangePercent { get; set; }
    public decimal? SelfEmployedPercent { get; set; }
    /// <summary>Occupational openings in thousands: an annual average from the 2016-26 release on, the period's total before (<see cref="OpeningsBasis"/>).</summary>
    public decimal? Openings { get; set; }
    public OpeningsBasis OpeningsBasis { get; set; }
    /// <summary>The OEWS median annual wage the table quotes (footnote 1: May 2024 OEWS for 2024-34), not a projection of its own.</summary>
    public decimal? MedianWage { get; set; }
    /// <summary>The table prints "&gt;=$239,200": the wage is at or above OEWS's top code, <see cref="MedianWage"/>.</summary>
    public bool MedianWageTopCoded { get; set; }
    public int? MedianWageYear { get; set; }
    /// <summary>BLS's education and training categories: "Bachelor's degree", "Less than 5 years", "None".</summary>
    public string? Education { get; set; }
    public string? Experience { get; set; }
    public string? Training { get; set; }

    public bool IsTotal => Code == ProjectionCodes.Total;
}
