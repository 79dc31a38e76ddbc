using System.Globalization;
using System.Net;
using CareerExplorer.ScaleData;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services.Importing;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.ScaleData;

/// <summary>The app over its own database, with a small generated data set on top of the seed data.</summary>
public sealed class ScaleDataFixture : CareerAppFactory, IAsyncLifetime
{
    public const int Roles = 40;

    public ScaleDataCounts Added { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using var db = CreateDbContext();
        Added = await ScaleDataGenerator.GenerateAsync(db, Roles, seed: 42, TimeProvider.System);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class ScaleDataTests(ScaleDataFixture app) : IClassFixture<ScaleDataFixture>
{
    private const string Prefix = ScaleDataGenerator.SlugPrefix;

    [Fact]
    public async Task Generate_40Roles_AddsExactlyTheScaledCountsOnTopOfTheSeedData()
    {
        await using var db = app.CreateDbContext();

        // For 1,000 roles: 25,000 salary figures, 5,000 outlook figures, 200 sources, 500 skills, 10,000 role skills.
        Assert.Equal(40, await db.Roles.CountAsync(r => r.Slug.StartsWith(Prefix)));
        Assert.Equal(1000, await db.SalaryFigures.CountAsync(f => f.Role.Slug.StartsWith(Prefix)));
        Assert.Equal(200, await db.OutlookFigures.CountAsync(f => f.Role.Slug.StartsWith(Prefix)));
        Assert.Equal(8, await db.Sources.CountAsync(s => s.Slug.StartsWith(Prefix)));
        Assert.Equal(20, await db.Skills.CountAsync(s => s.Slug.StartsWith(Prefix)));
        Assert.Equal(400, await db.RoleSkills.CountAsync(rs => rs.Role.Slug.StartsWith(Prefix)));

        // Added to the seed data, which is untouched.
        var seed = SeedFolder.Data;
        Assert.Equal(seed.Roles.Count + 40, await db.Roles.CountAsync());
        Assert.Equal(seed.SalaryFigures.Count + 1000, await db.SalaryFigures.CountAsync());
        Assert.Equal(seed.OutlookFigures.Count + 200, await db.OutlookFigures.CountAsync());
        Assert.Equal(seed.Sources.Count + 8, await db.Sources.CountAsync());
        Assert.Equal(seed.Skills.Count + 20, await db.Skills.CountAsync());
        Assert.Equal(seed.RoleSkills.Count + 400, await db.RoleSkills.CountAsync());
        Assert.Equal(seed.CareerSteps.Count + app.Added.CareerSteps, await db.CareerSteps.CountAsync());

        var aliases = await db.RoleAliases.CountAsync(a => a.Role.Slug.StartsWith(Prefix));
        var steps = await db.CareerSteps.CountAsync(s => s.FromRole.Slug.StartsWith(Prefix) && s.ToRole.Slug.StartsWith(Prefix));
        Assert.Equal(new ScaleDataCounts(40, aliases, 8, 20, 400, 1000, 200, steps), app.Added);
    }

    [Fact]
    public async Task Generate_SalaryFigures_HaveASourceAYearAndPlausibleOrderedAmounts()
    {
        await using var db = app.CreateDbContext();
        var figures = await db.SalaryFigures.AsNoTracking()
            .Where(f => f.Role.Slug.StartsWith(Prefix))
            .Select(f => new
            {
                f.RoleId, f.SourceId, SourceSlug = f.Source.Slug, CitedIn = f.CitedIn == null ? null : f.CitedIn.Slug, f.Year, f.Month,
                f.Statistic, f.Basis, f.PayComponent, f.Amount, f.Low, f.High, f.Currency, Geography = f.Geography.Code, f.Quote,
            })
            .ToListAsync();

        Assert.All(figures, f =>
        {
            Assert.StartsWith(Prefix, f.SourceSlug);
            Assert.InRange(f.Year, 2014, 2025);
            Assert.Equal("USD", f.Currency);
            Assert.Equal("US", f.Geography);
            Assert.InRange(f.Month ?? 1, 1, 12);
            var (low, high) = f.Basis == PayBasis.Hourly ? (15m, 120m) : (30_000m, 250_000m);
            var format = f.Basis == PayBasis.Hourly ? "N2" : "N0";
            if (f.Statistic == SalaryStatistic.Range)
            {
                Assert.Null(f.Amount);
                Assert.InRange(f.Low!.Value, low, high);
                Assert.InRange(f.High!.Value, f.Low.Value, high);
                Assert.Contains("$" + f.High.Value.ToString(format, CultureInfo.InvariantCulture), f.Quote);
            }
            else
            {
                Assert.Null(f.Low);
                Assert.InRange(f.Amount!.Value, low, high);
                // The quote states the figure.
                Assert.Contains("$" + f.Amount.Value.ToString(format, CultureInfo.InvariantCulture), f.Quote);
            }
        });
        Assert.Contains(figures, f => f.CitedIn is not null);

        // A realistic mix: every statistic, the median most common, mostly annual with some hourly.
        var byStatistic = figures.GroupBy(f => f.Statistic).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enum.GetValues<SalaryStatistic>().Length, byStatistic.Count);
        Assert.Equal(SalaryStatistic.Median, byStatistic.MaxBy(s => s.Value).Key);
        Assert.InRange(figures.Count(f => f.Basis == PayBasis.Hourly), 10, 250);
        Assert.True(figures.Select(f => f.Year).Distinct().Count() >= 5);

        // Percentiles published together (same role, source, year and pay) are in order.
        var order = new[] { SalaryStatistic.P10, SalaryStatistic.P25, SalaryStatistic.Median, SalaryStatistic.P75, SalaryStatistic.P90 };
        var together = figures.Where(f => order.Contains(f.Statistic))
            .GroupBy(f => (f.RoleId, f.SourceId, f.Year, f.PayComponent, f.Basis))
            .Where(g => g.Count() > 1 && g.Select(f => f.Statistic).Distinct().Count() == g.Count())
            .ToList();
        Assert.Contains(together, g => g.Count() == 5);
        Assert.All(together, g =>
        {
            var amounts = g.OrderBy(f => Array.IndexOf(order, f.Statistic)).Select(f => f.Amount!.Value).ToList();
            Assert.Equal(amounts.Order(), amounts);
            Assert.Equal(amounts.Count, amounts.Distinct().Count());
        });
    }

    [Fact]
    public async Task Generate_OutlookFiguresSourcesAndSkills_HaveARealisticShape()
    {
        await using var db = app.CreateDbContext();
        var outlook = await db.OutlookFigures.AsNoTracking().Where(f => f.Role.Slug.StartsWith(Prefix))
            .Select(f => new { f.RoleId, f.Kind, f.Unit, f.Value, f.StartYear, f.EndYear, f.Year, SourceSlug = f.Source.Slug, Geography = f.Geography.Code, f.Quote })
            .ToListAsync();
        Assert.All(outlook, f =>
        {
            Assert.StartsWith(Prefix, f.SourceSlug);
            Assert.InRange(f.Year, 2014, 2025);
            Assert.Equal("US", f.Geography);
            Assert.False(string.IsNullOrWhiteSpace(f.Quote));
            Assert.True(f.StartYear is null || f.EndYear is null || f.StartYear <= f.EndYear);
            Assert.NotNull(f.Value); // generated figures are always published
            switch (f.Unit)
            {
                case OutlookUnit.Percent: Assert.InRange(f.Value.Value, -10m, 40m); break;
                case OutlookUnit.Jobs: Assert.True(f.Value > 0); break;
                default: Assert.InRange(f.Value.Value, 1m, 100m); break;
            }
        });
        Assert.All(outlook.GroupBy(f => f.RoleId), g => Assert.Single(g, f => f.Kind == OutlookKind.Openings));
        Assert.Contains(outlook, f => f.Kind == OutlookKind.EmploymentGrowth && f.StartYear is not null && f.EndYear is not null);

        var sources = await db.Sources.AsNoTracking().Where(s => s.Slug.StartsWith(Prefix)).ToListAsync();
        Assert.Equivalent(new[] { SourceKind.GovernmentStatistics, SourceKind.SalarySite, SourceKind.JobBoard, SourceKind.Article },
            sources.Select(s => s.Kind).Distinct().ToArray());
        Assert.All(sources, s =>
        {
            Assert.InRange(s.Year!.Value, 2014, 2025);
            Assert.Matches(Slugs.Pattern(), s.Slug);
        });

        // Each role: ten distinct skills with a source, one to three aliases, a tidy slug from its title.
        var roles = await db.Roles.AsNoTracking().Where(r => r.Slug.StartsWith(Prefix))
            .Select(r => new { r.Slug, r.Title, r.Summary, Aliases = r.Aliases.Count, Skills = r.Skills.Select(s => s.SkillId).Distinct().Count(), Links = r.Skills.Count })
            .ToListAsync();
        Assert.All(roles, r =>
        {
            Assert.Matches(Slugs.Pattern(), r.Slug);
            Assert.Equal(ScaleDataGenerator.SlugPrefix + ScaleDataGenerator.Slugify(r.Title), r.Slug);
            Assert.Equal(10, r.Skills);
            Assert.Equal(10, r.Links);
            Assert.InRange(r.Aliases, 1, 3);
            Assert.False(string.IsNullOrWhiteSpace(r.Summary));
        });
        Assert.Equal(roles.Count, roles.Select(r => r.Title).Distinct().Count());
        Assert.Contains(await db.CareerSteps.Where(s => s.FromRole.Slug.StartsWith(Prefix)).Select(s => s.Kind).Distinct().ToListAsync(), k => k == CareerStepKind.Related);
    }

    [Fact]
    public async Task Generate_WritesOneAuditEntryForTheLot()
    {
        await using var db = app.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.Summary == "Generated scale data");
        Assert.Equal(AuditAction.Seed, entry.Action);
        Assert.Equal("DataSet", entry.EntityType);
        Assert.Contains("40 roles", entry.After);
        Assert.Contains("1000 salary figures", entry.After);
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Create));
    }

    [Fact]
    public async Task Generate_Again_IsRefusedAndAddsNothing()
    {
        await using var db = app.CreateDbContext();
        var before = await db.SalaryFigures.CountAsync() + await db.Roles.CountAsync();

        Assert.True(await ScaleDataGenerator.HasGeneratedDataAsync(db));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ScaleDataGenerator.GenerateAsync(db, 40, 7, TimeProvider.System));

        Assert.Equal(before, await db.SalaryFigures.CountAsync() + await db.Roles.CountAsync());
    }

    [Fact]
    public async Task PublicPages_WithGeneratedData_AllAnswer200()
    {
        string[] roles, skills, sources;
        await using (var db = app.CreateDbContext())
        {
            roles = await db.Roles.Where(r => r.Slug.StartsWith(Prefix)).OrderBy(r => r.Id).Select(r => r.Slug).Take(4).ToArrayAsync();
            skills = await db.Skills.Where(s => s.Slug.StartsWith(Prefix)).OrderBy(s => s.Id).Select(s => s.Slug).Take(2).ToArrayAsync();
            sources = await db.Sources.Where(s => s.Slug.StartsWith(Prefix)).OrderBy(s => s.Id).Select(s => s.Slug).Take(2).ToArrayAsync();
        }
        var urls = new List<string>
        {
            "/", "/Roles", "/Roles?page=2", "/Roles?q=engineer", "/Skills", "/Sources", "/Paths",
            $"/Compare?roles={roles[0]},{roles[1]}", $"/Compare?roles={string.Join(',', roles)}",
            $"/Compare/Export?roles={roles[0]},{roles[1]}",
            "/api/roles", $"/api/roles/{roles[0]}", "/api/skills", "/api/sources", $"/api/compare?roles={roles[0]},{roles[1]}",
        };
        urls.AddRange(roles.Select(r => $"/Roles/{r}"));
        urls.AddRange(skills.Select(s => $"/Skills/{s}"));
        urls.AddRange(sources.Select(s => $"/Sources/{s}"));

        var client = app.CreateClient();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        }

        // A generated role's page shows all its pay figures.
        var page = await client.GetDocumentAsync($"/Roles/{roles[0]}");
        Assert.Equal(ScaleDataGenerator.SalaryFiguresPerRole, page.QuerySelectorAll("table.salary-figures tbody tr").Length);
    }
}

