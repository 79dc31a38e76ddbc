using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Data;

/// <summary>The stored role summaries follow every kind of change, in the change's own transaction.</summary>
public sealed class RoleSummaryTests : IDisposable
{
    private readonly CareerAppFactory _app = new();

    public RoleSummaryTests() => _ = _app.Server; // migrated and seeded

    public void Dispose() => _app.Dispose();

    private async Task<RoleSummary> SummaryAsync(string slug)
    {
        await using var db = _app.CreateDbContext();
        return await db.RoleSummaries.AsNoTracking().SingleAsync(s => s.RoleId == db.Roles.Single(r => r.Slug == slug).Id);
    }

    [Fact]
    public async Task Seed_EveryRoleHasASummaryWithItsHeadlineFigure()
    {
        await using var db = _app.CreateDbContext();
        Assert.Equal(await db.Roles.CountAsync(), await db.RoleSummaries.CountAsync());
        var summary = await SummaryAsync("machine-learning-engineer");
        var headline = await db.SalaryFigures.SingleAsync(f => f.Id == summary.HeadlineSalaryId);
        Assert.Equal(SalaryStatistic.Median, headline.Statistic);
        var newestMedianYear = await db.SalaryFigures.Where(f => f.Role.Slug == "machine-learning-engineer" && f.Statistic == SalaryStatistic.Median).MaxAsync(f => f.Year);
        Assert.Equal(newestMedianYear, headline.Year);
    }

    [Fact]
    public async Task SaveChanges_FigureChanged_SummaryChangesInTheSameCommit()
    {
        var before = await SummaryAsync("machine-learning-engineer");
        await using (var db = _app.CreateDbContext())
        {
            var figure = await db.SalaryFigures.SingleAsync(f => f.Id == before.HeadlineSalaryId);
            Assert.Equal(PayBasis.Annual, figure.Basis);
            figure.Amount = 123_456m;
            figure.Year = 2026; // the newest median now, and the sort key with it
            await db.SaveChangesAsync();
        }

        var after = await SummaryAsync("machine-learning-engineer");
        Assert.Equal(before.HeadlineSalaryId, after.HeadlineSalaryId);
        Assert.Equal(123_456m, after.MedianAnnual);
    }

    [Fact]
    public async Task SaveChanges_RolledBack_LeavesTheSummaryAsItWas()
    {
        var before = await SummaryAsync("data-scientist");
        await using (var db = _app.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var figure in await db.SalaryFigures.Where(f => f.Role.Slug == "data-scientist").ToListAsync())
                db.SalaryFigures.Remove(figure);
            await db.SaveChangesAsync();
            Assert.Null((await db.RoleSummaries.AsNoTracking().SingleAsync(s => s.RoleId == before.RoleId)).HeadlineSalaryId); // in step inside the transaction
            await transaction.RollbackAsync();
        }

