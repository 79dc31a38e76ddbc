namespace CareerExplorer.Web.Data.Entities;

/// <summary>A growth, openings or ranking figure for a role, over a period where stated.</summary>
public class OutlookFigure : Sourced
{
    public int RoleId { get; set; }
    public Role Role { get; set; } = null!;
    public OutlookKind Kind { get; set; }
    public decimal Value { get; set; }
    public OutlookUnit Unit { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public int Year { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    public required string Quote { get; set; }
}
