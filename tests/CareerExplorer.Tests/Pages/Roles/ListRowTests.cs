using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Pages.Roles;

/// <summary>
/// The roles list a student can scan (issue 20), over every official data set (seed, OEWS May 2023,
/// O*NET 29.0, both projection releases): one row a role with one pay figure and one outlook
/// figure, each with its source and year, a quiet dash for what is missing; the field, pay and
/// growth filters with their counts, combinable and in the URL; and the ways in (fields, fastest
/// growing, most openings, the articles' careers) on the home page and the list.
/// </summary>
public class ListRowTests(OfficialDataApp app) : IClassFixture<OfficialDataApp>
{
    private static List<IElement> Rows(IHtmlDocument page) => page.QuerySelectorAll("table.roles tbody tr").ToList();

    private static int Count(IHtmlDocument page) =>
        int.Parse(Regex.Match(page.QuerySelector("#result-count")!.Text(), @"^([\d,]+) role").Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture);

    /// <summary>The count a filter's option shows ("Computer and Mathematical (47)").</summary>
    private static int OptionCount(IHtmlDocument page, string select, string value) =>
        int.Parse(Regex.Match(page.QuerySelector($"select#{select} option[value='{value}']")!.Text(), @"\(([\d,]+)\)$").Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture);

    private static decimal Dollars(string text) => decimal.Parse(Regex.Match(text, @"\$([\d,]+)").Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("/Roles")]
    [InlineData("/Roles?page=7")]
    [InlineData("/Roles?q=data")]
    [InlineData("/Roles?sort=salary-desc")]
    public async Task Get_Roles_EveryRow_ShowsOnePayAndOneOutlookFigure_WithSourceAndYear_OrOneDash(string url)
    {
        var page = await app.CreateClient().GetDocumentAsync(url);
        Assert.Equal(["Role", "Pay", "Outlook", "Entry education", "Job zone"], page.QuerySelectorAll("table.roles thead th").Select(th => th.Text()).ToList());
        Assert.DoesNotContain("No figure", page.QuerySelector("table.roles")!.TextContent);
        var rows = Rows(page);
        Assert.Equal(20, rows.Count);
        foreach (var row in rows)
        {
            var role = row.GetAttribute("data-role");
            foreach (var label in new[] { "Pay", "Outlook" })
            {
                var cell = row.QuerySelector($"td[data-label='{label}']")!;
                if (cell.ClassList.Contains("empty"))
                {
                    Assert.Equal("—", cell.Text()); // one quiet dash, nothing else
                    continue;
                }
                Assert.Single(cell.QuerySelectorAll(".amount"));
                var source = cell.QuerySelector(".small a[href^='/Sources/']");
                Assert.True(source is not null, $"{role}: the {label} figure has no source link");
                Assert.Matches(@"(19|20)\d\d", cell.QuerySelector(".small")!.Text()); // its year, release or period
            }
        }
    }

    [Fact]
    public async Task Get_Roles_OfficialRole_ShowsTheLatestOfficialMedian_AndSeedRole_TheArticlesHeadline()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=statisticians");
        var official = page.QuerySelector("tr[data-role='statisticians'] td[data-label='Pay']")!;
        Assert.Contains("official-median", official.ClassList);
        Assert.Contains("median a year, BLS May 2023", official.Text());