        Assert.Equal(before.HeadlineSalaryId, (await SummaryAsync("data-scientist")).HeadlineSalaryId);
    }

    [Fact]
    public async Task SaveChanges_FigureDeleted_HeadlineMovesToTheNextFigure()
    {
        var before = await SummaryAsync("machine-learning-engineer");
        await using (var db = _app.CreateDbContext())
        {
            db.SalaryFigures.Remove(await db.SalaryFigures.SingleAsync(f => f.Id == before.HeadlineSalaryId));
            await db.SaveChangesAsync();
        }

        var after = await SummaryAsync("machine-learning-engineer");
        Assert.NotNull(after.HeadlineSalaryId);
        Assert.NotEqual(before.HeadlineSalaryId, after.HeadlineSalaryId);
    }

    [Fact]
    public async Task SaveChanges_RoleAddedThenDeleted_ItsSummaryComesAndGoes()
    {
        int id;
        await using (var db = _app.CreateDbContext())
        {
            var role = new Role { Slug = "summary-test-role", Title = "Summary Test Role", Category = "Tests", Summary = "A role for a test." };
            db.Roles.Add(role);
            await db.SaveChangesAsync();
            id = role.Id;
            Assert.True(await db.RoleSummaries.AnyAsync(s => s.RoleId == id));
            db.Roles.Remove(role);
            await db.SaveChangesAsync();
            Assert.False(await db.RoleSummaries.AnyAsync(s => s.RoleId == id));
        }
    }

    [Fact]
    public async Task SaveChanges_RoleAddedInANewCategory_TheStoredFacetCountsFollowInTheSameCommit()
    {
        await using var db = _app.CreateDbContext();
        int CategoryCount(string name) => db.RoleFacetCounts.AsNoTracking()
            .Where(c => c.Facet == RoleFacetNames.Category && c.Value == name).Select(c => c.Count).SingleOrDefault();
        var seeded = await db.Roles.Where(r => r.Slug == "machine-learning-engineer").Select(r => r.Category).SingleAsync();
        var dataCount = CategoryCount(seeded);
        Assert.True(dataCount > 0);
        Assert.Equal(0, CategoryCount("Facet Tests"));

        var role = new Role { Slug = "facet-test-role", Title = "Facet Test Role", Category = "Facet Tests", Summary = "A role for a test." };
        db.Roles.Add(role);
        await db.SaveChangesAsync();
        Assert.Equal(1, CategoryCount("Facet Tests"));

        role.Category = seeded;
        await db.SaveChangesAsync();
        Assert.Equal(0, CategoryCount("Facet Tests")); // an option no role has is not stored
        Assert.Equal(dataCount + 1, CategoryCount(seeded));

        db.Roles.Remove(role);
        await db.SaveChangesAsync();
        Assert.Equal(dataCount, CategoryCount(seeded));
    }

    [Fact]
    public async Task Summaries_ChangedByHand_RebuildSummariesCommandPutsThemRight()
    {
        var before = await SummaryAsync("software-developer");
        await using (var db = _app.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"RoleSummaries\" SET \"HeadlineSalaryId\" = NULL, \"MedianAnnual\" = 1");

        var (code, stdout, stderr) = await AppProcess.Start(_app.Database, ["rebuild-summaries"]).WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.True(code == 0, stderr);
        await using var check = _app.CreateDbContext();
        Assert.Contains($"Rebuilt the summaries of {await check.Roles.CountAsync()} roles", stdout);
        var after = await SummaryAsync("software-developer");
        Assert.Equal(before.HeadlineSalaryId, after.HeadlineSalaryId);
        Assert.Equal(before.MedianAnnual, after.MedianAnnual);
    }
    /// <summary>The roles whose index row holds every word as a prefix (the search's own rule).</summary>
    private async Task<List<string>> IndexedAsync(string words)
    {
        await using var db = _app.CreateDbContext();
        var ids = await SearchIndexRows.MatchingAsync(db, words);
        return await db.Roles.Where(r => ids.Contains(r.Id)).Select(r => r.Slug).OrderBy(s => s).ToListAsync();
    }

    [Fact]
    public async Task Seed_EveryRoleIsInTheSearchIndex()
    {
        await using var db = _app.CreateDbContext();
        Assert.Equal(await db.Roles.CountAsync(), await CareerExplorer.Web.Data.RoleSearchIndex.CountAsync(db));
        Assert.Contains("machine-learning-engineer", await IndexedAsync("machine learn"));
    }

    [Fact]
    public async Task SaveChanges_AliasAddedThenDeleted_TheSearchIndexFollowsInTheSameCommit()
    {
        await using var db = _app.CreateDbContext();
        var role = await db.Roles.SingleAsync(r => r.Slug == "data-scientist");
        var alias = new RoleAlias { RoleId = role.Id, Name = "Quokka Wrangler" };
        db.RoleAliases.Add(alias);
        await db.SaveChangesAsync();
        Assert.Equal(["data-scientist"], await IndexedAsync("quokka"));

        db.RoleAliases.Remove(alias);
        await db.SaveChangesAsync();
        Assert.Empty(await IndexedAsync("quokka"));
    }

    [Fact]
    public async Task SaveChanges_SkillRenamed_EveryRoleWithItIsFoundByTheNewName()
    {
        await using var db = _app.CreateDbContext();
        var skill = await db.Skills.Where(s => db.RoleSkills.Count(rs => rs.SkillId == s.Id) >= 2).OrderBy(s => s.Id).FirstAsync();
        var roles = await db.RoleSkills.Where(rs => rs.SkillId == skill.Id).Select(rs => rs.Role.Slug).Distinct().OrderBy(s => s).ToListAsync();
        skill.Name = "Wombatology";
        await db.SaveChangesAsync();
        Assert.Equal(roles, await IndexedAsync("wombat"));
    }

    [Fact]
    public async Task SaveChanges_RoleAddedThenDeleted_ItsIndexRowComesAndGoes()
    {
        await using var db = _app.CreateDbContext();
        var role = new Role { Slug = "numbat-keeper", Title = "Numbat Keeper", Category = "Zoology", Summary = "Keeps numbats." };
        db.Roles.Add(role);
        await db.SaveChangesAsync();
        Assert.Equal(["numbat-keeper"], await IndexedAsync("numbat"));
        db.Roles.Remove(role);
        await db.SaveChangesAsync();
        Assert.Empty(await IndexedAsync("numbat"));
    }

    [Fact]
    public async Task SaveChanges_RolledBack_LeavesTheSearchIndexAsItWas()
    {
        await using var db = _app.CreateDbContext();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            (await db.Roles.SingleAsync(r => r.Slug == "data-scientist")).Title = "Platypus Analyst";
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        Assert.Empty(await IndexedAsync("platypus"));
        Assert.Contains("data-scientist", await IndexedAsync("data scientist"));
    }
}

