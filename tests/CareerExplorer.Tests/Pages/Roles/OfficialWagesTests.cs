using System.Globalization;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services;
using CareerExplorer.Web.Services.Oews;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Roles;

/// <summary>The role page's official wages block and the roles list's official sorts, over real OEWS files.</summary>
public class OfficialWagesTests(OewsApp app) : IClassFixture<OewsApp>
{
    private static readonly (SalaryStatistic Statistic, string Label)[] Rows =
    [
        (SalaryStatistic.P10, "10th percentile"), (SalaryStatistic.P25, "25th percentile"), (SalaryStatistic.Median, "Median"),
        (SalaryStatistic.P75, "75th percentile"), (SalaryStatistic.P90, "90th percentile"), (SalaryStatistic.Mean, "Mean"),
    ];

    private async Task<List<SalaryFigure>> LatestOewsFiguresAsync(string slug)
    {
        await using var db = app.CreateDbContext();
        return await db.SalaryFigures.AsNoTracking()
            .Where(f => f.Role.Slug == slug && f.Source.Slug == OewsImporter.SourceSlug(2022)).ToListAsync();
    }

    private static string Expected(SalaryFigure? f) =>
        f is null ? "not published" : Display.Amount(f.Amount, f.Low, f.High, f.IsTopCoded, f.Currency);