/// <summary>Each test on databases of its own: the same seed must give the same rows.</summary>
public class ScaleDataDeterminismTests
{
    [Fact]
    public async Task Generate_SameSeed_GivesIdenticalData_DifferentSeed_DifferentData()
    {
        var first = await GenerateAndDumpAsync(seed: 7);
        var second = await GenerateAndDumpAsync(seed: 7);
        var other = await GenerateAndDumpAsync(seed: 8);

        Assert.Equal(first.Count, second.Count);
        Assert.Equal(first, second);
        Assert.NotEqual(Lines(first, "role "), Lines(other, "role "));
        Assert.NotEqual(Lines(first, "salary "), Lines(other, "salary "));
    }

    [Fact]
    public void Plan_IsDeterministicAndScalesToTheLimit()
    {
        Assert.Equal(Describe(ScaleDataGenerator.Plan(40, 3)), Describe(ScaleDataGenerator.Plan(40, 3)));

        var largest = ScaleDataGenerator.Plan(ScaleDataGenerator.MaxRoles, 1);
        var n = ScaleDataGenerator.MaxRoles;
        // Skills stop at the names the word lists give (2,030); more roles then share them.
        var skills = ScaleDataGenerator.SkillNames;
        Assert.Equal(2030, skills);
        Assert.Equal(new ScaleDataCounts(n, largest.Counts.RoleAliases, n / 5, skills, n * 10, n * 25, n * 5, largest.Counts.CareerSteps), largest.Counts);
        Assert.Equal(n, largest.Roles.Select(r => r.Slug).Distinct().Count());
        Assert.Equal(n, largest.Roles.Select(r => r.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(skills, largest.Skills.Select(s => s.Slug).Distinct().Count());
        Assert.Equal(skills, largest.Skills.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(n / 5, largest.Sources.Select(s => s.Slug).Distinct().Count());
        Assert.All(largest.Roles, r => Assert.Matches(Slugs.Pattern(), r.Slug));
        Assert.All(largest.Skills, s => Assert.Matches(Slugs.Pattern(), s.Slug));
        // Every role still gets its ten distinct skills, and every skill is used.
        Assert.All(largest.RoleSkills.GroupBy(rs => rs.Role), g => Assert.Equal(10, g.Select(rs => rs.Skill).Distinct().Count()));
        Assert.Equal(skills, largest.RoleSkills.Select(rs => rs.Skill).Distinct().Count());

        // Up to 4,060 roles the skills still come one for every two roles.
        Assert.Equal(2000, ScaleDataGenerator.SkillCount(4000));
        Assert.Equal(skills, ScaleDataGenerator.SkillCount(4061));

        // The smallest set still has a source of each kind and ten skills per role.
        var smallest = ScaleDataGenerator.Plan(1, 1);
        Assert.Equal(new ScaleDataCounts(1, smallest.Counts.RoleAliases, 4, 10, 10, 25, 5, 0), smallest.Counts);
    }

    private static string Describe(ScaleDataPlan plan) => string.Join("\n",
        plan.Roles.Select(r => $"{r.Slug}|{r.Summary}|{string.Join(",", r.Aliases.Select(a => a.Name))}")
            .Concat(plan.SalaryFigures.Select(f => $"{f.Role}|{f.Source}|{f.Figure.Statistic}|{f.Figure.Amount}|{f.Figure.Low}|{f.Figure.High}|{f.Figure.Year}|{f.Figure.Quote}")));

    private static List<string> Lines(List<string> dump, string prefix) => dump.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    private static async Task<List<string>> GenerateAndDumpAsync(int seed)
    {
        await using var app = new CareerAppFactory();
        await using (var db = app.CreateDbContext())
            await ScaleDataGenerator.GenerateAsync(db, 40, seed, TimeProvider.System);

        await using var read = app.CreateDbContext();
        string I(object? v) => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "null";
        var dump = new List<string>();
        dump.AddRange((await read.Roles.AsNoTracking().OrderBy(r => r.Id).ToListAsync())
            .Select(r => $"role {r.Id}|{r.Slug}|{r.Title}|{r.Category}|{r.Summary}|{I(r.TypicalEducation)}|{I(r.Description)}"));
        dump.AddRange((await read.RoleAliases.AsNoTracking().OrderBy(a => a.Id).ToListAsync()).Select(a => $"alias {a.Id}|{a.RoleId}|{a.Name}"));
        dump.AddRange((await read.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync())
            .Select(s => $"source {s.Id}|{s.Slug}|{s.Publisher}|{s.Title}|{s.Kind}|{I(s.Year)}|{I(s.PublishedOn)}|{I(s.ReleasePeriod)}|{I(s.Url)}|{I(s.Note)}"));
        dump.AddRange((await read.Skills.AsNoTracking().OrderBy(s => s.Id).ToListAsync()).Select(s => $"skill {s.Id}|{s.Slug}|{s.Name}|{s.Kind}|{I(s.Group)}"));
        dump.AddRange((await read.RoleSkills.AsNoTracking().OrderBy(s => s.Id).ToListAsync()).Select(s => $"roleskill {s.Id}|{s.RoleId}|{s.SkillId}|{s.SourceId}|{I(s.CitedInId)}"));
        dump.AddRange((await read.SalaryFigures.AsNoTracking().OrderBy(f => f.Id).ToListAsync())
            .Select(f => $"salary {f.Id}|{f.RoleId}|{f.SourceId}|{I(f.CitedInId)}|{f.Statistic}|{f.PayComponent}|{f.Basis}|{I(f.Amount)}|{I(f.Low)}|{I(f.High)}|{f.IsTopCoded}|{f.Currency}|{f.GeographyId}|{f.Year}|{I(f.Month)}|{f.Quote}|{I(f.Note)}"));
        dump.AddRange((await read.OutlookFigures.AsNoTracking().OrderBy(f => f.Id).ToListAsync())
            .Select(f => $"outlook {f.Id}|{f.RoleId}|{f.SourceId}|{I(f.CitedInId)}|{f.Kind}|{I(f.Value)}|{f.Unit}|{I(f.StartYear)}|{I(f.EndYear)}|{f.Year}|{f.GeographyId}|{f.Quote}"));
        dump.AddRange((await read.CareerSteps.AsNoTracking().OrderBy(s => s.Id).ToListAsync())
            .Select(s => $"step {s.Id}|{s.FromRoleId}|{s.ToRoleId}|{s.Kind}|{s.SourceId}|{I(s.Note)}"));
        return dump;
    }
}
