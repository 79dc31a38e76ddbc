using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Tests.Services.Oews;
using CareerExplorer.Web.Services;
using CareerExplorer.Web.Services.Oews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Pages.Sources;

/// <summary>An OEWS release cites ~830 roles and ~10,800 figures: its page comes a page of roles at a time.</summary>
public class OfficialSourceTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private async Task ImportRelease2022Async()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerExplorer.Web.Data.CareerDbContext>();
        if (await db.Sources.AnyAsync(s => s.Slug == "bls-oews-may-2022"))
            return;
        var release = OewsFile.Read(OewsCsv.RealFile(2022), File.ReadAllText(OewsCsv.RealFile(2022))).Release!;
        var (_, problems) = await OewsApp.ImportAsync(scope.ServiceProvider, [release]);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Get_OewsSource_ShowsOnePageOfRolesAndTheTotals()
    {
        await ImportRelease2022Async();
        await using var db = app.CreateDbContext();
        var roles = await db.Roles.Where(r => r.SalaryFigures.Any(f => f.Source.Slug == "bls-oews-may-2022")).OrderBy(r => r.Title).ThenBy(r => r.Id).Select(r => r.Title).ToListAsync();
        var figures = await db.SalaryFigures.CountAsync(f => f.Source.Slug == "bls-oews-may-2022") + await db.OutlookFigures.CountAsync(f => f.Source.Slug == "bls-oews-may-2022");

        var first = await app.CreateClient().GetDocumentAsync("/Sources/bls-oews-may-2022");
        var second = await app.CreateClient().GetDocumentAsync("/Sources/bls-oews-may-2022?page=2");

        Assert.Contains($"{figures:#,0} figures for {roles.Count:#,0} roles", first.QuerySelector("#figures + p")!.TextContent);
        var onFirst = first.QuerySelectorAll("table tbody tr a[href^='/Roles/']").Select(a => a.TextContent.Trim()).Distinct().ToList();
        var onSecond = second.QuerySelectorAll("table tbody tr a[href^='/Roles/']").Select(a => a.TextContent.Trim()).Distinct().ToList();
        Assert.Equal(roles.Take(SourceService.RolesPerPage), onFirst);
        Assert.Equal(roles.Skip(SourceService.RolesPerPage).Take(SourceService.RolesPerPage), onSecond);
        Assert.NotNull(first.QuerySelector("nav.pager a[rel='next'][href='/Sources/bls-oews-may-2022?page=2#figures']"));
    }

    [Theory]
    [InlineData("?page=99999", "last")]
    [InlineData("?page=abc", "first")]
    [InlineData("?page=-3", "first")]
    public async Task Get_OewsSource_PageOutOfRange_ShowsTheNearestPage(string query, string which)
    {
        await ImportRelease2022Async();
        var response = await app.CreateClient().GetAsync("/Sources/bls-oews-may-2022" + query);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        var current = doc.QuerySelector("nav.pager [aria-current='page']")!.TextContent;
        var last = doc.QuerySelectorAll("nav.pager li").Select(li => li.TextContent.Trim()).Where(t => int.TryParse(t, out _)).Max(int.Parse);
        Assert.Equal(which == "last" ? last.ToString() : "1", current);
    }
}
