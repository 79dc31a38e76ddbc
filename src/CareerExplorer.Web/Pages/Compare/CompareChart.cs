namespace CareerExplorer.Web.Pages.Compare;

/// <summary>
/// Geometry of the compare chart, computed on the server so the SVG needs no script: one bar per
/// point figure, one floating bar per range, grouped by role, on a shared normalised axis.
/// Two layouts: wide (labels left of the bars) and narrow for phones (labels above the bars).
/// </summary>
public sealed class CompareChart
{
    private const int TopMargin = 46;
    private const int GroupHeader = 30;
    private const int BarHeight = 14;
    private const double CharWidth = 7.0; // rough width of a 12px character, to keep labels inside

    public sealed record Tick(double X, string Label);
    public sealed record Bar(double Y, double X, double W, double LabelX, double LabelY, string Label, string ValueLabel, string CssClass, bool Nominal, string Title, (double X, string Anchor, string CssClass) Value);
    public sealed record Group(double Y, string Title);

    public bool Narrow { get; }
    public int Width { get; }
    public int PlotLeft { get; }
    public int PlotRight { get; }
    public string LabelAnchor => Narrow ? "start" : "end";
    public IReadOnlyList<Tick> Ticks { get; }
    public IReadOnlyList<Bar> Bars { get; }
    public IReadOnlyList<Group> Groups { get; }
    public double Height { get; }
    public int TargetYear { get; }
    public int FigureCount => Bars.Count;

    public CompareChart(Comparison comparison, bool narrow = false)
    {
        Narrow = narrow;
        Width = narrow ? 400 : 960;
        PlotLeft = narrow ? 4 : 382;
        PlotRight = narrow ? 300 : 850;
        var labelX = narrow ? 4.0 : 372.0;
        var rowHeight = narrow ? 40 : 24;
        var barOffset = narrow ? 20.0 : (rowHeight - BarHeight) / 2.0;
        var labelMax = 56;

        TargetYear = comparison.TargetYear;
        var max = comparison.Roles.SelectMany(r => r.Figures)
            .SelectMany(f => new[] { f.Point?.Value, f.High?.Value })
            .Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(100_000m).Max();
        var step = max > 300_000m ? 100_000m : max > 150_000m ? 50_000m : 25_000m;
        if (narrow)
            step *= 2;
        var axisMax = Math.Ceiling(max / step) * step;
        double X(decimal v) => PlotLeft + (double)(v / axisMax) * (PlotRight - PlotLeft);

        var ticks = new List<Tick>();
        for (var v = 0m; v <= axisMax; v += step)
            ticks.Add(new Tick(X(v), v == 0 ? "$0" : $"${(v / 1000m).ToString("#,0", CultureInfo.InvariantCulture)}k"));
        Ticks = ticks;

        (double, string, string) ValuePosition(double x, double w, string text, bool range) =>
            x + w + 5 + text.Length * CharWidth <= Width ? (x + w + 5, "start", "value")
            : range && x - 5 - text.Length * CharWidth >= PlotLeft ? (x - 5, "end", "value")
            // A range bar is pale, so dark text over it (and the free space to its left) reads well.
            : range ? (x + w - 5, "end", "value")
            : (x + w - 5, "end", "value value-inside");

        var bars = new List<Bar>();
        var groups = new List<Group>();
        double y = TopMargin;
        foreach (var role in comparison.Roles)
        {
            groups.Add(new Group(y + 18, role.Title));
            y += GroupHeader;
            foreach (var f in role.Figures)
            {
                var fig = f.Figure;
                var label = Shorten($"{fig.Provenance.Source.Publisher}, {fig.Year} · {Display.Statistic(fig.Statistic).ToLowerInvariant()}{(fig.Basis == PayBasis.Hourly ? ", hourly" : "")}", labelMax);
                var nominal = !f.Adjusted;
                var value = f.NormalisedText + (nominal ? " (nominal)" : "");
                var title = $"{role.Title}: {fig.Provenance.Text}, {fig.YearText}, {fig.StatisticText}, {fig.AmountText} {Display.Per(fig.Basis)} as published; {f.NormalisedText} in {(nominal ? "nominal" : TargetYear.ToString(CultureInfo.InvariantCulture))} dollars";
                var barY = y + barOffset;
                var labelY = narrow ? y + 14 : barY + 11;
                if (f.IsRange || f.Point is not null)
                {
                    var (x, w) = f.IsRange
                        ? (X(f.Low!.Value), Math.Max(2, X(f.High!.Value) - X(f.Low.Value)))
                        : (PlotLeft, Math.Max(2, X(f.Point!.Value) - PlotLeft));
                    var css = f.IsRange ? "bar-range" : "bar-" + fig.Statistic.ToString().ToLowerInvariant();
                    var position = ValuePosition(x, w, value, f.IsRange);
                    // On a phone there is a whole line above each bar: a value that does not fit
                    // beside its bar goes on that line instead of over the bar.
                    if (narrow && position.Item1 != x + w + 5)
                        bars.Add(new Bar(barY, x, w, labelX, labelY, $"{label}: {value}", "", css, nominal, title, position));
                    else
                        bars.Add(new Bar(barY, x, w, labelX, labelY, label, value, css, nominal, title, position));
                }
                y += rowHeight;
            }
            if (role.Figures.Count == 0)
            {
                bars.Add(new Bar(y + 4, PlotLeft, 0, labelX, y + 14, "No pay figures", "", "bar-none", false, $"{role.Title}: no pay figures", (0, "start", "value")));
                y += rowHeight;
            }
            y += 6;
        }
        Bars = bars;
        Groups = groups;
        Height = y + 10;
    }

    public static string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>An SVG text element (Razor reserves the &lt;text&gt; tag), content encoded, painted by kind.</summary>
    public static Microsoft.AspNetCore.Html.HtmlString Text(double x, double y, string cssClass, string content, string? anchor = null) =>
        new($"<text x=\"{F(x)}\" y=\"{F(y)}\" class=\"{cssClass}\"{(anchor is null ? "" : $" text-anchor=\"{anchor}\"")} {TextPaint(cssClass)}>{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(Rules.TextRules.ForXml(content))}</text>");

    // The chart is an image, so it cannot use the site's stylesheet: colours live here, with the
    // same contrast as the page's (ink 16:1, muted 7.4:1 on white; white on the bars 4.5:1 or more).
    private const string Ink = "#1b1f24", Muted = "#4a5560";

    private static string TextPaint(string cssClass) => cssClass switch
    {
        "group" => $"fill=\"{Ink}\" font-size=\"14\" font-weight=\"700\"",
        "value" => $"fill=\"{Ink}\" font-weight=\"600\"",
        "value value-inside" => "fill=\"#fff\" font-weight=\"600\"",
        "tick" or "legend-label" => $"fill=\"{Muted}\"",
        _ => $"fill=\"{Ink}\"",
    };

    /// <summary>Fill and outline of a bar; figures left in nominal dollars get a dashed outline.</summary>
    public static Microsoft.AspNetCore.Html.HtmlString Paint(string cssClass, bool nominal = false)
    {
        var paint = cssClass switch
        {
            "bar-median" => "fill=\"#0b5394\"",
            "bar-mean" => "fill=\"#2b7a5f\"",
            "bar-range" => "fill=\"#b9d3ee\" stroke=\"#0b5394\" stroke-width=\"1.5\"",
            _ => "fill=\"#6e7781\"", // percentiles
        };
        if (nominal)
            paint = paint.Split(" stroke")[0] + $" stroke=\"{Ink}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"";
        return new(paint);
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
