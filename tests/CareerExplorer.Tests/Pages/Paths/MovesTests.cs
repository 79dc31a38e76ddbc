using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Paths;

/// <summary>Moves from a role, on the real O*NET 29.0 release, OEWS May 2023 and the seed.</summary>
public class MovesTests(OnetApp app) : IClassFixture<OnetApp>
{
    private async Task<JsonElement> MovesAsync(string url) => await app.CreateClient().GetFromJsonAsync<JsonElement>(url);

    private async Task<IReadOnlyDictionary<int, double>> ProfileAsync(CareerDbContext db, string slug) =>
        (await db.OnetRatings.Where(r => r.Role.Slug == slug).Select(r => new { r.SkillId, r.Importance, r.Level, r.LevelNotRelevant }).ToListAsync())
            .ToDictionary(r => r.SkillId, r => SkillSimilarity.Weight(r.Importance, r.Level, r.LevelNotRelevant));

    [Fact]
    public async Task SkillSimilarity_StatisticiansAndOperationsResearchAnalysts_IsTheValueComputedByHand()
    {
        // Computed by hand from Skills.xlsx and Knowledge.xlsx of O*NET 29.0 (15-2041.00 and
        // 15-2031.00, 68 elements each: weight = LV × (IM − 1) / 4, 0 where Not Relevant is Y;
        // dot product over the product of the norms), with a script that shares no code with the app.
        const double byHand = 0.9349;
        await using var db = app.CreateDbContext();
        var statisticians = await ProfileAsync(db, "statisticians");
        var analysts = await ProfileAsync(db, "operations-research-analysts");
        Assert.Equal(68, statisticians.Count);
        Assert.Equal(byHand, Math.Round(SkillSimilarity.Of(statisticians, analysts), 4));
        Assert.Equal(1.0, Math.Round(SkillSimilarity.Of(statisticians, statisticians), 10));
    }

    [Fact]
    public async Task Import_Onet_StoresEachRolesNearestOccupations_InOrder()
    {
        await using var db = app.CreateDbContext();
        var moves = await db.RoleMoves.Where(m => m.FromRole.Slug == "statisticians").OrderBy(m => m.Rank).ToListAsync();
        Assert.Equal(SkillSimilarity.NearestStored, moves.Count);
        Assert.Equal(Enumerable.Range(1, moves.Count), moves.Select(m => m.Rank));
        Assert.True(moves.Zip(moves.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity));
        // No other occupation is nearer than the tenth stored one.
        var statisticians = await ProfileAsync(db, "statisticians");
        var analysts = await ProfileAsync(db, "operations-research-analysts");
        Assert.True(SkillSimilarity.Of(statisticians, analysts) <= moves[0].Similarity + 1e-4);
    }

    [Fact]
    public async Task SaveChanges_RatingChanged_TheStoredMovesAreRecomputedInTheSameCommit()
    {
        using var fresh = new OnetApp();
        await using var db = fresh.CreateDbContext();
        var before = await db.RoleMoves.Where(m => m.FromRole.Slug == "statisticians").OrderBy(m => m.Rank).Select(m => m.Similarity).FirstAsync();
        foreach (var rating in await db.OnetRatings.Where(r => r.Role.Slug == "statisticians").ToListAsync())
            rating.Level = 0; // a profile with nothing in it is near nothing
        await db.SaveChangesAsync();
        Assert.True(before > 0);
        Assert.False(await db.RoleMoves.AnyAsync(m => m.FromRole.Slug == "statisticians"));
    }

