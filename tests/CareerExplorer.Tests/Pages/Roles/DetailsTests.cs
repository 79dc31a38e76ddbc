using System.Globalization;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Roles;

public class DetailsTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    [Theory]
    [InlineData("machine-learning-engineer")]
    [InlineData("data-scientist")]
    [InlineData("computer-and-information-research-scientist")]
    public async Task Get_RoleDetails_EveryFigureIsARowWithItsSourceAndYear(string slug)
    {
        await using var db = app.CreateDbContext();
        var figures = await db.SalaryFigures.Where(f => f.Role.Slug == slug)
            .Select(f => new { f.Id, f.Amount, f.Low, f.Year, Publisher = f.Source.Publisher, SourceSlug = f.Source.Slug, f.Basis, f.Statistic })
            .ToListAsync();
        Assert.NotEmpty(figures);

        var doc = await app.CreateClient().GetDocumentAsync($"/Roles/{slug}");
        var rows = doc.QuerySelectorAll("table.salary-figures tbody tr");

        Assert.Equal(figures.Count, rows.Length);
        foreach (var f in figures)
        {
            var row = doc.QuerySelector($"tr#salary-{f.Id}");
            Assert.NotNull(row);
            var money = Display.Money(f.Amount ?? f.Low!.Value);
            Assert.Contains(money, row.QuerySelector("td.amount")!.Text());
            Assert.Contains(f.Year.ToString(CultureInfo.InvariantCulture), row.QuerySelector("td.year")!.Text());
            var sourceLink = row.QuerySelector($"td.source a[href='/Sources/{f.SourceSlug}']");
            Assert.NotNull(sourceLink);
            Assert.Equal(f.Publisher, sourceLink.Text());
            Assert.Contains(f.Basis == PayBasis.Hourly ? "Hourly" : "Annual", row.Text());
        }
    }

    [Fact]
    public async Task Get_RoleDetails_OutlookFiguresHaveSourceAndYear()
    {
        await using var db = app.CreateDbContext();
        var count = await db.OutlookFigures.CountAsync(f => f.Role.Slug == "machine-learning-engineer");

        var doc = await app.CreateClient().GetDocumentAsync("/Roles/machine-learning-engineer");
        var rows = doc.QuerySelectorAll("table.outlook-figures tbody tr");

        Assert.Equal(count, rows.Length);
        Assert.All(rows, row =>
        {
            Assert.Matches(@"\b(19|20)\d\d\b", row.QuerySelector("td.year")!.Text());
            Assert.NotNull(row.QuerySelector("td.source a[href^='/Sources/']"));
        });
    }

    [Fact]
    public async Task Get_RoleDetails_FigureOlderThanFiveYears_IsMarkedDated()
    {
        var doc = await app.CreateClient().GetDocumentAsync("/Roles/machine-learning-engineer");

        var rows = doc.QuerySelectorAll("table.salary-figures tbody tr");
        var payscale2017 = rows.Single(r => r.QuerySelector("td.amount")!.Text() == "$106,225");
        var glassdoor2025 = rows.First(r => r.QuerySelector("a[href='/Sources/glassdoor']") is not null);

        Assert.NotNull(payscale2017.QuerySelector(".badge.dated"));
        Assert.Null(glassdoor2025.QuerySelector(".badge.dated"));
    }

    [Fact]
    public async Task Get_RoleDetails_EachFigureHasAPlainTextCitation()
    {
        var doc = await app.CreateClient().GetDocumentAsync("/Roles/machine-learning-engineer");

        var row = doc.QuerySelectorAll("table.salary-figures tbody tr")
            .Single(r => r.QuerySelector("td.amount")!.Text() == "$106,225");
        var citation = row.QuerySelector("details.cite p")!.Text();

        Assert.StartsWith("PayScale. PayScale salary data.", citation);
        Assert.Contains("$106,225", citation);
        Assert.Contains("2017", citation);
        Assert.Contains("Median", citation);
        Assert.Contains("Cited in:", citation);
    }

    [Fact]
    public async Task Get_RoleDetails_ShowsCodesSkillsPathsAndSourcesCited()
    {
        var doc = await app.CreateClient().GetDocumentAsync("/Roles/machine-learning-engineer");
        var text = doc.Body!.Text();

        Assert.Contains("15-1221", text);
        Assert.Contains("15-2031", text);
        Assert.NotNull(doc.QuerySelector("#skills ~ ul a[href='/Skills/python']"));
        Assert.NotNull(doc.QuerySelector("#ways-in ~ ul a[href='/Roles/software-engineer']"));
        Assert.NotNull(doc.QuerySelector("#leads-to ~ ul a[href='/Roles/senior-machine-learning-engineer']"));
        Assert.NotNull(doc.QuerySelector("#sources ~ ul a[href='/Sources/payscale']"));
        Assert.NotNull(doc.QuerySelector("#sources ~ ul a[href='/Sources/usd-ml-career-guide-2025']"));
    }

    [Fact]
    public async Task Get_RoleDetails_UnknownSlug_Returns404()
    {
        var response = await app.CreateClient().GetAsync("/Roles/not-a-role");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_RoleDetails_VeryLongSlug_Returns404()
    {
        var response = await app.CreateClient().GetAsync("/Roles/" + new string('a', 5000));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
