using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services;

namespace CareerExplorer.Tests.Services;

/// <summary>The summary statistics and the reasons, on figures built for the purpose.</summary>
public class CompareSummaryTests
{
    private static readonly Normaliser Cpi = new(new Dictionary<int, decimal> { [2017] = 245.120m, [2022] = 292.655m, [2024] = 313.689m });
    private static int _id;

    private static SourceRef Source(string slug, SourceKind kind) => new(slug, slug.ToUpperInvariant(), slug + " data", kind, null, null);

    private static CompareFigure Figure(decimal? amount, int year, SalaryStatistic stat = SalaryStatistic.Median,
        PayBasis basis = PayBasis.Annual, decimal? low = null, decimal? high = null, SourceKind kind = SourceKind.GovernmentStatistics,
        PayComponent component = PayComponent.Unspecified, bool citedIn = false, string source = "bls")
    {
        var row = new SalaryFigureRow(++_id, "role", "Role", stat, component, basis, amount, low, high, false, "USD", year, null, "United States",
            new Provenance(Source(source, kind), citedIn ? Source("article", SourceKind.Article) : null), "quote", null);
        return CompareService.Normalise(row, Cpi, 2024);
    }

    [Fact]
    public void Summarise_OddNumberOfPoints_MedianIsTheMiddleOne()
    {
        var rows = new[] { Figure(100_000, 2024), Figure(120_000, 2024), Figure(90_000, 2024), Figure(null, 2024, SalaryStatistic.Range, low: 80_000, high: 150_000) };
        var s = CompareService.Summarise(rows);

        Assert.Equal(4, s.FigureCount);
        Assert.Equal(80_000m, s.Lowest);     // a range's low end counts
        Assert.Equal(150_000m, s.Highest);   // and its high end
        Assert.Equal(100_000m, s.MedianOfPoints); // ranges are not point figures
        Assert.Equal(87.5, s.SpreadPercent);
        Assert.Equal(Spread.Wide, s.Spread);
    }

    [Fact]
    public void Summarise_EvenNumberOfPoints_MedianIsTheMeanOfTheMiddleTwo()
    {
        var s = CompareService.Summarise([Figure(100_000, 2024), Figure(110_001, 2024)]);
        Assert.Equal(105_001m, s.MedianOfPoints); // 105,000.5 rounded half away from zero
        Assert.Equal(Spread.Narrow, s.Spread);
    }

    [Fact]
    public void Summarise_UsesNormalisedValuesAndFindsTheNewest()
    {
        var old = Figure(106_225, 2017, source: "payscale", kind: SourceKind.SalarySite);
        var recent = Figure(130_000, 2022);
        var s = CompareService.Summarise([old, recent]);

        Assert.Equal(135_940m, s.Lowest);           // 106,225 in 2017 dollars = 135,940 in 2024 dollars
        Assert.Equal(139_343m, s.Highest);          // 130,000 * 313.689 / 292.655 = 139,343.49
        Assert.Equal(2022, s.Newest!.Year);
        Assert.Equal(2, s.SourceCount);
        Assert.Equal(0, s.NotAdjusted);
    }

    [Fact]
    public void Summarise_NoFigures_IsEmptyNotAnError()
    {
        var s = CompareService.Summarise([]);
        Assert.Equal(0, s.FigureCount);
        Assert.Null(s.Lowest);
        Assert.Null(s.MedianOfPoints);
        Assert.Equal(Spread.None, s.Spread);
        Assert.Equal("no figures", s.SpreadText);
    }

    private static HashSet<string> Reasons(IReadOnlyList<CompareFigure> rows, params (string, string, string)[] codes) =>
        DifferenceReasons.Find("Role", rows, codes, 2024, 2026).Select(r => r.Key).ToHashSet();

    [Fact]
    public void Reasons_IdenticalFigures_FindNothingToReconcile()
    {
        Assert.Equal(["agree"], Reasons([Figure(100_000, 2024), Figure(101_000, 2024)]));
    }

    [Fact]
    public void Reasons_EachDifferenceInTheDataProducesItsReason()
    {
        Assert.Contains("statistic", Reasons([Figure(100_000, 2024), Figure(110_000, 2024, SalaryStatistic.Mean)]));
        Assert.Contains("years", Reasons([Figure(100_000, 2024), Figure(100_000, 2022)]));
        Assert.Contains("basis", Reasons([Figure(100_000, 2024), Figure(50, 2024, basis: PayBasis.Hourly)]));
        Assert.Contains("pay-component", Reasons([Figure(100_000, 2024), Figure(120_000, 2024, component: PayComponent.Total)]));
        Assert.Contains("source-kind", Reasons([Figure(100_000, 2024), Figure(120_000, 2024, kind: SourceKind.SalarySite, source: "glassdoor")]));
        Assert.Contains("dated", Reasons([Figure(100_000, 2017), Figure(100_000, 2017)]));
        Assert.Contains("second-hand", Reasons([Figure(100_000, 2024), Figure(100_000, 2024, citedIn: true)]));
        Assert.Contains("occupation", Reasons([Figure(100_000, 2024)], ("SOC 2018", "15-1221", "Computer and Information Research Scientists"), ("SOC 2018", "15-2031", "Operations Research Analysts")));
    }

    [Fact]
    public void Reasons_YearsOutsideTheIndex_AreNamed()
    {
        var reasons = DifferenceReasons.Find("Role", [Figure(100_000, 2024), Figure(100_000, 2025)], [], 2024, 2026);
        var years = reasons.Single(r => r.Key == "years");
        Assert.Contains("no value for 2025", years.Detail);
    }

    [Fact]
    public void Reasons_NoFigures_SaySo()
    {
        Assert.Equal(["none"], Reasons([]));
    }
}
