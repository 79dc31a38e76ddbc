namespace CareerExplorer.Web.Data.Entities;

/// <summary>A growth, openings or ranking figure for a role, over a period where stated.</summary>
public class OutlookFigure : Sourced
{
    public int RoleId { get; set; }
    public Role Role { get; set; } = null!;
    public OutlookKind Kind { get; set; }
    /// <summary>Null only when <see cref="IsNotPublished"/>: the publisher released no value (BLS "**").</summary>
    public decimal? Value { get; set; }
    public bool IsNotPublished { get; set; }
    /// <summary>The publisher's relative standard error of the estimate, in percent (BLS EMP_PRSE).</summary>
    public decimal? RelativeStandardError { get; set; }
    public OutlookUnit Unit { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public int Year { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    public required string Quote { get; set; }

    /// <summary>What <see cref="FigureRules"/> checks.</summary>
    public OutlookFigureFacts ToFacts() => new(
        Unit, Value, IsNotPublished, RelativeStandardError, StartYear, EndYear, Year, Quote, Note,
        HasSource: SourceId > 0 || Source is not null, HasGeography: GeographyId > 0 || Geography is not null);
}