/// <summary>Imports keep the summaries in step: OEWS and projections through the save, O*NET's bulk rows after it.</summary>
public class RoleSummaryImportTests(ProjectionsApp app) : IClassFixture<ProjectionsApp>
{
    [Fact]
    public async Task Import_OewsAndProjections_EverySummaryHoldsTheLatestOfficialFigures()
    {
        await using var db = app.CreateDbContext();
        var oews = await db.Sources.Where(s => s.Dataset == Datasets.BlsOews).Select(s => s.Id).ToListAsync();
        var medians = (await db.SalaryFigures.Where(f => oews.Contains(f.SourceId) && f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual)
            .Select(f => new { f.RoleId, f.Year, f.Amount }).ToListAsync()).GroupBy(f => f.RoleId).ToDictionary(g => g.Key, g => g.MaxBy(f => f.Year)!.Amount);
        var projections = (await db.EmploymentProjections.Where(p => p.RoleId != null).Select(p => new { RoleId = p.RoleId!.Value, p.BaseYear, p.ChangePercent, p.Education }).ToListAsync())
            .GroupBy(p => p.RoleId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.BaseYear)!);
        var summaries = await db.RoleSummaries.AsNoTracking().ToListAsync();

        Assert.Equal(await db.Roles.CountAsync(), summaries.Count);
        Assert.All(summaries, s =>
        {
            Assert.Equal(medians.GetValueOrDefault(s.RoleId), s.OfficialMedian);
            Assert.Equal(projections.GetValueOrDefault(s.RoleId)?.ChangePercent, s.ProjectedChange);
            Assert.Equal(projections.GetValueOrDefault(s.RoleId)?.Education, s.EntryEducation);
        });
    }
}

public class RoleSummaryOnetTests(OnetApp app) : IClassFixture<OnetApp>
{
    [Fact]
    public async Task Import_Onet_BulkRowsReachTheSummaries()
    {
        await using var db = app.CreateDbContext();
        var zones = await db.OnetJobZones.ToDictionaryAsync(z => z.RoleId, z => z.Zone);
        Assert.NotEmpty(zones);
        var summaries = await db.RoleSummaries.AsNoTracking().ToListAsync();
        Assert.All(summaries, s => Assert.Equal(zones.TryGetValue(s.RoleId, out var z) ? z : null, s.JobZone));
    }

}
