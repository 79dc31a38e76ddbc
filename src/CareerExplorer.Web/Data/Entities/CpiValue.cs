namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// One year of the consumer price index used to express figures in one year's dollars
/// (BLS CPI-U, U.S. city average, all items, 1982-84 = 100): the annual average, or for a year
/// with months missing the mean of the months published (<see cref="Months"/>).
/// </summary>
public class CpiValue : Sourced
{
    public int Year { get; set; }
    public decimal Value { get; set; }

    /// <summary>The months the value rests on (<see cref="CpiMonths"/>); all twelve for a published annual average or a value with no month information.</summary>
    public int Months { get; set; } = CpiMonths.All;
}
