using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Rules;
using CareerExplorer.Web.Services.Onet;
using Microsoft.EntityFrameworkCore;
using static CareerExplorer.Tests.Services.Onet.OnetTestFiles;

namespace CareerExplorer.Tests.Pages.Roles;

/// <summary>What students and advisors see of the real O*NET 29.0 release: role pages, search, skills, compare, the API.</summary>
public class OnetPageTests(OnetApp app) : IClassFixture<OnetApp>
{
    private const string Release = "O*NET 29.0 (August 2024)";
    private const string Scientists = "computer-and-information-research-scientist"; // 15-1221.00, joined to the seed role

    private static IElement TableOf(IHtmlDocument page, string captionId) =>
        page.GetElementById(captionId)?.Closest("table") ?? throw new Xunit.Sdk.XunitException($"No table captioned #{captionId}");

    [Fact]
    public async Task Get_RoleDetails_OnetOccupation_ShowsEveryBlockWithItsReleaseAndDate()
    {
        await using var db = app.CreateDbContext();
        var roleId = await db.Roles.Where(r => r.Slug == Scientists).Select(r => r.Id).SingleAsync();
        var taskDate = OnetNames.MonthText(await db.OnetTasks.Where(t => t.RoleId == roleId).Select(t => t.Date).FirstAsync());
        var skillDate = OnetNames.MonthText(await db.OnetRatings.Where(t => t.RoleId == roleId && t.Kind == SkillKind.Skill).Select(t => t.Date).FirstAsync());
        var zone = await db.OnetJobZones.Where(z => z.RoleId == roleId).Select(z => z.Zone).SingleAsync();
        var typical = await db.OnetTrainingShares.Where(s => s.RoleId == roleId && s.Scale == OnetTrainingScale.RL && !s.Suppressed)
            .OrderByDescending(s => s.Percent).ThenBy(s => s.Category).FirstAsync();

        var page = await app.CreateClient().GetDocumentAsync("/Roles/" + Scientists);

        foreach (var block in new[] { "onet-description", "onet-tasks", "onet-skills", "onet-knowledge", "onet-technology", "onet-training", "job-zone", "onet-interests", "onet-related", "also-called" })
            Assert.Contains(Release, SourceLine(page, block));
        Assert.Contains($"collected or updated {taskDate}", SourceLine(page, "onet-tasks"));
        Assert.Contains($"collected or updated {skillDate}", SourceLine(page, "onet-skills"));
        Assert.Contains("core", page.GetElementById("onet-tasks")!.Text());
        // Skills by importance, with both scales drawn; a few shown, the rest behind "show all".
        var importances = TableOf(page, "onet-skills-top").QuerySelectorAll("tbody tr").Select(r => decimal.Parse(r.QuerySelectorAll("td")[1].Text().Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(OnetProfiles.TopRatings, importances.Count);
        Assert.Equal(importances.OrderByDescending(i => i), importances);
        Assert.Equal(2 * OnetProfiles.TopRatings, TableOf(page, "onet-skills-top").QuerySelectorAll("meter").Length);
        Assert.Contains(page.QuerySelectorAll("details.more summary"), s => s.Text() == "Show all 35 skills");
        Assert.Equal(35 - OnetProfiles.TopRatings, TableOf(page, "onet-skills-rest").QuerySelectorAll("tbody tr").Length);
        // Every technology, by kind, on a page of its own.
        var all = page.QuerySelector("#onet-technology ~ p a[href$='/technology']")!;
        var technology = await app.CreateClient().GetDocumentAsync(all.GetAttribute("href")!);
        Assert.Equal(await db.OnetTechnologies.CountAsync(t => t.RoleId == roleId), technology.QuerySelectorAll("dl.tech-groups li").Length);
        Assert.Contains(Release, technology.QuerySelector("p.block-source")!.Text());
        Assert.NotNull(technology.QuerySelector("p.credit"));
        Assert.Contains($"{OnetProfiles.ShortLabel(typical.CategoryText)} ({typical.Percent:0}% of workers, O*NET)", page.QuerySelector("dl.facts")!.Text());
        Assert.Contains($"Job zone {zone} of 5", page.GetElementById("job-zone")!.Text());
        Assert.NotEmpty(page.QuerySelectorAll("#onet-related ~ ul a[href^='/Roles/']"));
        Assert.Contains("CC BY 4.0", page.QuerySelector("p.credit")!.Text());
        Assert.Contains("O*NET 29.0 Database", page.QuerySelector("p.credit")!.Text());
    }

    [Fact]
    public async Task Get_RoleDetails_SuppressedAndNotRelevantRatings_AreMarkedAndLeftOut()
    {
        await using var db = app.CreateDbContext();
        var notRelevant = await db.OnetRatings.Where(r => r.LevelNotRelevant).Select(r => new { r.Role.Slug, r.Skill.Name, r.Kind }).FirstAsync();
        var suppressed = await db.OnetRatings.Where(r => r.ImportanceSuppressed).Select(r => new { r.Role.Slug, r.Skill.Name }).FirstAsync();

        var page = await app.CreateClient().GetDocumentAsync("/Roles/" + notRelevant.Slug);
        var row = page.QuerySelectorAll("table.ratings tbody tr").Single(r => r.QuerySelector("td")!.Text() == notRelevant.Name
            && r.Closest("table")!.QuerySelector("caption")!.Text().Contains(notRelevant.Kind == SkillKind.Skill ? "skills" : "knowledge"));
        var level = row.QuerySelectorAll("td")[2];
        Assert.Contains("not relevant", level.Text());
        Assert.Null(level.QuerySelector("meter"));

        page = await app.CreateClient().GetDocumentAsync("/Roles/" + suppressed.Slug);
        Assert.Contains(page.QuerySelectorAll("table.ratings tbody tr"), r => r.QuerySelector("td")!.Text() == suppressed.Name
            && r.QuerySelectorAll("td")[1].Text().Contains("low precision"));
    }

    [Fact]
    public async Task Get_RoleDetails_SpecificOccupation_IsPartOfItsSocOccupation_AndSharesItsOfficialWages()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles/business-intelligence-analysts");

        var facts = page.QuerySelector("dl.facts")!;
        Assert.Contains("15-2051.01", facts.Text());
        Assert.Equal("/Roles/data-scientist", facts.QuerySelector("a[href^='/Roles/']")!.GetAttribute("href"));
        Assert.Contains("BLS publishes no wages for Business Intelligence Analysts on its own", page.QuerySelector("p.official-elsewhere")!.Text());
        Assert.NotNull(page.GetElementById("official-wages"));

        var parent = await app.CreateClient().GetDocumentAsync("/Roles/data-scientist");
        Assert.Contains(parent.QuerySelectorAll("#onet-specialties ~ ul a"), a => a.GetAttribute("href") == "/Roles/business-intelligence-analysts");
    }

    [Fact]
    public async Task Get_RoleDetails_TitleWithoutAnOccupation_ShowsTheOccupationsOnetFilesItUnder()
    {
        await using var db = app.CreateDbContext();
        var filedUnder = await db.OnetAlternateTitles.Where(t => t.Title.ToLower() == "machine learning engineer").Select(t => t.Role.Slug).Distinct().ToListAsync();
        Assert.True(filedUnder.Count > 1);

        var page = await app.CreateClient().GetDocumentAsync("/Roles/machine-learning-engineer");
        var links = page.QuerySelectorAll("#title-filing ~ ul a").Select(a => a.GetAttribute("href")!.Replace("/Roles/", "")).ToList();
        Assert.Equal(filedUnder.Order(), links.Order());

        var compare = await app.CreateClient().GetDocumentAsync("/Compare?roles=machine-learning-engineer,data-scientist");
        Assert.Contains("No occupation of its own", compare.QuerySelector("main")!.Text());
    }

    [Fact]
    public async Task Get_Roles_SearchByAnAlternateTitle_FindsTheRoleAndSaysWhichTitle()
    {
        await using var db = app.CreateDbContext();
        // A title no role's own title, other names or skills contain.
        var titles = await db.OnetAlternateTitles.Where(t => t.Title.Length > 12).Select(t => new { t.Title, t.Role.Slug }).Take(400).ToListAsync();
        var roleTitles = await db.Roles.Select(r => r.Title).ToListAsync();
        var pick = titles.First(t => !roleTitles.Any(r => r.Contains(t.Title, StringComparison.OrdinalIgnoreCase)));

        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=" + Uri.EscapeDataString(pick.Title));

        var row = page.QuerySelectorAll("table.roles tbody tr").Single(r => r.GetAttribute("data-role") == pick.Slug);
        Assert.Contains($"Also called: {pick.Title}", row.Text());
    }

    [Fact]
    public async Task Get_Roles_FilteredByJobZoneAndRequiredEducation_ListsOnlyThoseRoles()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?zone=5&required=11");
        var listed = page.QuerySelectorAll("table.roles tbody tr").Select(r => r.GetAttribute("data-role")!).ToList();
        Assert.NotEmpty(listed);
        await using var db = app.CreateDbContext();
        foreach (var slug in listed.Take(10))
        {
            var roleId = await db.Roles.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync();
            Assert.Equal(5, await db.OnetJobZones.Where(z => z.RoleId == roleId).Select(z => z.Zone).SingleAsync());
            var top = await db.OnetTrainingShares.Where(s => s.RoleId == roleId && s.Scale == OnetTrainingScale.RL && !s.Suppressed)
                .OrderByDescending(s => s.Percent).ThenBy(s => s.Category).Select(s => s.Category).FirstAsync();
            Assert.Equal(11, top);
        }
        Assert.Equal("5", page.QuerySelector("#zone option[selected]")!.GetAttribute("value"));
        Assert.Contains("Doctoral", page.QuerySelector("#required option[selected]")!.Text());
    }

