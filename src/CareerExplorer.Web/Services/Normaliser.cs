namespace CareerExplorer.Web.Services;

/// <summary>
/// An amount in target-year annual dollars, or the nominal annual amount and why it could not be
/// adjusted. <see cref="Partial"/> says so when a year of the adjustment is a CPI mean of fewer
/// than twelve months.
/// </summary>
public sealed record NormalisedAmount(decimal Value, bool Adjusted, string? Problem, string? Partial = null);

/// <summary>One year of the CPI table as the normaliser uses it: its value and the months it rests on (<see cref="CpiMonths"/>).</summary>
public sealed record CpiYear(int Year, decimal Value, int Months = CpiMonths.All)
{
    public bool IsFull => CpiMonths.IsFull(Months);
}

/// <summary>
/// Puts pay figures on one footing: hourly to annual at 2,080 hours, then nominal dollars of the
/// figure's year to dollars of a target year with the CPI table. No extrapolation: a year the
/// table lacks leaves the value nominal and says so. A year whose CPI is the mean of the months
/// published (some missing) is used, and every amount adjusted with it is labelled.
/// </summary>
public sealed class Normaliser
{
    private readonly IReadOnlyDictionary<int, CpiYear> _cpi;

    /// <summary>A table of full years only (annual averages).</summary>
    public Normaliser(IReadOnlyDictionary<int, decimal> cpi) : this(cpi.Select(c => new CpiYear(c.Key, c.Value)))
    {
    }

    /// <summary>A CPI value outside its bounds (stored before them) is left out: its year is treated as one the table lacks.</summary>
    public Normaliser(IEnumerable<CpiYear> cpi)
    {
        _cpi = cpi.Where(c => Rules.Bounds.CpiValue.Contains(c.Value) && CpiMonths.IsValid(c.Months)).ToDictionary(c => c.Year);
        Years = _cpi.Keys.Order().ToList();
    }

    public IReadOnlyList<int> Years { get; }
    public int? LatestYear => Years.Count > 0 ? Years[^1] : null;

    /// <summary>The latest year with all twelve months (or the latest year, when none has): the dollars figures are shown in unless asked otherwise.</summary>
    public int? LatestFullYear => Years.LastOrDefault(y => _cpi[y].IsFull) is var full and > 0 ? full : LatestYear;

    public bool Covers(int year) => _cpi.ContainsKey(year);

    public bool IsPartial(int year) => _cpi.TryGetValue(year, out var c) && !c.IsFull;

    public int MonthCount(int year) => _cpi.TryGetValue(year, out var c) ? CpiMonths.Count(c.Months) : 0;

    /// <summary>"CPI-U mean of 11 months (January–September, November–December 2025; October was not published)", or null for a full year or one the table lacks.</summary>
    public string? PartialNote(int year) =>
        _cpi.TryGetValue(year, out var c) ? CpiMonths.PartialNote(year, c.Months, year == LatestYear) : null;

    /// <summary>"2025 dollars: CPI-U mean of 11 months (…)", or null for a full year.</summary>
    public string? DollarsNote(int year) => PartialNote(year) is { } note ? $"{year} dollars: {note}" : null;

    /// <summary>The label of an amount adjusted from <paramref name="year"/> to <paramref name="targetYear"/> when either is a partial year, else null.</summary>
    public string? PartialLabel(int year, int targetYear)
    {
        var notes = new[] { year, targetYear }.Distinct().Select(DollarsNote).OfType<string>().ToList();
        return notes.Count == 0 ? null : string.Join("; ", notes);
    }

    public static decimal Annualise(decimal amount, PayBasis basis) =>
        basis == PayBasis.Hourly ? amount * Normalisation.HoursPerYear : amount;

    /// <summary>Rounded to the whole dollar, halves away from zero.</summary>
    public NormalisedAmount Normalise(decimal amount, PayBasis basis, int year, int targetYear)
    {
        var annual = Annualise(amount, basis);
        if (!_cpi.TryGetValue(targetYear, out var target))
            return new NormalisedAmount(Round(annual), false, $"No CPI value for {targetYear}: shown in nominal dollars.");
        if (!_cpi.TryGetValue(year, out var from))
            return new NormalisedAmount(Round(annual), false, $"No CPI value for {year}: shown in nominal {year} dollars, not adjusted.");
        return new NormalisedAmount(Round(annual * target.Value / from.Value), true, null, PartialLabel(year, targetYear));
    }

    public static decimal Round(decimal value) => decimal.Round(value, 0, MidpointRounding.AwayFromZero);

    /// <summary>The stored CPI table, as the normaliser reads it.</summary>
    public static async Task<Normaliser> ReadAsync(CareerDbContext db, CancellationToken ct) =>
        new(await db.CpiValues.AsNoTracking().Select(c => new CpiYear(c.Year, c.Value, c.Months)).ToListAsync(ct));
}