    [Fact]
    public async Task Get_MovesApi_Statisticians_RelatedFirst_PayDifferenceFromBothOfficialMedians()
    {
        await using var db = app.CreateDbContext();
        var rows = await db.OnetRelated.Where(r => r.Role.Slug == "statisticians").Select(r => new { r.Tier, r.Index, r.RelatedRole.Slug }).ToListAsync();
        var related = rows.OrderBy(r => (int)r.Tier).ThenBy(r => r.Index).Select(r => r.Slug).ToList(); // Primary-Short first
        Assert.Contains(rows, r => r.Tier == OnetRelatedTier.PrimaryShort);
        Assert.Contains(rows, r => r.Tier == OnetRelatedTier.PrimaryLong);

        var result = await MovesAsync("/api/roles/statisticians/moves?all=1");
        var moves = result.GetProperty("moves").EnumerateArray().ToList();
        Assert.Equal(related, moves.Take(related.Count).Select(m => m.GetProperty("to").GetProperty("slug").GetString()));
        Assert.All(moves.Take(related.Count), m => Assert.NotEqual(JsonValueKind.Null, m.GetProperty("onetRelatedTier").ValueKind));
        Assert.Contains(moves.Skip(related.Count), m => m.GetProperty("onetRelatedTier").ValueKind == JsonValueKind.Null); // nearest in skills, not listed by O*NET

        var from = result.GetProperty("from");
        var median = await db.SalaryFigures.Where(f => f.Role.Slug == "statisticians" && f.Source.Dataset == Datasets.BlsOews && f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual)
            .OrderByDescending(f => f.Year).Select(f => new { f.Amount, f.Year, f.Source.Slug }).FirstAsync();
        Assert.Equal(median.Amount, from.GetProperty("officialMedian").GetDecimal());
        Assert.Equal(median.Year, from.GetProperty("officialMedianYear").GetInt32());
        Assert.Equal(median.Slug, from.GetProperty("officialMedianSource").GetString());
        var priced = moves.Where(m => m.GetProperty("to").GetProperty("officialMedian").ValueKind == JsonValueKind.Number).ToList();
        Assert.NotEmpty(priced);
        Assert.All(priced, m =>
        {
            Assert.Equal(m.GetProperty("to").GetProperty("officialMedian").GetDecimal() - median.Amount, m.GetProperty("payDifference").GetDecimal());
            Assert.False(string.IsNullOrEmpty(m.GetProperty("to").GetProperty("officialMedianSource").GetString()));
        });
    }

    [Fact]
    public async Task Get_MovesApi_GapsAreTheTargetsHigherLevelsFromTheOnetFiles()
    {
        var result = await MovesAsync("/api/roles/statisticians/moves?all=1");
        var move = result.GetProperty("moves").EnumerateArray().First(m => m.GetProperty("gaps").GetArrayLength() > 0);
        var target = move.GetProperty("to").GetProperty("slug").GetString()!;
        await using var db = app.CreateDbContext();
        var levels = await db.OnetRatings.Where(r => r.Role.Slug == "statisticians" || r.Role.Slug == target)
            .Select(r => new { r.Role.Slug, Skill = r.Skill.Slug, r.Level, r.Importance }).ToListAsync();
        foreach (var gap in move.GetProperty("gaps").EnumerateArray())
        {
            var skill = gap.GetProperty("slug").GetString();
            var mine = levels.Single(l => l.Slug == "statisticians" && l.Skill == skill);
            var theirs = levels.Single(l => l.Slug == target && l.Skill == skill);
            Assert.Equal(mine.Level, gap.GetProperty("fromLevel").GetDecimal());
            Assert.Equal(theirs.Level, gap.GetProperty("toLevel").GetDecimal());
            Assert.True(theirs.Level - mine.Level >= SkillSimilarity.GapLevels);
            Assert.True(theirs.Importance >= SkillSimilarity.Important);
        }
    }

    [Theory]
    [InlineData("more=1")]
    [InlineData("education=1")]
    [InlineData("more=1&education=1")]
    public async Task Get_MovesApi_Filtered_KeepsOnlyMovesThatPass(string filter)
    {
        var all = (await MovesAsync("/api/roles/statisticians/moves?all=1")).GetProperty("moves").EnumerateArray().ToList();
        var result = await MovesAsync("/api/roles/statisticians/moves?all=1&" + filter);
        var kept = result.GetProperty("moves").EnumerateArray().ToList();
        var fromLevel = result.GetProperty("from").GetProperty("requiredEducationCategory").GetInt32();
        Assert.NotEmpty(kept);
        Assert.True(kept.Count < all.Count);
        Assert.All(kept, m =>
        {
            if (filter.Contains("more"))
                Assert.True(m.GetProperty("payDifference").GetDecimal() > 0);
            if (filter.Contains("education"))
                Assert.True(m.GetProperty("to").GetProperty("requiredEducationCategory").GetInt32() <= fromLevel);
        });
    }

