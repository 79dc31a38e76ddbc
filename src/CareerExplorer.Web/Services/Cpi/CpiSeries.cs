using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Cpi;

/// <summary>One month of BLS CPI-U (series CUUR0000SA0), and the line it was read from.</summary>
public sealed record CpiMonth(int Year, int Month, decimal Index, long Line);

/// <summary>
/// The monthly CPI-U series read from one file: the import unit. Each year's value is the mean of
/// its months, rounded to 3 decimals as BLS publishes annual averages; a year with months missing
/// is the mean of those it has, and says which (<see cref="CpiYear.Months"/>).
/// </summary>
public sealed record CpiSeries(string FileName, IReadOnlyList<CpiMonth> Months)
{
    public const string SeriesId = "CUUR0000SA0";

    /// <summary>The latest month, "2026-05": the release of the series' source (<see cref="Datasets.BlsCpi"/>).</summary>
    public string Release => Months.Max(m => (m.Year, m.Month)) is var (y, mo) ? $"{y:D4}-{mo:D2}" : "";

    public IReadOnlyList<CpiYear> Years => Months.GroupBy(m => m.Year).OrderBy(g => g.Key)
        .Select(g => new CpiYear(g.Key, decimal.Round(g.Average(m => m.Index), 3, MidpointRounding.AwayFromZero),
            g.Aggregate(0, (mask, m) => mask | CpiMonths.Bit(m.Month))))
        .ToList();
}

/// <summary>The one source of the imported series: found by its dataset, else the seed's CPI source adopted, else made.</summary>
public static class CpiSource
{
    public const string SeedSlug = "bls-cpi-u";
    public const string Publisher = "U.S. Bureau of Labor Statistics";
    public const string Title = "Consumer Price Index for All Urban Consumers (CPI-U), U.S. city average, all items, not seasonally adjusted, series CUUR0000SA0";
    public const string Url = "https://www.bls.gov/cpi/";

    public static string ReleasePeriod(CpiSeries series)
    {
        var (first, last) = (series.Months.Min(m => (m.Year, m.Month)), series.Months.Max(m => (m.Year, m.Month)));
        return $"Monthly, {CpiMonths.MonthName(first.Month)} {first.Year} – {CpiMonths.MonthName(last.Month)} {last.Year}, 1982-84=100";
    }

    public const string Note = "Each year's value is the mean of its monthly index values, rounded to 3 decimals as BLS publishes annual averages; "
        + "a year with months missing is the mean of the months published, and figures adjusted with it are labelled so.";
}