        page = await app.CreateClient().GetDocumentAsync("/Roles?q=machine+learning+engineer");
        var seed = page.QuerySelector("tr[data-role='machine-learning-engineer'] td[data-label='Pay']")!;
        Assert.Contains("headline-pay", seed.ClassList);
        Assert.DoesNotContain("BLS May", seed.Text());
    }

    [Fact]
    public async Task Get_Roles_SourcesDisagree_SaysHowManyFiguresFromHowManySources_LinkingToThePayTable()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerDbContext>();
        var figures = await db.SalaryFigures.AsNoTracking().Where(f => f.Role.Slug == "machine-learning-engineer" && f.Source.Dataset != Datasets.BlsOews)
            .Select(f => f.SourceId).ToListAsync();
        Assert.True(figures.Distinct().Count() > 1, "the seed has several sources for this role");

        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=machine+learning+engineer");
        var link = page.QuerySelector("tr[data-role='machine-learning-engineer'] td[data-label='Pay'] a[href$='#pay']")!;
        Assert.Equal($"{figures.Count} figures from {figures.Distinct().Count()} sources", link.Text());
        Assert.Equal("/Roles/machine-learning-engineer#pay", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Roles_ByField_ListsOnlyThatMajorGroup_AsManyAsItsOptionSays()
    {
        var all = await app.CreateClient().GetDocumentAsync("/Roles");
        var options = all.QuerySelectorAll("select#field option[value]").Where(o => o.GetAttribute("value") != "").ToList();
        Assert.True(options.Count >= 22, $"{options.Count} fields");
        Assert.Contains(options, o => o.Text().StartsWith("Healthcare Practitioners and Technical (", StringComparison.Ordinal));
        var expected = OptionCount(all, "field", "29");

        var page = await app.CreateClient().GetDocumentAsync("/Roles?field=29");
        Assert.Equal(expected, Count(page));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerDbContext>();
        var inGroup = await db.RoleSummaries.AsNoTracking().Where(s => s.MajorGroup == "29").CountAsync();
        Assert.Equal(inGroup, expected);
        foreach (var row in Rows(page))
        {
            var slug = row.GetAttribute("data-role")!;
            var codes = await db.OccupationCodes.AsNoTracking().Where(c => c.Role.Slug == slug || db.Roles.Any(x => x.Slug == slug && x.ParentRoleId == c.RoleId)).Select(c => c.Code).ToListAsync();
            Assert.Contains(codes, c => c.StartsWith("29-", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Get_Roles_ByPayBand_ListsOfficialMediansInTheBand()
    {
        var all = await app.CreateClient().GetDocumentAsync("/Roles");
        var expected = OptionCount(all, "pay", "100000-149999");
        var page = await app.CreateClient().GetDocumentAsync("/Roles?pay=100000-149999&sort=salary-asc");
        Assert.Equal(expected, Count(page));
        foreach (var row in Rows(page))
        {
            var pay = row.QuerySelector("td[data-label='Pay']")!;
            Assert.Contains("official-median", pay.ClassList);
            Assert.InRange(Dollars(pay.QuerySelector(".amount")!.Text()), 100_000m, 149_999m);
        }
    }

    [Fact]
    public async Task Get_Roles_ByGrowth_ListsProjectionsOfThatPace_AndFiltersCombine()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?growth=much-faster&sort=projected-growth");
        var count = Count(page);
        Assert.True(count > 20);
        var changes = Rows(page).Select(r => r.QuerySelector("td.projection .amount")!.Text()).ToList();
        Assert.All(changes, c => Assert.StartsWith("+", c));

        // Field, pay and growth together: each option's count is what choosing it would give, the other filters kept.
        var combined = await app.CreateClient().GetDocumentAsync("/Roles?growth=much-faster&field=15");
        var total = Count(combined);
        Assert.True(total > 0 && total < count);
        Assert.Equal(total, OptionCount(combined, "field", "15"));
        Assert.Equal(total, OptionCount(combined, "growth", "much-faster"));
        Assert.Equal("selected", combined.QuerySelector("select#field option[value='15']")!.GetAttribute("selected"));
        // The download and the pager keep every filter.
        Assert.Contains("field=15", combined.QuerySelector("#downloads a")!.GetAttribute("href"));
        Assert.Contains("growth=much-faster", combined.QuerySelector("#downloads a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/Roles?field=99&pay=abc&growth=zzz&articles=maybe")]
    [InlineData("/Roles?field=%00&pay=-1-&growth=")]
    public async Task Get_Roles_NonsenseFilters_AreLeftOut(string url)
    {
        var all = Count(await app.CreateClient().GetDocumentAsync("/Roles"));
        Assert.Equal(all, Count(await app.CreateClient().GetDocumentAsync(url)));
    }

    [Fact]
    public async Task Get_Roles_FromTheArticles_ListsTheMachineLearningCareers()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?articles=1");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerDbContext>();
        Assert.Equal(await db.Roles.CountAsync(r => r.ImportedFrom == null), Count(page));
        Assert.Contains(Rows(page), r => r.GetAttribute("data-role") == "machine-learning-engineer");
    }

    [Fact]
    public async Task Get_Home_OffersEveryField_TheFastestGrowing_AndTheMostOpenings()
    {
        var home = await app.CreateClient().GetDocumentAsync("/");
        var fields = home.QuerySelectorAll("section.browse ul.fields li").ToList();
        Assert.True(fields.Count >= 23, $"{fields.Count} ways in"); // the major groups, then the articles' careers
        var health = fields.Single(li => li.QuerySelector("a")!.Text() == "Healthcare Practitioners and Technical");
        var list = await app.CreateClient().GetDocumentAsync(health.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(int.Parse(health.QuerySelector(".count")!.Text().Replace(",", ""), CultureInfo.InvariantCulture), Count(list));

        var fastest = home.QuerySelectorAll("#fastest-heading ~ table tbody tr td.num")
            .Select(td => decimal.Parse(td.Text().TrimStart('+').TrimEnd('%'), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(8, fastest.Count);
        Assert.Equal(fastest.OrderByDescending(x => x), fastest);
        Assert.Contains("BLS 2024–34", home.QuerySelector("#fastest-heading ~ table caption")!.Text());

        var openings = home.QuerySelectorAll("#openings-heading ~ table tbody tr td.num").Select(td => decimal.Parse(td.Text().Replace(",", ""), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(8, openings.Count);
        Assert.Equal(openings.OrderByDescending(x => x), openings);
        Assert.True(openings[0] < 5_000_000, "one occupation's openings, not the all-occupations total");

        Assert.NotNull(home.QuerySelector("#roles-heading"));
        Assert.NotNull(home.QuerySelector("a[href='/Roles?articles=1']"));
    }
}