    [Fact]
    public async Task Get_Moves_Default_ShowsAHandfulWithALinkToAll()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Paths/statisticians");
        var shown = page.QuerySelectorAll("article.move").Length;
        Assert.Equal(Web.Services.Moves.MoveFilters.Handful, shown);
        Assert.NotNull(page.QuerySelector("a[href*='all=1']"));
        var why = page.QuerySelectorAll("article.move .why").Select(p => p.TextContent).ToList();
        Assert.StartsWith("O*NET lists it as closely related (Primary-Short)", why[0]);
        Assert.Contains(why, w => w.Contains("shares") && w.Contains("of its skill and knowledge profile (computed from O*NET 29.0"));
        Assert.NotNull(page.QuerySelector("#method-heading"));
    }

    [Fact]
    public async Task Get_Moves_RoleWithArticleLadders_ShowsThemAndTheComputedMoves()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Paths/data-scientist");
        var ladder = page.QuerySelector("section[aria-labelledby='ladder-heading']")!;
        Assert.Contains("Data Analyst", ladder.TextContent);
        Assert.Contains("University of San Diego", ladder.TextContent); // each step with its source
        Assert.NotEmpty(page.QuerySelectorAll("article.move"));
    }

    [Fact]
    public async Task Get_Moves_RoleWithoutOnetData_SaysSo()
    {
        await using var db = app.CreateDbContext();
        var slug = await db.Roles.Where(r => !db.OnetRatings.Any(x => x.RoleId == r.Id) && !db.OnetRelated.Any(x => x.RoleId == r.Id) && r.Documents.Any())
            .OrderBy(r => r.Slug).Select(r => r.Slug).FirstAsync();
        var page = await app.CreateClient().GetDocumentAsync("/Paths/" + slug);
        Assert.Contains("O*NET has no skill and knowledge ratings or related occupations for this role", page.QuerySelector("main")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("article.move"));
    }

    [Theory]
    [InlineData("/Paths/no-such-role")]
    [InlineData("/api/roles/no-such-role/moves")]
    [InlineData("/Paths/statisticians/no-such-role")]
    [InlineData("/Paths/no-such-role/statisticians")]
    [InlineData("/Paths/statisticians/statisticians")] // a move to itself is no move
    [InlineData("/api/paths/statisticians/no-such-role")]
    public async Task Get_Moves_UnknownSlugOrSameRole_Returns404(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_RolePage_LinksToItsMoves()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles/statisticians");
        Assert.NotNull(page.QuerySelector("a[href='/Paths/statisticians']"));
    }

    [Theory]
    [InlineData("statistician", "/Paths/statisticians")]
    [InlineData("Actuarial Analyst", "/Paths/actuaries")] // an O*NET alternate title, not a title
    public async Task Get_FromMyJob_AnyTitle_LandsOnTheBestMatchsMoves(string job, string expected)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/Paths?job=" + Uri.EscapeDataString(job));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_FromMyJob_NoMatch_SaysSoOnThePathsPage()
    {
        var response = await app.CreateClient().GetAsync("/Paths?job=qqqzzzxxyy");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("No role's title or other name matches “qqqzzzxxyy”", page.QuerySelector("#job-unmatched")!.TextContent);
        Assert.Equal("qqqzzzxxyy", page.QuerySelector("input#job")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_Home_HasTheFromMyJobForm()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");
        var form = page.QuerySelector("form[action='/Paths']")!;
        Assert.NotNull(form.QuerySelector("input[name='job']"));
        Assert.NotNull(form.QuerySelector("label[for='home-job']"));
    }

    [Fact]
    public async Task Get_OneMove_StatisticiansToOperationsResearchAnalysts_SetsBothRolesSideBySide()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Paths/statisticians/operations-research-analysts");
        Assert.Equal("From Statisticians to Operations Research Analysts", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("The two share 93% of their skill and knowledge profiles", page.QuerySelector(".why")!.TextContent);

        await using var db = app.CreateDbContext();
        var levels = await db.OnetRatings.Where(r => r.Role.Slug == "statisticians" || r.Role.Slug == "operations-research-analysts")
            .Select(r => new { r.Role.Slug, Skill = r.Skill.Name, r.Level, r.LevelNotRelevant }).ToListAsync();
        string Shown(string slug, string skill) => levels.Single(l => l.Slug == slug && l.Skill == skill) is var l && l.LevelNotRelevant
            ? "not relevant" : l.Level!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        var rows = page.QuerySelectorAll("table.skill-levels tbody tr");
        Assert.Equal(levels.Count(l => l.Slug == "statisticians"), rows.Length); // every area both are rated on
        Assert.Contains(levels, l => l.LevelNotRelevant); // so "not relevant" is checked too
        foreach (var row in rows)
        {
            var name = row.QuerySelector("th a")!.TextContent;
            var cells = row.QuerySelectorAll("td");
            Assert.Equal(Shown("statisticians", name), cells[1].TextContent);
            Assert.Equal(Shown("operations-research-analysts", name), cells[2].TextContent);
        }
        var gaps = page.QuerySelectorAll("table.skill-levels tr.gap th a").Select(a => a.TextContent).ToList();
        Assert.Contains("Engineering and Technology", gaps); // 2.43 against 5.14, importance 3.95

        Assert.NotEmpty(page.QuerySelectorAll("section[aria-labelledby='tasks-heading'] li"));
        Assert.NotNull(page.QuerySelector("a[href='/Compare?roles=statisticians,operations-research-analysts']"));
        Assert.Contains("BLS May", page.QuerySelector("table.move-facts")!.TextContent); // pay with its release
    }

    [Fact]
    public async Task Get_OneMove_TechnologiesToLearn_AreTheTargetsThatTheRoleDoesNotUse()
    {
        var move = await MovesAsync("/api/paths/statisticians/operations-research-analysts");
        var learn = move.GetProperty("technologiesToLearn").EnumerateArray().Select(t => t.GetProperty("slug").GetString()).ToList();
        await using var db = app.CreateDbContext();
        var mine = await db.OnetTechnologies.Where(t => t.Role.Slug == "statisticians").Select(t => t.Skill.Slug).ToListAsync();
        var theirs = await db.OnetTechnologies.Where(t => t.Role.Slug == "operations-research-analysts").Select(t => t.Skill.Slug).ToListAsync();
        Assert.NotEmpty(learn);
        Assert.All(learn, t => { Assert.Contains(t, theirs); Assert.DoesNotContain(t, mine); });
        Assert.Equal(68, move.GetProperty("skillsAndKnowledge").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_ListsTheMovesEndpoints()
    {
        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/roles/{slug}/moves\"", document);
        Assert.Contains("\"/api/paths/{from}/{to}\"", document);
    }

    [Theory]
    [InlineData("/Paths/statisticians?all=1")]
    [InlineData("/Paths/statisticians/operations-research-analysts")]
    public async Task Get_Moves_EveryPayAndProjectionFigure_LinksItsSourceAndRelease(string url)
    {
        var page = await app.CreateClient().GetDocumentAsync(url);
        var cells = page.QuerySelectorAll("table.move-facts tbody tr").Take(2)
            .SelectMany(tr => tr.QuerySelectorAll("td").Take(2)).ToList();
        Assert.NotEmpty(cells);
        Assert.Contains(cells, c => !c.TextContent.StartsWith('—'));
        Assert.All(cells.Where(c => !c.TextContent.StartsWith('—')), c =>
        {
            var source = c.QuerySelector("a[href^='/Sources/']");
            Assert.NotNull(source);
            Assert.Matches(@"BLS (May \d{4}|\d{4}–\d{2})", source.TextContent); // the release: its year or period
        });
    }
}

/// <summary>A move's figures over OEWS and both Employment Projections releases (no O*NET): pay and projection side by side, each with its source.</summary>
public class MoveFiguresTests(ProjectionsApp app) : IClassFixture<ProjectionsApp>
{
    [Fact]
    public async Task Get_OneMove_BothRolesPayAndProjection_EachLinkItsSourceAndRelease()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Paths/statisticians/operations-research-analysts");
        var cells = page.QuerySelectorAll("table.move-facts tbody tr").Take(2).SelectMany(tr => tr.QuerySelectorAll("td").Take(2)).ToList();
        Assert.Equal(4, cells.Count);
        Assert.All(cells, c =>
        {
            Assert.DoesNotMatch("^—", c.TextContent);
            Assert.Matches(@"BLS (May \d{4}|\d{4}–\d{2})", c.QuerySelector("a[href^='/Sources/']")!.TextContent);
        });
        Assert.Contains("O*NET neither relates these roles nor rates both", page.QuerySelector(".why")!.TextContent);
    }
}
