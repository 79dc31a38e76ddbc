using System.Globalization;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Roles;

/// <summary>The full-text search over the real O*NET 29.0 release and the seed: ranking, prefixes, highlighting, reasons, suggestions, facet counts.</summary>
public class SearchTests(OnetApp app) : IClassFixture<OnetApp>
{
    private static List<(string Slug, string Title, string? Reason)> Results(IHtmlDocument page) =>
        page.QuerySelectorAll("table.roles tbody tr").Select(tr => (
            tr.GetAttribute("data-role")!,
            tr.QuerySelector("th.role-col > a")!.TextContent,
            tr.QuerySelector(".match-reason")?.TextContent)).ToList();

    [Fact]
    public async Task Get_Roles_PrefixOfAWord_FindsStatisticiansFirst()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=statis");
        var results = Results(page);
        Assert.Equal("statisticians", results[0].Slug);
        // The matched part of the title is marked, and only that part.
        Assert.Equal("Statis", page.QuerySelector("tr[data-role='statisticians'] th.role-col > a mark")!.TextContent);
        Assert.Contains(results, r => r.Slug == "biostatisticians"); // "statis" starts no word of its title: found by another name
    }

    [Fact]
    public async Task Get_Roles_Search_RanksTitlesThenOtherNamesThenSkillsThenTasks()
    {
        await using var db = app.CreateDbContext();
        // A word of a real alternate title that no role title holds, and a technology O*NET lists.
        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=python");
        var results = Results(page);
        Assert.NotEmpty(results);
        var tiers = results.Select(r => r.Title.Contains("python", StringComparison.OrdinalIgnoreCase) ? 0
            : r.Reason?.StartsWith("Also called", StringComparison.Ordinal) == true ? 1
            : r.Reason?.StartsWith("Skill or technology", StringComparison.Ordinal) == true ? 2 : 3).ToList();
        Assert.Equal(tiers.Order(), tiers);
        Assert.Contains(2, tiers);
        Assert.All(results.Where(r => r.Reason is not null), r => Assert.Contains("Python", r.Reason!, StringComparison.OrdinalIgnoreCase));

        // A title match outranks a role that only mentions the word in its tasks.
        var nurses = Results(await app.CreateClient().GetDocumentAsync("/Roles?q=nurse"));
        var firstTaskOnly = nurses.FindIndex(r => r.Reason?.StartsWith("In its description or tasks", StringComparison.Ordinal) == true);
        var lastTitle = nurses.FindLastIndex(r => r.Title.Contains("nurse", StringComparison.OrdinalIgnoreCase));
        Assert.True(lastTitle >= 0);
        Assert.True(firstTaskOnly < 0 || firstTaskOnly > lastTitle, string.Join(", ", nurses.Select(n => n.Title)));
    }

    [Fact]
    public async Task Get_Roles_SearchByARealAlternateTitle_SaysAlsoCalledWithTheWordsMarked()
    {
        await using var db = app.CreateDbContext();
        var roleTitles = await db.Roles.Select(r => r.Title.ToLower()).ToListAsync();
        // "Statistical Analyst" is an O*NET alternate title; pick any whose words no role title starts with.
        var alt = await db.OnetAlternateTitles.Where(t => t.Title == "Statistical Analyst").Select(t => new { t.Title, t.Role.Slug }).FirstAsync();

        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=" + Uri.EscapeDataString(alt.Title));
        var row = page.QuerySelector($"tr[data-role='{alt.Slug}'] .match-reason")!;
        Assert.Equal("Also called: Statistical Analyst", row.TextContent.Trim());
        Assert.Equal(["Statistical", "Analyst"], row.QuerySelectorAll("mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Get_Roles_SearchByATaskWord_ShowsAnExcerptOfTheTask()
    {
        var results = Results(await app.CreateClient().GetDocumentAsync("/Roles?q=biopsies"));
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Contains("biops", (r.Reason ?? r.Title).ToLowerInvariant()));
        Assert.Contains(results, r => r.Reason?.StartsWith("In its description or tasks", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("épidémiolog")] // accents fold
    [InlineData("EPIDEMIOLOGISTS")] // case folds
    [InlineData("epidemiolog!!")] // punctuation is no word
    public async Task Get_Roles_SearchFoldsCaseAccentsAndPunctuation(string q)
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=" + Uri.EscapeDataString(q));
        Assert.Equal("epidemiologists", Results(page)[0].Slug);
        Assert.Equal("Epidemiolog", page.QuerySelector("tr[data-role='epidemiologists'] th.role-col > a mark")!.TextContent[..11]);
    }

    [Theory]
    [InlineData("+++")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("AND OR NOT")] // FTS5 keywords are words here, not operators
    [InlineData("title:data")]
    [InlineData("NEAR(data")]
    public async Task Get_Roles_SearchWithQuerySyntax_IsTakenAsWordsNeverAnError(string q)
    {
        var response = await app.CreateClient().GetAsync("/Roles?q=" + Uri.EscapeDataString(q));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.GetElementById("result-count"));
    }

    [Fact]
    public async Task Get_Roles_SearchWithoutLetters_SaysSo()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=%2B%2B%2B");
        Assert.Contains("has no letters or digits to search for", page.GetElementById("result-count")!.TextContent);
        Assert.Empty(Results(page));
    }

    [Fact]
    public async Task Get_RoleSuggestions_PrefixesOfTitleWords_ReturnsMatchingRolesTitleMatchesFirst()
    {
        var json = JsonNode.Parse(await app.CreateClient().GetStringAsync("/api/role-suggestions?q=statis"))!.AsArray();
        Assert.InRange(json.Count, 2, 8);
        Assert.Equal("statisticians", (string)json[0]!["slug"]!);
        Assert.All(json.TakeWhile(s => s!["alsoCalled"] is null), s => Assert.Contains("statis", ((string)s!["title"]!).ToLowerInvariant()));
        Assert.Contains(json, s => s!["alsoCalled"] is not null); // found by another name, and says which
        Assert.Empty(JsonNode.Parse(await app.CreateClient().GetStringAsync("/api/role-suggestions?q=%2B%2B"))!.AsArray());
        Assert.Empty(JsonNode.Parse(await app.CreateClient().GetStringAsync("/api/role-suggestions"))!.AsArray());
    }

    [Fact]
    public async Task Get_Roles_SearchPage_WorksWithoutScriptAndOffersSuggestionsWithIt()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=data");
        var input = (IHtmlInputElement)page.GetElementById("q")!;
        Assert.Equal("role-suggestions", input.GetAttribute("list"));
        Assert.NotNull(page.QuerySelector("datalist#role-suggestions"));
        Assert.Equal("get", input.Form!.Method);
        Assert.NotNull(page.QuerySelector("script[src^='/js/role-suggest']"));
    }

    [Fact]
    public async Task Get_Roles_FacetCounts_AreTheRolesEachOptionWouldLeave()
    {
        await using var db = app.CreateDbContext();
        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=engineer");
        var total = int.Parse(page.GetElementById("result-count")!.TextContent.Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var zones = page.QuerySelectorAll("#zone option[value]:not([value=''])").ToList();
        Assert.NotEmpty(zones);
        foreach (var option in zones)
        {
            var count = int.Parse(option.TextContent[(option.TextContent.LastIndexOf('(') + 1)..^1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            var filtered = await app.CreateClient().GetDocumentAsync($"/Roles?q=engineer&zone={option.GetAttribute("value")}");
            var shown = filtered.QuerySelectorAll("table.roles tbody tr").Length;
            var said = filtered.GetElementById("result-count")!.TextContent.Trim().Split(' ')[0];
            Assert.Equal(count, int.Parse(said, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
            Assert.True(shown > 0 && shown <= count);
        }
        Assert.True(zones.Sum(o => int.Parse(o.TextContent[(o.TextContent.LastIndexOf('(') + 1)..^1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)) <= total);

        // A category's count keeps the search and the other filters, not its own.
        var category = page.QuerySelectorAll("#category option[value]:not([value=''])").First();
        var withCategory = await app.CreateClient().GetDocumentAsync($"/Roles?q=engineer&category={Uri.EscapeDataString(category.GetAttribute("value")!)}");
        Assert.Equal(page.QuerySelectorAll("#category option").Length, withCategory.QuerySelectorAll("#category option").Length);
    }

    [Fact]
    public async Task SaveChanges_RoleRenamed_SearchFindsTheNewTitleInTheSameCommit()
    {
        await using var db = app.CreateDbContext();
        var role = await db.Roles.SingleAsync(r => r.Slug == "epidemiologists");
        var before = role.Title;
        role.Title = "Zyxwv Disease Detectives";
        await db.SaveChangesAsync();
        try
        {
            await using var check = app.CreateDbContext();
            var found = await SearchIndexRows.MatchingAsync(check, "zyxw");
            Assert.Equal([role.Id], found);
        }
        finally
        {
            role.Title = before;
            await db.SaveChangesAsync();
        }
        await using var after = app.CreateDbContext();
        Assert.Empty(await SearchIndexRows.MatchingAsync(after, "zyxw"));
    }
}