    [Theory]
    [InlineData("computer-and-information-research-scientist")]
    [InlineData("anesthesiologists")]
    [InlineData("business-teachers-postsecondary")]
    public async Task Get_RoleDetails_OewsRole_ShowsLatestPercentilesWithSource(string slug)
    {
        var figures = await LatestOewsFiguresAsync(slug);
        Assert.Equal(12, figures.Count);

        var doc = await app.CreateClient().GetDocumentAsync($"/Roles/{slug}");
        var section = doc.QuerySelector("section#official-wages");
        Assert.NotNull(section);
        Assert.Equal("Official wages", section.QuerySelector("h2")!.Text());
        var table = section.QuerySelector("table.official-percentiles")!;
        var caption = table.QuerySelector("caption")!;
        Assert.Contains("U.S. Bureau of Labor Statistics, OEWS, May 2022", caption.Text());
        Assert.NotNull(caption.QuerySelector("a[href='/Sources/bls-oews-may-2022']"));

        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(Rows.Length, rows.Length);
        for (var i = 0; i < Rows.Length; i++)
        {
            var (statistic, label) = Rows[i];
            Assert.StartsWith(label, rows[i].QuerySelector("th[scope=row]")!.Text());
            var annual = figures.Single(f => f.Statistic == statistic && f.Basis == PayBasis.Annual);
            var hourly = figures.Single(f => f.Statistic == statistic && f.Basis == PayBasis.Hourly);
            Assert.Equal(Expected(annual), rows[i].QuerySelector("td[data-label=Annual]")!.FirstChild!.TextContent.Trim());
            Assert.Equal(Expected(hourly), rows[i].QuerySelector("td[data-label=Hourly]")!.FirstChild!.TextContent.Trim());
        }

        var mean = figures.Single(f => f.Statistic == SalaryStatistic.Mean && f.Basis == PayBasis.Annual);
        if (mean.RelativeStandardError is { } rse)
            Assert.Contains($"RSE {Display.Percent(rse)}", table.Text());

        await using var db = app.CreateDbContext();
        var jobs = await db.OutlookFigures.Where(f => f.Role.Slug == slug && f.Source.Slug == "bls-oews-may-2022" && f.Kind == OutlookKind.Employment)
            .Select(f => f.Value).SingleAsync();
        Assert.Equal($"{jobs!.Value.ToString("#,0", CultureInfo.InvariantCulture)} jobs", section.QuerySelector(".employment")!.Text());
    }

    [Fact]
    public async Task Get_RoleDetails_TopCodedRole_ShowsOrMoreNeverABareNumber()
    {
        var figures = await LatestOewsFiguresAsync("anesthesiologists");
        var topCoded = figures.Where(f => f.IsTopCoded && f.Basis == PayBasis.Annual).ToList();
        Assert.NotEmpty(topCoded); // the data: anesthesiologists' upper percentiles are above the top code

        var doc = await app.CreateClient().GetDocumentAsync("/Roles/anesthesiologists");
        foreach (var f in topCoded)
        {
            var row = doc.QuerySelector($"table.official-percentiles tr[data-statistic='{f.Statistic}']")!;
            Assert.Equal($"{Display.Money(f.Amount!.Value)} or more", row.QuerySelector("td[data-label=Annual]")!.FirstChild!.TextContent.Trim());
        }
        // The range chart draws an open end for a top-coded 90th percentile, or is left out when the median is top-coded too.
        var p90 = figures.Single(f => f.Statistic == SalaryStatistic.P90 && f.Basis == PayBasis.Annual);
        var median = figures.Single(f => f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual);
        if (p90.IsTopCoded && median.Amount is not null)
            Assert.NotNull(doc.QuerySelector("svg.range-chart path.open-end"));
    }

    [Fact]
    public async Task Get_RoleDetails_AnnualOnlyRole_HourlyColumnSaysNotPublished()
    {
        var figures = await LatestOewsFiguresAsync("business-teachers-postsecondary");
        Assert.All(figures.Where(f => f.Basis == PayBasis.Hourly), f => Assert.True(f.IsNotPublished));

        var doc = await app.CreateClient().GetDocumentAsync("/Roles/business-teachers-postsecondary");
        var hourly = doc.QuerySelectorAll("table.official-percentiles td[data-label=Hourly]");
        Assert.Equal(6, hourly.Length);
        Assert.All(hourly, td => Assert.Equal("not published", td.Text()));
        Assert.DoesNotContain(hourly, td => td.Text().Contains('$') || td.Text().Contains('0'));
        var annualMedian = figures.Single(f => f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual);
        Assert.Equal(Display.Money(annualMedian.Amount!.Value),
            doc.QuerySelector("table.official-percentiles tr[data-statistic='Median'] td[data-label=Annual]")!.Text());
    }

    [Fact]
    public async Task Get_RoleDetails_History_OneRowPerReleaseWithGapsNotPublished()
    {
        await using var db = app.CreateDbContext();
        var medians = await db.SalaryFigures.Where(f => f.Role.Slug == "models" && f.Source.Dataset == Datasets.BlsOews
                && f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual)
            .ToDictionaryAsync(f => f.Year, f => f.Amount);
        Assert.Equal(OewsApp.Years.Order(), medians.Keys.Order());
        Assert.Contains(medians, m => m.Value is null); // the data: May 2021 published no annual median for models

        var doc = await app.CreateClient().GetDocumentAsync("/Roles/models");
        var rows = doc.QuerySelectorAll("table.official-history tbody tr");
        Assert.Equal(OewsApp.Years.Length, rows.Length);
        foreach (var row in rows)
        {
            var year = int.Parse(row.GetAttribute("data-year")!, CultureInfo.InvariantCulture);
            Assert.Equal($"May {year}", row.QuerySelector("th a[href='/Sources/bls-oews-may-" + year + "']")!.Text());
            var median = row.QuerySelector("td[data-label=Median]")!.Text();
            Assert.Equal(medians[year] is { } m ? Display.Money(m) : "not published", median);
            if (medians[year] is null)
                Assert.Equal("not published", row.QuerySelector("td.adjusted")!.Text());
        }
        // A not-published release breaks the median line: more than one piece in the nominal chart.
        var pieces = doc.QuerySelectorAll("svg.history-chart")[0].QuerySelectorAll("polyline.median-line, circle.median-point");
        Assert.True(pieces.Length >= 2, $"expected the median line broken at the gap, got {pieces.Length} piece(s)");
    }

    [Fact]
    public async Task Get_RoleDetails_OewsRole_PayTableHasOnlyLatestAnnualMedianAndMeanBesideArticleFigures()
    {
        const string slug = "computer-and-information-research-scientist";
        await using var db = app.CreateDbContext();
        var articleIds = await db.SalaryFigures.Where(f => f.Role.Slug == slug && f.Source.Dataset != Datasets.BlsOews).Select(f => f.Id).ToListAsync();
        var officialIds = await db.SalaryFigures.Where(f => f.Role.Slug == slug && f.Source.Slug == "bls-oews-may-2022" && f.Basis == PayBasis.Annual
            && (f.Statistic == SalaryStatistic.Median || f.Statistic == SalaryStatistic.Mean)).Select(f => f.Id).ToListAsync();
        Assert.NotEmpty(articleIds);

        var doc = await app.CreateClient().GetDocumentAsync($"/Roles/{slug}");
        var ids = doc.QuerySelectorAll("table.salary-figures tbody tr").Select(r => int.Parse(r.GetAttribute("data-figure-id")!, CultureInfo.InvariantCulture));
        Assert.Equal(articleIds.Concat(officialIds).Order(), ids.Order());
    }

    [Fact]
    public async Task Get_RoleDetails_ProxyCodeRole_LinksToTheRoleWithThatCodesOfficialWages()
    {
        var doc = await app.CreateClient().GetDocumentAsync("/Roles/machine-learning-engineer");
        Assert.Null(doc.QuerySelector("#official-wages"));
        var link = doc.QuerySelector(".official-elsewhere a[href='/Roles/computer-and-information-research-scientist#official-wages']");
        Assert.NotNull(link);
        Assert.Contains("Computer and Information Research Scientist", link.Text());
    }

    private async Task<List<string>> RoleSlugs(string url)
    {
        var doc = await app.CreateClient().GetDocumentAsync(url);
        return doc.QuerySelectorAll("table.roles tbody tr").Select(r => r.GetAttribute("data-role")!).ToList();
    }

    /// <summary>Each role's latest OEWS annual median and employment, straight from the database.</summary>
    private async Task<List<(string Slug, string Title, decimal? Median, decimal? Employment)>> OfficialKeysAsync()
    {
        await using var db = app.CreateDbContext();
        var roles = await db.Roles.Select(r => new { r.Id, r.Slug, r.Title }).ToListAsync();
        var medians = await db.SalaryFigures.Where(f => f.Source.Dataset == Datasets.BlsOews && f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual)
            .Select(f => new { f.RoleId, f.Year, f.Amount }).ToListAsync();
        var jobs = await db.OutlookFigures.Where(f => f.Source.Dataset == Datasets.BlsOews && f.Kind == OutlookKind.Employment)
            .Select(f => new { f.RoleId, f.Year, f.Value }).ToListAsync();
        return roles.Select(r => (r.Slug, r.Title,
            medians.Where(m => m.RoleId == r.Id).MaxBy(m => m.Year)?.Amount,
            jobs.Where(j => j.RoleId == r.Id).MaxBy(j => j.Year)?.Value)).ToList();
    }

    [Fact]
    public async Task Get_Roles_SortedByOfficialMedian_FollowsTheLatestMedians()
    {
        var keys = await OfficialKeysAsync();
        var desc = keys.OrderBy(k => k.Median is null).ThenByDescending(k => k.Median).ThenBy(k => k.Title, StringComparer.OrdinalIgnoreCase).Select(k => k.Slug).Take(40).ToList();
        var asc = keys.OrderBy(k => k.Median is null).ThenBy(k => k.Median).ThenBy(k => k.Title, StringComparer.OrdinalIgnoreCase).Select(k => k.Slug).Take(20).ToList();

        Assert.Equal(desc[..20], await RoleSlugs("/Roles?sort=official-median-desc"));
        Assert.Equal(desc[20..], await RoleSlugs("/Roles?sort=official-median-desc&page=2"));
        Assert.Equal(asc, await RoleSlugs("/Roles?sort=official-median-asc"));

        var doc = await app.CreateClient().GetDocumentAsync("/Roles?sort=official-median-asc");
        var first = keys.Single(k => k.Slug == asc[0]);
        var cell = doc.QuerySelector($"tr[data-role='{asc[0]}'] td.official-median")!;
        Assert.StartsWith(Display.Money(first.Median!.Value), cell.Text());
        Assert.Contains("BLS May 2022", cell.Text());
        Assert.Equal("selected", doc.QuerySelector("#sort option[value='official-median-asc']")!.GetAttribute("selected"));
    }

    [Fact]
    public async Task Get_Roles_SortedByEmployment_FollowsTheLatestEmployment()
    {
        var keys = await OfficialKeysAsync();
        var expected = keys.OrderBy(k => k.Employment is null).ThenByDescending(k => k.Employment).ThenBy(k => k.Title, StringComparer.OrdinalIgnoreCase).Select(k => k.Slug).Take(20).ToList();

        Assert.Equal(expected, await RoleSlugs("/Roles?sort=employment-desc"));
        var doc = await app.CreateClient().GetDocumentAsync("/Roles?sort=employment-desc");
        var top = keys.Single(k => k.Slug == expected[0]);
        Assert.StartsWith($"{top.Employment!.Value.ToString("#,0", CultureInfo.InvariantCulture)} jobs", doc.QuerySelector($"tr[data-role='{expected[0]}'] .employment")!.Text());
    }
}
