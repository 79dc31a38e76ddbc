namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// One pay figure as one source states it. A point statistic has <see cref="Amount"/>; a range has
/// <see cref="Low"/> and <see cref="High"/>. Source and year are required by the schema.
/// </summary>
public class SalaryFigure : Sourced
{
    public int RoleId { get; set; }
    public Role Role { get; set; } = null!;
    public SalaryStatistic Statistic { get; set; }
    public PayComponent PayComponent { get; set; }
    public PayBasis Basis { get; set; }
    public decimal? Amount { get; set; }
    public decimal? Low { get; set; }
    public decimal? High { get; set; }
    /// <summary>Published as "$X or more": the amount is the threshold, not the value.</summary>
    public bool IsTopCoded { get; set; }
    /// <summary>The publisher released no value (BLS "*"): no amount, and never shown as a number.</summary>
    public bool IsNotPublished { get; set; }
    /// <summary>The publisher's relative standard error of the estimate, in percent (BLS MEAN_PRSE).</summary>
    public decimal? RelativeStandardError { get; set; }
    public required string Currency { get; set; }
    public int GeographyId { get; set; }
    public Geography Geography { get; set; } = null!;
    public int Year { get; set; }
    public int? Month { get; set; }
    /// <summary>The words of the source that state the figure.</summary>
    public required string Quote { get; set; }

    /// <summary>What <see cref="FigureRules"/> checks.</summary>
    public SalaryFigureFacts ToFacts() => new(
        Statistic, Amount, Low, High, IsTopCoded, IsNotPublished, RelativeStandardError, Currency, Year, Month, Quote, Note,
        HasSource: SourceId > 0 || Source is not null, HasGeography: GeographyId > 0 || Geography is not null);
}
