using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Rules;
using CareerExplorer.Web.Services;

namespace CareerExplorer.Tests.Services.Cpi;

/// <summary>A CPI year resting on some months only: what it says, and what the role page's adjusted history says with it.</summary>
public class PartialCpiYearTests
{
    private static readonly int NoOctober = CpiMonths.All & ~CpiMonths.Bit(10);

    [Fact]
    public void PartialNote_MonthMissingInside_SaysItWasNotPublished()
    {
        Assert.Equal("CPI-U mean of 11 months (January–September, November–December 2025; October was not published)", CpiMonths.PartialNote(2025, NoOctober, latestYear: false));
        Assert.Null(CpiMonths.PartialNote(2024, CpiMonths.All, latestYear: false));
    }

    [Fact]
    public void PartialNote_LatestYear_SaysTheRestIsNotPublishedYet()
    {
        var januaryToMay = CpiMonths.FromList([1, 2, 3, 4, 5])!.Value;
        Assert.Equal("CPI-U mean of 5 months (January–May 2026; June–December are not published yet)", CpiMonths.PartialNote(2026, januaryToMay, latestYear: true));
    }

    [Theory]
    [InlineData("1-9, 11-12", "1-9, 11-12")]
    [InlineData("12, 1,2", "1-2, 12")]
    [InlineData("0-3", null)]
    [InlineData("1-13", null)]
    [InlineData("1, 1", null)]
    [InlineData("May", null)]
    public void ParseNumbers_ReadsTheAdminFormsMonths(string text, string? expected) =>
        Assert.Equal(expected, CpiMonths.ParseNumbers(text) is { } mask ? CpiMonths.Numbers(mask) : null);

    [Fact]
    public void Normaliser_DefaultsToTheLatestFullYear_AndLabelsAmountsAdjustedWithAPartialOne()
    {
        var cpi = new Normaliser([new CpiYear(2024, 313.689m), new CpiYear(2025, 321.740m, NoOctober)]);

        Assert.Equal(2024, cpi.LatestFullYear);
        Assert.Null(cpi.Normalise(100_000m, PayBasis.Annual, 2024, 2024).Partial);
        var to2025 = cpi.Normalise(100_000m, PayBasis.Annual, 2024, 2025);
        Assert.Equal(102_567m, to2025.Value);
        Assert.StartsWith("2025 dollars: CPI-U mean of 11 months", to2025.Partial);
    }

    [Fact]
    public void RoleHistory_DollarYearPartial_IsLabelled()
    {
        var source = new SourceRef("bls-oews-may-2024", "U.S. Bureau of Labor Statistics", "OEWS", SourceKind.GovernmentStatistics, 2024, null, Datasets.BlsOews);
        OewsWageFigure Median(int year, decimal amount) => new(year, source, SalaryStatistic.Median, PayBasis.Annual, amount, false, null);
        var onlyPartial = new Normaliser([new CpiYear(2024, 313.689m, CpiMonths.FromList([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])!.Value)]);
        var full = new Normaliser([new CpiYear(2023, 304.702m), new CpiYear(2024, 313.689m)]);

        var wages = OfficialWagesBuilder.Build([Median(2023, 90_000m), Median(2024, 95_000m)], [], onlyPartial)!;
        var fullWages = OfficialWagesBuilder.Build([Median(2023, 90_000m), Median(2024, 95_000m)], [], full)!;

        Assert.Equal(["2024 dollars: CPI-U mean of 11 months (January–November 2024; December is not published yet)"], wages.PartialCpiNotes);
        Assert.Empty(fullWages.PartialCpiNotes);
    }
}
