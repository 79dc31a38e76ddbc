namespace CareerExplorer.Web.Services;

/// <summary>One official wage value: a number, a number that is only a floor (top-coded), or nothing.</summary>
public sealed record OfficialAmount(decimal? Amount, bool IsTopCoded, bool IsInvalid = false)
{
    public static readonly OfficialAmount NotPublished = new(null, false);

    /// <summary>A stored value outside its bounds: shown as invalid, never charted or adjusted.</summary>
    public static readonly OfficialAmount Invalid = new(null, false, true);

    public static OfficialAmount Of(decimal? amount, bool topCoded) =>
        Rules.Bounds.PayAmount.Contains(amount) ? new OfficialAmount(amount, topCoded) : Invalid;

    public bool IsPublished => Amount is not null;
    public string Text => IsInvalid ? Display.Invalid : Display.Amount(Amount, null, null, IsTopCoded, "USD");
}

public sealed record OfficialPercentileRow(SalaryStatistic Statistic, OfficialAmount Annual, OfficialAmount Hourly, decimal? RelativeStandardError)
{
    public string Label => Statistic switch
    {
        SalaryStatistic.Median => "Median (50th percentile)",
        SalaryStatistic.Mean => "Mean (average)",
        _ => Display.Statistic(Statistic),
    };
}

public sealed record OfficialEmployment(decimal? Jobs, decimal? RelativeStandardError)
{
    public string Text => Display.Jobs(Jobs);
}

