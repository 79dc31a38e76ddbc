using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Roles;

public class IndexTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private async Task<List<string>> RoleSlugs(string url)
    {
        var doc = await app.CreateClient().GetDocumentAsync(url);
        return doc.QuerySelectorAll("table.roles tbody tr").Select(r => r.GetAttribute("data-role")!).ToList();
    }

    [Fact]
    public async Task Get_Roles_ListsEveryRoleByName()
    {
        await using var db = app.CreateDbContext();
        var expected = (await db.Roles.Select(r => new { r.Slug, r.Title }).ToListAsync())
            .OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).Select(r => r.Slug).ToList();

        Assert.Equal(expected, await RoleSlugs("/Roles"));
    }

    [Fact]
    public async Task Search_ByTitle_FindsMatchingRoles()
    {
        var slugs = await RoleSlugs("/Roles?q=scientist");
        Assert.Contains("data-scientist", slugs);
        Assert.Contains("nlp-scientist", slugs);
        Assert.DoesNotContain("software-developer", slugs);
    }

    [Fact]
    public async Task Search_ByAlias_FindsTheRole()
    {
        await using var db = app.CreateDbContext();
        var alias = await db.RoleAliases.Where(a => a.Role.Slug == "machine-learning-engineer").Select(a => a.Name).FirstAsync();

        var slugs = await RoleSlugs("/Roles?q=" + Uri.EscapeDataString(alias));

        Assert.Contains("machine-learning-engineer", slugs);
    }

    [Fact]
    public async Task Search_BySkill_FindsRolesThatNeedIt()
    {
        await using var db = app.CreateDbContext();
        var expected = await db.RoleSkills.Where(rs => rs.Skill.Slug == "matlab").Select(rs => rs.Role.Slug).Distinct().ToListAsync();
        Assert.NotEmpty(expected);

        var slugs = await RoleSlugs("/Roles?q=MATLAB");

        Assert.Superset(expected.ToHashSet(), slugs.ToHashSet());
    }

    [Fact]
    public async Task Search_IsCaseInsensitiveAndTreatsWildcardsLiterally()
    {
        Assert.Contains("data-scientist", await RoleSlugs("/Roles?q=DATA%20SCIENTIST"));
        Assert.Empty(await RoleSlugs("/Roles?q=%25"));  // a literal "%" matches nothing, not everything
        Assert.Empty(await RoleSlugs("/Roles?q=_"));
    }

    [Fact]
    public async Task Filter_ByCategory_ReturnsOnlyThatCategory()
    {
        await using var db = app.CreateDbContext();
        var expected = await db.Roles.Where(r => r.Category == "Data science").Select(r => r.Slug).ToListAsync();

        var slugs = await RoleSlugs("/Roles?category=" + Uri.EscapeDataString("Data science"));

        Assert.Equal(expected.Order(), slugs.Order());
    }

    [Fact]
    public async Task Filter_ByEducation_ReturnsRolesWithThatLevel()
    {
        await using var db = app.CreateDbContext();
        var expected = await db.Roles.Where(r => r.EducationSteps.Any(e => e.Level == EducationLevel.Doctorate)).Select(r => r.Slug).ToListAsync();
        Assert.NotEmpty(expected);

        var slugs = await RoleSlugs("/Roles?education=Doctorate");

        Assert.Equal(expected.Order(), slugs.Order());
    }

    [Fact]
    public async Task Sort_BySalary_OrdersByNewestMedianBothWays()
    {
        var desc = await RoleSlugs("/Roles?sort=salary-desc");
        var asc = await RoleSlugs("/Roles?sort=salary-asc");

        // The seed data: NLP scientist's $180,727 median is the highest, the data scientist's $108,020 the lowest.
        Assert.Equal("nlp-scientist", desc[0]);
        Assert.Equal("data-scientist", asc[0]);
        Assert.Equal(desc.Count, asc.Count);
    }

    [Fact]
    public async Task Sort_ByGrowth_PutsFastestGrowingFirst()
    {
        await using var db = app.CreateDbContext();
        var fastest = await db.OutlookFigures
            .Where(f => f.Kind == OutlookKind.EmploymentGrowth && f.Unit == OutlookUnit.Percent)
            .OrderByDescending(f => f.Value).Select(f => f.Role.Slug).FirstAsync();

        var slugs = await RoleSlugs("/Roles?sort=growth");

        Assert.Equal(fastest, slugs[0]);
    }

    [Theory]
    [InlineData("/Roles?sort=bogus")]
    [InlineData("/Roles?page=-1")]
    [InlineData("/Roles?page=0")]
    [InlineData("/Roles?page=99999")]
    [InlineData("/Roles?page=abc")]
    [InlineData("/Roles?page=99999999999999999999")]
    [InlineData("/Roles?education=wizard")]
    [InlineData("/Roles?category=nope")]
    [InlineData("/Roles?q=%00%01")]
    [InlineData("/Roles?q=a&q=b")]
    public async Task Get_Roles_NonsenseQueryString_GivesASanePage(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.NotNull(doc.QuerySelector("#result-count"));
    }

    [Fact]
    public async Task Get_Roles_TenThousandCharacterSearch_IsTruncatedNotAnError()
    {
        var response = await app.CreateClient().GetAsync("/Roles?q=" + new string('x', 10_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Equal(100, ((AngleSharp.Html.Dom.IHtmlInputElement)doc.QuerySelector("input#q")!).Value.Length);
    }

    [Fact]
    public async Task Get_Roles_PageBeyondTheEnd_ShowsTheLastPage()
    {
        var slugs = await RoleSlugs("/Roles?page=50");
        Assert.NotEmpty(slugs);
    }
}
