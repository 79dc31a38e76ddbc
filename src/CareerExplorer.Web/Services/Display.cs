namespace CareerExplorer.Web.Services;

/// <summary>How values read on the page, in one place so pages, exports and the API agree.</summary>
public static class Display
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static string Money(decimal amount, string currency = "USD")
    {
        var whole = decimal.Round(amount) == amount;
        var number = amount.ToString(whole ? "#,0" : "#,0.00", Us);
        return currency == "USD" ? $"${number}" : $"{number} {currency}";
    }

    public static string Per(PayBasis basis) => basis == PayBasis.Hourly ? "per hour" : "per year";

    /// <summary>What a stored number outside its bounds reads as (it was stored before the bounds, or by hand).</summary>
    public const string Invalid = "invalid value";

    public static string Amount(decimal? amount, decimal? low, decimal? high, bool topCoded, string currency)
    {
        if (!FigureRules.IsWithinBounds(amount, low, high))
            return Invalid;
        if (low is { } l && high is { } h)
            return $"{Money(l, currency)} – {Money(h, currency)}";
        if (amount is { } a)
            return topCoded ? $"{Money(a, currency)} or more" : Money(a, currency);
        return "not published";
    }

    public static string Statistic(SalaryStatistic statistic) => Labels.Of(statistic);

    public static string PayComponent(PayComponent component) => Labels.Of(component);

    public static string Basis(PayBasis basis) => Labels.Of(basis);

    public static string OutlookKind(OutlookKind kind) => Labels.Of(kind);

    public static string OutlookValue(decimal? value, OutlookUnit unit) => value is null ? "not published" : !FigureRules.IsWithinBounds(value, unit) ? Invalid : unit switch
    {
        OutlookUnit.Percent => $"{value.Value.ToString("0.##", Us)}%",
        OutlookUnit.Rank => $"#{value.Value.ToString("0", Us)}",
        _ => value.Value.ToString("#,0", Us),
    };

    /// <summary>A percentage as BLS prints it, e.g. 1.7%.</summary>
    public static string Percent(decimal value) => Rules.Bounds.RelativeStandardError.Contains(value) ? $"{value.ToString("0.0##", Us)}%" : Invalid;

    /// <summary>"12,345 jobs", or what a withheld or invalid count reads as.</summary>
    public static string Jobs(decimal? value) => value is null ? "not published" : OutlookValue(value, Rules.OutlookUnit.Jobs) is var text && text == Invalid ? Invalid : $"{text} jobs";

    public static string Period(int? start, int? end) => (start, end) switch
    {
        ({ } s, { } e) => $"{s}–{e}",
        (null, { } e) => $"through {e}",
        ({ } s, null) => $"since {s}",
        _ => "",
    };

    public static string YearMonth(int year, int? month) =>
        month is { } m ? $"{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m)} {year}" : year.ToString(Us);

    public static string SkillKind(SkillKind kind) => Labels.Of(kind);

    public static string SourceKind(SourceKind kind) => Labels.Of(kind);

    public static string EducationLevel(EducationLevel level) => Labels.Of(level);

    public static string CareerStepKind(CareerStepKind kind) => Labels.Of(kind);
}