/// <summary>One OEWS release in a role's history, annual wages, nominal and in the latest CPI year's dollars.</summary>
public sealed record OfficialRelease(
    int Year, SourceRef Source, OfficialAmount P10, OfficialAmount Median, OfficialAmount P90,
    NormalisedAmount? P10Adjusted, NormalisedAmount? MedianAdjusted, NormalisedAmount? P90Adjusted, OfficialEmployment? Employment)
{
    public string ReleaseText => $"May {Year.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>A role's BLS OEWS wages: the latest release in full, and every release's median and band.</summary>
public sealed record OfficialWages(
    SourceRef Source, int Year, IReadOnlyList<OfficialPercentileRow> Percentiles, OfficialEmployment? Employment,
    IReadOnlyList<OfficialRelease> History, int? DollarYear, IReadOnlyList<int> YearsWithoutCpi)
{
    /// <summary>What the adjusted history rests on when a year of it is a CPI mean of fewer than twelve months: "2025 dollars: CPI-U mean of 11 months (…)".</summary>
    public IReadOnlyList<string> PartialCpiNotes { get; init; } = [];

    public string ReleaseText => $"May {Year.ToString(CultureInfo.InvariantCulture)}";
    public OfficialPercentileRow? Row(SalaryStatistic statistic) => Percentiles.FirstOrDefault(p => p.Statistic == statistic);
    public decimal? MeanRelativeStandardError => Row(SalaryStatistic.Mean)?.RelativeStandardError;
    public bool HasAdjusted => History.Any(h => h.MedianAdjusted is { Adjusted: true });
}

/// <summary>Another role that holds the official wages for an occupation code this role is filed under.</summary>
public sealed record OfficialWagesElsewhere(string Slug, string Title, string System, string Code, string CodeTitle);

/// <summary>The OEWS figure of a role as loaded for the role page (annual or hourly, one statistic, one release).</summary>
public sealed record OewsWageFigure(int Year, SourceRef Source, SalaryStatistic Statistic, PayBasis Basis, decimal? Amount, bool IsTopCoded, decimal? RelativeStandardError);
public sealed record OewsEmploymentFigure(int Year, decimal? Jobs, decimal? RelativeStandardError);

public static class OfficialWagesBuilder
{
    public static readonly SalaryStatistic[] PercentileOrder =
        [SalaryStatistic.P10, SalaryStatistic.P25, SalaryStatistic.Median, SalaryStatistic.P75, SalaryStatistic.P90, SalaryStatistic.Mean];

    public static bool IsOews(SourceRef source) => source.IsOews;

    public static OfficialWages? Build(IReadOnlyList<OewsWageFigure> wages, IReadOnlyList<OewsEmploymentFigure> employment, Normaliser normaliser)
    {
        if (wages.Count == 0)
            return null;
        var byYear = wages.GroupBy(w => w.Year).OrderBy(g => g.Key).ToList();
        var latest = byYear[^1];
        OfficialAmount Amount(IEnumerable<OewsWageFigure> release, SalaryStatistic statistic, PayBasis basis) =>
            release.FirstOrDefault(w => w.Statistic == statistic && w.Basis == basis) is { } w ? OfficialAmount.Of(w.Amount, w.IsTopCoded) : OfficialAmount.NotPublished;
        OfficialEmployment? Employment(int year) =>
            employment.FirstOrDefault(e => e.Year == year) is { } e ? new OfficialEmployment(e.Jobs, e.RelativeStandardError) : null;

        var percentiles = PercentileOrder.Select(s => new OfficialPercentileRow(s,
                Amount(latest, s, PayBasis.Annual), Amount(latest, s, PayBasis.Hourly),
                latest.Where(w => w.Statistic == s).Select(w => w.RelativeStandardError).FirstOrDefault(r => r is not null)))
            .ToList();

        // Adjusted to the newest full CPI year, as /Compare by default; a release year the table lacks stays unadjusted and is named, never guessed.
        var dollarYear = normaliser.LatestFullYear;
        NormalisedAmount? Adjust(OfficialAmount a, int year) =>
            a.Amount is { } v && dollarYear is { } target && normaliser.Covers(year) ? normaliser.Normalise(v, PayBasis.Annual, year, target) : null;
        var history = byYear.Select(g =>
        {
            var p10 = Amount(g, SalaryStatistic.P10, PayBasis.Annual);
            var median = Amount(g, SalaryStatistic.Median, PayBasis.Annual);
            var p90 = Amount(g, SalaryStatistic.P90, PayBasis.Annual);
            return new OfficialRelease(g.Key, g.First().Source, p10, median, p90,
                Adjust(p10, g.Key), Adjust(median, g.Key), Adjust(p90, g.Key), Employment(g.Key));
        }).ToList();
        var withoutCpi = dollarYear is null ? [] : byYear.Select(g => g.Key).Where(y => !normaliser.Covers(y)).ToList();

        var adjustedYears = history.Where(h => h.MedianAdjusted is { Adjusted: true } || h.P10Adjusted is { Adjusted: true } || h.P90Adjusted is { Adjusted: true })
            .Select(h => h.Year).ToList();
        var partialNotes = adjustedYears.Count == 0 ? [] : adjustedYears.Append(dollarYear!.Value).Distinct().Order()
            .Select(normaliser.DollarsNote).OfType<string>().ToList();

        return new OfficialWages(latest.First().Source, latest.Key, percentiles, Employment(latest.Key), history, dollarYear, withoutCpi) { PartialCpiNotes = partialNotes };
    }
}

/// <summary>
/// Geometry for the server-drawn SVG charts (no script; the CSP forbids inline styles, so the view
/// only sets classes and presentation attributes). All coordinates are in the SVG's viewBox units.
/// </summary>
public static class OfficialWageCharts
{
    public sealed record Tick(double Position, string Label);
    public sealed record RangeChart(double Width, double Height, double P10X, double MedianX, double P90X, bool OpenEnded, IReadOnlyList<Tick> Ticks, double BarY, double BarHeight);

    public const double RangeWidth = 600, RangeHeight = 86;
    private const double RangeLeft = 12, RangeRight = 588;

    /// <summary>Null unless the 10th, median and 90th percentiles are all published.</summary>
    public static RangeChart? Range(OfficialWages wages)
    {
        var p10 = wages.Row(SalaryStatistic.P10)?.Annual;
        var median = wages.Row(SalaryStatistic.Median)?.Annual;
        var p90 = wages.Row(SalaryStatistic.P90)?.Annual;
        if (p10?.Amount is not { } low || median?.Amount is not { } mid || p90?.Amount is not { } high)
            return null;
        var max = NiceMax(high * (p90.IsTopCoded ? 1.15m : 1.05m));
        double X(decimal v) => RangeLeft + (double)(v / max) * (RangeRight - RangeLeft);
        var ticks = TickValues(max).Select(t => new Tick(X(t), ShortMoney(t))).ToList();
        return new RangeChart(RangeWidth, RangeHeight, X(low), X(mid), X(high), p90.IsTopCoded, ticks, 22, 22);
    }

    public sealed record Line(string Points, bool IsSinglePoint, double X, double Y);
    public sealed record HistoryChart(
        double Width, double Height, double Left, double Right, double Top, double Bottom,
        IReadOnlyList<Tick> YTicks, IReadOnlyList<Tick> XTicks, IReadOnlyList<string> Bands, IReadOnlyList<Line> Medians);

    public const double HistoryWidth = 600, HistoryHeight = 240;

    /// <summary>
    /// Median line and 10th–90th band over the releases; a release without a value breaks both
    /// (no line is drawn across a gap). <paramref name="max"/> is shared so the two charts compare.
    /// </summary>
    public static HistoryChart History(IReadOnlyList<(int Year, decimal? Low, decimal? Median, decimal? High)> points, decimal max)
    {
        const double left = 64, right = 572, top = 12, bottom = 208;
        var years = points.Select(p => p.Year).ToList();
        int first = years.Min(), last = years.Max();
        double X(int year) => last == first ? (left + right) / 2 : left + (year - first) * (right - left) / (last - first);
        double Y(decimal v) => bottom - (double)(v / max) * (bottom - top);

        var bands = new List<string>();
        var medians = new List<Line>();
        foreach (var run in Runs(points, p => p.Low is not null && p.High is not null))
            bands.Add(string.Join(' ', run.Select(p => Pt(X(p.Year), Y(p.High!.Value)))
                .Concat(run.AsEnumerable().Reverse().Select(p => Pt(X(p.Year), Y(p.Low!.Value))))));
        foreach (var run in Runs(points, p => p.Median is not null))
            medians.Add(new Line(string.Join(' ', run.Select(p => Pt(X(p.Year), Y(p.Median!.Value)))),
                run.Count == 1, X(run[0].Year), Y(run[0].Median!.Value)));

        var yTicks = TickValues(max).Select(t => new Tick(Y(t), ShortMoney(t))).ToList();
        var xTicks = years.Select(y => new Tick(X(y), y.ToString(CultureInfo.InvariantCulture))).ToList();
        return new HistoryChart(HistoryWidth, HistoryHeight, left, right, top, bottom, yTicks, xTicks, bands, medians);
    }

    public static decimal NiceMax(decimal value)
    {
        if (value <= 0)
            return 10_000m;
        var step = 10_000m;
        while (value / step > 8)
            step *= value / step > 40 ? 5 : 2;
        return Math.Ceiling(value / step) * step;
    }

    private static IEnumerable<decimal> TickValues(decimal max)
    {
        var step = max / 4;
        for (var i = 0; i <= 4; i++)
            yield return step * i;
    }

    private static IEnumerable<List<T>> Runs<T>(IEnumerable<T> items, Func<T, bool> present)
    {
        var run = new List<T>();
        foreach (var item in items)
        {
            if (present(item))
                run.Add(item);
            else if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }
        if (run.Count > 0)
            yield return run;
    }

    private static string Pt(double x, double y) => FormattableString.Invariant($"{x:0.#},{y:0.#}");

    public static string ShortMoney(decimal v) => v >= 1000 ? $"${(v / 1000m).ToString("0.#", CultureInfo.InvariantCulture)}k" : Display.Money(v);

    /// <summary>An SVG text element, written out because Razor reserves &lt;text&gt; for itself.</summary>
    public static Microsoft.AspNetCore.Html.HtmlString SvgText(string cssClass, double x, double y, string anchor, string content) =>
        new($"<text class=\"{cssClass}\" x=\"{Num(x)}\" y=\"{Num(y)}\" text-anchor=\"{anchor}\">{System.Net.WebUtility.HtmlEncode(Rules.TextRules.ForXml(content))}</text>");

    public static string Num(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
