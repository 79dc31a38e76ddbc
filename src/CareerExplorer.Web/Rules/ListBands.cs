namespace CareerExplorer.Web.Rules;

/// <summary>How a projected change compares with the all-occupations change of the same release.</summary>
public enum GrowthPace
{
    MuchFaster,
    Faster,
    AboutAverage,
    Slower,
    LittleOrNoChange,
    Declining,
}

/// <summary>
/// The pace of a projected change, declared once: the role page's wording, the stored summaries
/// and the roles list's growth filter all read it (the bands are stated in ProjectedGrowth.Rule).
/// </summary>
public static class GrowthPaces
{
    public static GrowthPace? Of(decimal? change, decimal? average)
    {
        if (change is not { } c || average is not { } a || !Bounds.Percent.Contains(c) || !Bounds.Percent.Contains(a))
            return null;
        var d = c - a;
        return c <= -1m ? GrowthPace.Declining
            : d >= 3m ? GrowthPace.MuchFaster
            : d >= 1m ? GrowthPace.Faster
            : d > -1m ? GrowthPace.AboutAverage
            : c < 1m ? GrowthPace.LittleOrNoChange
            : GrowthPace.Slower;
    }

    /// <summary>The growth filter's value of a pace ("much-faster"), and back.</summary>
    public static string Value(GrowthPace pace) => pace switch
    {
        GrowthPace.MuchFaster => "much-faster",
        GrowthPace.Faster => "faster",
        GrowthPace.AboutAverage => "average",
        GrowthPace.Slower => "slower",
        GrowthPace.LittleOrNoChange => "little-change",
        _ => "declining",
    };

    public static GrowthPace? Parse(string? value) =>
        Enum.GetValues<GrowthPace>().Cast<GrowthPace?>().FirstOrDefault(p => string.Equals(Value(p!.Value), value?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The roles list's pay filter: bands of the latest official (BLS OEWS) annual median, each from
/// its lower bound up to the next band's. Declared once for the stored counts, the filter and its
/// labels.
/// </summary>
public static class PayBands
{
    /// <summary>The lower bounds, in dollars a year; the first band starts at 0, the last has no top.</summary>
    public static readonly int[] From = [0, 35_000, 50_000, 75_000, 100_000, 150_000];

    /// <summary>The band of an annual median: its index in <see cref="From"/>.</summary>
    public static int? Of(decimal? annualMedian) =>
        annualMedian is { } m && m >= 0 ? Array.FindLastIndex(From, f => m >= f) : null;

    /// <summary>The filter's value of a band ("50000-74999", "150000-").</summary>
    public static string Value(int band) =>
        band == From.Length - 1 ? $"{From[band]}-" : $"{From[band]}-{From[band + 1] - 1}";

    public static int? Parse(string? value)
    {
        for (var band = 0; band < From.Length; band++)
            if (string.Equals(Value(band), value?.Trim(), StringComparison.Ordinal))
                return band;
        return null;
    }

    /// <summary>"$50,000 to $74,999", "Under $35,000", "$150,000 or more".</summary>
    public static string Label(int band) =>
        band == 0 ? $"Under {Dollars(From[1])}"
        : band == From.Length - 1 ? $"{Dollars(From[band])} or more"
        : $"{Dollars(From[band])} to {Dollars(From[band + 1] - 1)}";

    /// <summary>The band's bounds, for the filter's query: at least <c>Low</c>, below <c>High</c> (null: no top).</summary>
    public static (decimal Low, decimal? High) Range(int band) =>
        (From[band], band == From.Length - 1 ? null : From[band + 1]);

    private static string Dollars(int amount) => "$" + amount.ToString("N0", CultureInfo.InvariantCulture);
}
