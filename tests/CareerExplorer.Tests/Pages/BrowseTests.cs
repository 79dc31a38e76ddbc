using CareerExplorer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages;

/// <summary>Home, skills, sources and paths show what they promise.</summary>
public class BrowseTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    [Fact]
    public async Task Get_Home_ShowsEverySeedDocumentRoleWithHeadlineFigureSourceAndYear()
    {
        await using var db = app.CreateDbContext();
        var roleCount = await db.Roles.CountAsync(r => r.Documents.Any());

        var doc = await app.CreateClient().GetDocumentAsync("/");
        var cards = doc.QuerySelectorAll("ul.cards > li");

        Assert.Equal(roleCount, cards.Length);
        Assert.NotNull(doc.QuerySelector("form[action='/Roles'] input[name='q']"));
        var withFigure = cards.Where(c => c.QuerySelector(".figure") is not null).ToList();
        Assert.NotEmpty(withFigure);
        Assert.All(withFigure, c =>
        {
            var source = c.QuerySelector(".figure-source")!;
            Assert.NotNull(source.QuerySelector("a[href^='/Sources/']"));
            Assert.Matches(@"\b20\d\d\b", source.Text());
        });
    }

    [Fact]
    public async Task Get_SkillDetails_ListsTheRolesThatNeedIt()
    {
        await using var db = app.CreateDbContext();
        var expected = await db.RoleSkills.Where(rs => rs.Skill.Slug == "python").Select(rs => rs.Role.Slug).Distinct().ToListAsync();

        var doc = await app.CreateClient().GetDocumentAsync("/Skills/python");
        var linked = doc.QuerySelectorAll("main table a[href^='/Roles/']").Select(a => a.GetAttribute("href")!["/Roles/".Length..]).ToList();

        Assert.Equal(expected.Order(), linked.Order());
    }

    [Fact]
    public async Task Get_Skills_ListsEverySkill()
    {
        await using var db = app.CreateDbContext();
        var doc = await app.CreateClient().GetDocumentAsync("/Skills");
        Assert.Equal(await db.Skills.CountAsync(), doc.QuerySelectorAll("main a[href^='/Skills/']").Length);
    }

    [Fact]
    public async Task Get_SourceDetails_ShowsEveryFigureThatCitesIt()
    {
        await using var db = app.CreateDbContext();
        const string slug = "usd-ml-career-guide-2025";
        var salary = await db.SalaryFigures.CountAsync(f => f.Source.Slug == slug || (f.CitedIn != null && f.CitedIn.Slug == slug));
        var outlook = await db.OutlookFigures.CountAsync(f => f.Source.Slug == slug || (f.CitedIn != null && f.CitedIn.Slug == slug));

        var doc = await app.CreateClient().GetDocumentAsync($"/Sources/{slug}");

        Assert.Equal(salary, doc.QuerySelectorAll("table.salary-figures tbody tr").Length);
        Assert.Equal(outlook, doc.QuerySelectorAll("table.outlook-figures tbody tr").Length);
    }

    [Fact]
    public async Task Get_Sources_ListsEverySource()
    {
        await using var db = app.CreateDbContext();
        var doc = await app.CreateClient().GetDocumentAsync("/Sources");
        Assert.Equal(await db.Sources.CountAsync(), doc.QuerySelectorAll("main table a[href^='/Sources/']").Length);
    }

    [Fact]
    public async Task Get_Paths_DrawsTheMachineLearningEngineerLadder()
    {
        var doc = await app.CreateClient().GetDocumentAsync("/Paths");

        var ladder = doc.QuerySelector("#ladder-machine-learning-engineer")!.ParentElement!;
        var links = ladder.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/Roles/machine-learning-engineer", links);
        Assert.Contains("/Roles/data-scientist", links);             // a way in
        Assert.Contains("/Roles/senior-machine-learning-engineer", links); // a next step
        Assert.NotNull(ladder.QuerySelector("ol.ladder"));
    }
}
