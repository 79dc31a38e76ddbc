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

    /// <summary>Every role a search lists, page after page (a page past the last shows the last again).</summary>
    private async Task<List<(string Slug, string Title, string? Reason)>> AllResultsAsync(string url)
    {
        var client = app.CreateClient();
        var all = new List<(string Slug, string Title, string? Reason)>();
        for (var page = 1; ; page++)
        {
            var rows = Results(await client.GetDocumentAsync($"{url}&page={page}"));
            if (rows.Count == 0 || all.Any(r => r.Slug == rows[0].Slug))
                return all;
            all.AddRange(rows);
        }
    }

    [Fact]
    public async Task Get_Roles_SearchSortedByPay_ListsTheSameRolesAsBestMatch_HighestPayFirst()
    {
        var byMatch = await AllResultsAsync("/Roles?q=analyst");
        var byPay = await AllResultsAsync("/Roles?q=analyst&sort=salary-desc");
        Assert.True(byMatch.Count > CareerExplorer.Web.Services.RoleListQuery.PageSize, $"{byMatch.Count} roles: too few to span pages");
        Assert.Equal(byMatch.Select(r => r.Slug).Order(), byPay.Select(r => r.Slug).Order());
        Assert.NotEqual(byMatch.Select(r => r.Slug), byPay.Select(r => r.Slug));
        await using var db = app.CreateDbContext();
        var slugs = byPay.Select(r => r.Slug).ToList();
        var pay = await db.Roles.Where(r => slugs.Contains(r.Slug)).Join(db.RoleSummaries, r => r.Id, s => s.RoleId, (r, s) => new { r.Slug, s.PayAnnual })
            .ToDictionaryAsync(s => s.Slug, s => s.PayAnnual);
        var shown = byPay.Select(r => pay[r.Slug]).ToList();
        Assert.Equal(shown.OrderBy(p => p is null).ThenByDescending(p => p), shown);
    }

    [Fact]
    public async Task Get_Roles_TwoLetterWord_MatchesWholeWordsOnly()
    {
        var results = Results(await app.CreateClient().GetDocumentAsync("/Roles?q=ai"));
        // As a prefix "ai" found Air Traffic Controllers and Aircraft Mechanics; as a word it finds neither.
        Assert.DoesNotContain(results, r => r.Title.StartsWith("Air", StringComparison.OrdinalIgnoreCase));
        await using var db = app.CreateDbContext();
        var prefixMatches = db.Database.IsPostgreSql()
            ? await db.Database.SqlQueryRaw<int>("SELECT rowid AS \"Value\" FROM \"RoleSearch\" WHERE doc @@ to_tsquery('simple', 'ai:*')").CountAsync()
            : await db.Database.SqlQueryRaw<int>("SELECT rowid AS \"Value\" FROM \"RoleSearch\" WHERE \"RoleSearch\" MATCH '\"ai\"*'").CountAsync();
        var wholeMatches = await SearchIndexRows.MatchingAsync(db, "ai");
        Assert.True(wholeMatches.Count < prefixMatches / 4, $"{wholeMatches.Count} of {prefixMatches}");
        Assert.Equal(Math.Min(wholeMatches.Count, CareerExplorer.Web.Services.RoleListQuery.PageSize), results.Count);
    }

    [Fact]
    public async Task Get_Roles_Search_WholeWordTitlesRankAboveTitlesItOnlyBegins()
    {
        var results = Results(await app.CreateClient().GetDocumentAsync("/Roles?q=data"));
        var wholeWord = results.FindLastIndex(r => r.Title.StartsWith("Data ", StringComparison.Ordinal));
        var prefixOnly = results.FindIndex(r => r.Title.StartsWith("Database", StringComparison.Ordinal));
        Assert.True(wholeWord >= 0 && prefixOnly >= 0, string.Join(", ", results.Select(r => r.Title)));
        Assert.True(wholeWord < prefixOnly, string.Join(", ", results.Select(r => r.Title)));
    }

    [Theory]
    [InlineData("statistican", "statistician")]
    [InlineData("pyhton", "python")]
    [InlineData("electricain", "electrician")]
    [InlineData("nurce", "nurse")]
    [InlineData("machine lerning", "machine learning")]
    public async Task Get_Roles_MisspelledSearch_OffersTheKnownWordsThatFindRoles(string typed, string meant)
    {
        var client = app.CreateClient();
        var page = await client.GetDocumentAsync("/Roles?q=" + Uri.EscapeDataString(typed));
        Assert.Empty(Results(page));
        var link = page.QuerySelector("#search-help .did-you-mean a") as IHtmlAnchorElement;
        Assert.NotNull(link);
        Assert.Equal(meant, link!.TextContent);
        Assert.Equal("/Roles?q=" + Uri.EscapeDataString(meant).Replace("%20", "%20"), link.GetAttribute("href")!.Replace("+", "%20"));
        // The roles it promises are there.
        var offered = int.Parse(System.Text.RegularExpressions.Regex.Match(page.QuerySelector("#search-help .did-you-mean")!.TextContent, @"\? (\d+) role").Groups[1].Value, CultureInfo.InvariantCulture);
        var corrected = await client.GetDocumentAsync(link.GetAttribute("href")!);
        Assert.Contains($"{offered} {(offered == 1 ? "role" : "roles")} matching", corrected.GetElementById("result-count")!.TextContent);
    }

    [Fact]
    public async Task Get_Roles_NoRoleHasAllTheWords_OffersEachWordAloneAndBrowsing()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=epidemiologists+welding");
        Assert.Empty(Results(page));
        var help = page.GetElementById("search-help")!;
        Assert.Null(help.QuerySelector(".did-you-mean")); // both words are known: nothing to correct
        var words = help.QuerySelectorAll(".each-word a").Select(a => a.TextContent).ToList();
        Assert.Equal(["epidemiologists", "welding"], words);
        Assert.NotNull(help.QuerySelector("a[href='/#browse-fields']"));
    }

    [Fact]
    public async Task Get_Roles_SearchEmptiedByFilters_LinksToTheSearchWithoutThem()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=statis&zone=1");
        Assert.Empty(Results(page));
        var link = page.QuerySelector("#search-help .without-filters a")!;
        Assert.Equal("/Roles?q=statis", link.GetAttribute("href"));
        var all = (await app.CreateClient().GetDocumentAsync("/Roles?q=statis")).GetElementById("result-count")!.TextContent.Trim();
        Assert.StartsWith(all.Split(' ')[0] + " roles match", link.TextContent);
    }

    [Fact]
    public async Task Get_Roles_GibberishSearch_SuggestsNoCorrectionButStillHelps()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=qzxqzxqzx");
        Assert.Null(page.QuerySelector("#search-help .did-you-mean"));
        Assert.NotNull(page.QuerySelector("#search-help a[href='/#browse-fields']"));
    }

    [Fact]
    public async Task SearchVocabulary_IsTheWordsOfTitlesOtherNamesAndSkills_KeptWithTheIndex()
    {
        await using var db = app.CreateDbContext();
        var titled = await db.Roles.CountAsync(r => r.Title.Contains("Statisticians"));
        var word = await db.SearchWords.SingleAsync(w => w.Word == "statisticians");
        Assert.InRange(word.Roles, Math.Max(1, titled), await db.Roles.CountAsync());
        Assert.False(await db.SearchWords.AnyAsync(w => w.Word.Length < 3));
    }
}
