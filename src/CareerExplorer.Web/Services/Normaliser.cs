namespace CareerExplorer.Web.Services;

/// <summary>An amount in target-year annual dollars, or the nominal annual amount and why it could not be adjusted.</summary>
public sealed record NormalisedAmount(decimal Value, bool Adjusted, string? Problem);

/// <summary>
/// Puts pay figures on one footing: hourly to annual at 2,080 hours, then nominal dollars of the
/// figure's year to dollars of a target year with the CPI table. No extrapolation: a year the
/// table lacks leaves the value nominal and says so.
/// </summary>
public sealed class Normaliser
{
    private readonly IReadOnlyDictionary<int, decimal> _cpi;

    /// <summary>A CPI value outside its bounds (stored before them) is left out: its year is treated as one the table lacks.</summary>
    public Normaliser(IReadOnlyDictionary<int, decimal> cpi)
    {
        _cpi = cpi.Where(c => Rules.Bounds.CpiValue.Contains(c.Value)).ToDictionary();
        Years = _cpi.Keys.Order().ToList();
    }

    public IReadOnlyList<int> Years { get; }
    public int? LatestYear => Years.Count > 0 ? Years[^1] : null;
    public bool Covers(int year) => _cpi.ContainsKey(year);

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
        return new NormalisedAmount(Round(annual * target / from), true, null);
    }

    public static decimal Round(decimal value) => decimal.Round(value, 0, MidpointRounding.AwayFromZero);
}
