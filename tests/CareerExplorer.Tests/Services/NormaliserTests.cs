using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services;

namespace CareerExplorer.Tests.Services;

public class NormaliserTests
{
    // The BLS CPI-U annual averages seeded in data/seed/cpi.json.
    private static readonly Normaliser Cpi = new(new Dictionary<int, decimal>
    {
        [2014] = 236.736m, [2015] = 237.017m, [2016] = 240.007m, [2017] = 245.120m, [2018] = 251.107m,
        [2019] = 255.657m, [2020] = 258.811m, [2021] = 270.970m, [2022] = 292.655m, [2023] = 304.702m, [2024] = 313.689m,
    });

    [Fact]
    public void Normalise_PayScale2017Median_Is135940In2024Dollars()
    {
        var result = Cpi.Normalise(106_225m, PayBasis.Annual, 2017, 2024);
        Assert.Equal(135_940m, result.Value);
        Assert.True(result.Adjusted);
        Assert.Null(result.Problem);
    }

    [Theory]
    [InlineData(125_672, 2022, 2024, 134_704)]   // 125672 * 313.689 / 292.655 = 134,704.43
    [InlineData(131_490, 2022, 2017, 110_133)]   // deflating works too: 131490 * 245.120 / 292.655 = 110,132.5
    [InlineData(85_720, 2024, 2024, 85_720)]     // same year: unchanged
    public void Normalise_KnownValues(decimal amount, int year, int target, decimal expected) =>
        Assert.Equal(expected, Cpi.Normalise(amount, PayBasis.Annual, year, target).Value);

    [Fact]
    public void Normalise_Hourly_IsAnnualisedAt2080Hours()
    {
        // $41.21 an hour * 2,080 = $85,716.80, rounded to the dollar.
        var result = Cpi.Normalise(41.21m, PayBasis.Hourly, 2024, 2024);
        Assert.Equal(85_717m, result.Value);
        Assert.Equal(85_716.80m, Normaliser.Annualise(41.21m, PayBasis.Hourly));
    }

    [Fact]
    public void Normalise_HourlyAndInflationTogether()
    {
        // 50.00 * 2080 = 104,000 in 2019 dollars; * 313.689 / 255.657 = 127,607.13
        Assert.Equal(127_607m, Cpi.Normalise(50m, PayBasis.Hourly, 2019, 2024).Value);
    }

    [Fact]
    public void Normalise_FigureYearOutsideTable_StaysNominalAndSaysSo()
    {
        var result = Cpi.Normalise(168_730m, PayBasis.Annual, 2025, 2024);
        Assert.Equal(168_730m, result.Value);
        Assert.False(result.Adjusted);
        Assert.Contains("2025", result.Problem);
    }

    [Fact]
    public void Normalise_TargetYearOutsideTable_StaysNominalAndSaysSo()
    {
        var result = Cpi.Normalise(100_000m, PayBasis.Annual, 2017, 2030);
        Assert.Equal(100_000m, result.Value);
        Assert.False(result.Adjusted);
        Assert.Contains("2030", result.Problem);
    }

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(1.5, 2)]
    [InlineData(2.5, 3)]
    [InlineData(2.49, 2)]
    public void Round_HalvesAwayFromZero(decimal value, decimal expected) => Assert.Equal(expected, Normaliser.Round(value));
}
