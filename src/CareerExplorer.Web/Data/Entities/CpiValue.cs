namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// One year of the consumer price index used to express figures in one year's dollars
/// (BLS CPI-U, U.S. city average, all items, annual average, 1982-84 = 100).
/// </summary>
public class CpiValue : Sourced
{
    public int Year { get; set; }
    public decimal Value { get; set; }
}