    [Fact]
    public async Task Get_Roles_Search_TitlesThatStartWithTheWordsComeFirst()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=data");
        var titles = page.QuerySelectorAll("table.roles tbody tr th.role-col > a").Select(a => a.Text()).ToList();
        var starting = titles.TakeWhile(t => t.StartsWith("data", StringComparison.OrdinalIgnoreCase)).Count();
        Assert.True(starting >= 3, string.Join(", ", titles));
        Assert.DoesNotContain(titles.Skip(starting), t => t.StartsWith("data", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Get_SkillDetails_OnetSkill_ListsTheRolesThatRateItMostImportant()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Skills/programming");
        var importances = TableOf(page, "rated-caption").QuerySelectorAll("tbody tr")
            .Select(r => decimal.Parse(r.QuerySelectorAll("td")[1].Text().Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.True(importances.Count > 10);
        Assert.Equal(importances.OrderByDescending(i => i), importances);
        Assert.Contains(Release, page.QuerySelector("p.block-source")!.Text());

        var python = await app.CreateClient().GetDocumentAsync("/Skills?q=python");
        var link = python.QuerySelectorAll("main ul.columns a").First(a => a.Text() == "Python");
        var tech = await app.CreateClient().GetDocumentAsync(link.GetAttribute("href")!);
        Assert.NotEmpty(tech.QuerySelectorAll("#used ~ ul a[href^='/Roles/']"));
    }

    [Fact]
    public async Task Get_Compare_ShowsWhatEachRoleTakes_WithItsSource()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Compare?roles=" + Scientists + ",business-intelligence-analysts");
        var rows = page.QuerySelectorAll("table.compare-takes tbody tr");
        Assert.Equal(2, rows.Length);
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td");
            Assert.Contains("% of workers", cells[0].Text());
            Assert.Matches(@"^\d of 5", cells[1].Text());
            Assert.Equal(5, cells[2].QuerySelectorAll("li").Length);
        }
        // One release for every cell: named once, as the table's source.
        Assert.Contains(Release, page.GetElementById("takes-caption")!.Text());
        Assert.NotNull(page.QuerySelector("#takes-caption a[href='/Sources/onet-29-0']"));
    }

    [Fact]
    public async Task Get_ApiRole_CarriesTheOnetSectionsWithVersionAndDate()
    {
        var response = await app.CreateClient().GetAsync("/api/roles/" + Scientists);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var onet = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["onet"]!;
        Assert.Equal("15-1221.00", (string?)onet["code"]);
        foreach (var block in new[] { "description", "tasks", "skills", "knowledge", "technology", "educationAndTraining", "jobZone", "interests", "relatedOccupations", "alternateTitles" })
        {
            Assert.Equal("29.0", (string?)onet[block]!["release"]!["version"]);
            Assert.Equal("2024-08", (string?)onet[block]!["release"]!["released"]);
            Assert.NotEmpty(onet[block]!["items"]!.AsArray());
        }
        Assert.Matches(@"^\d{4}-\d{2}$", (string?)onet["skills"]!["date"]);
        Assert.Contains("CC BY 4.0", (string?)onet["skills"]!["release"]!["credit"]);

        var spec = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("ApiOnetProfile", spec);
    }
}
