namespace CareerExplorer.Web.Data.Entities;

/// <summary>Where a figure applies. Only the United States (and the world, for global forecasts)
/// today; states and metro areas later.</summary>
public class Geography : Entity
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public GeographyKind Kind { get; set; }
}
