using System.Data.Common;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Performance;

/// <summary>Counts the SQL commands the app sends.</summary>
public sealed class SqlCounter : DbCommandInterceptor
{
    private int _count;
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Sql, (string Name, object? Value)[] Parameters)> _queries = new();
    public int Count => Volatile.Read(ref _count);
    /// <summary>The queries read since the last reset, with their parameters.</summary>
    public IReadOnlyCollection<(string Sql, (string Name, object? Value)[] Parameters)> Queries => _queries;
    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _queries.Clear();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _count);
        _queries.Enqueue((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray()));
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

public class CountingApp : CareerAppFactory
{
    public SqlCounter Sql { get; } = new();

    /// <summary>The SQL commands one successful GET of <paramref name="url"/> sends (none when the output cache answers).</summary>
    public async Task<int> CommandsFor(string url)
    {
        var client = CreateClient();
        Sql.Reset();
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return Sql.Count;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.ConfigureCareerDbContext(o => o.AddInterceptors(Sql)));
    }
}

/// <summary>Guards against query-shape regressions (N+1): counts, not timings.</summary>
public class QueryShapeTests(CountingApp app) : IClassFixture<CountingApp>
{
    private Task<int> CommandsFor(string url) => app.CommandsFor(url);

    private async Task AddFiguresAsync(string slug, int count)
    {
        await using var db = app.CreateDbContext();
        var role = await db.Roles.SingleAsync(r => r.Slug == slug);
        var sources = await db.Sources.OrderBy(s => s.Id).Take(5).ToListAsync();
        var us = await db.Geographies.SingleAsync(g => g.Code == "US");
        var skills = await db.Skills.OrderBy(s => s.Id).Take(count / 10).ToListAsync();
        for (var i = 0; i < count; i++)
        {
            db.SalaryFigures.Add(new SalaryFigure
            {
                RoleId = role.Id, Source = sources[i % 5], CitedIn = sources[(i + 1) % 5], Geography = us, Statistic = SalaryStatistic.Median,
                Basis = PayBasis.Annual, Amount = 50_000 + i, Currency = "USD", Year = 2014 + i % 11, Quote = $"figure {i}",
            });
            db.OutlookFigures.Add(new OutlookFigure { RoleId = role.Id, Source = sources[i % 5], Geography = us, Kind = OutlookKind.EmploymentGrowth, Value = i % 30, Unit = OutlookUnit.Percent, Year = 2015 + i % 10, Quote = $"growth {i}" });
        }
        foreach (var skill in skills)
            db.RoleSkills.Add(new RoleSkill { RoleId = role.Id, Skill = skill, Source = sources[4], Note = "query-shape test" });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task RolePage_SqlCommands_DoNotGrowWithTheNumberOfFigures()
    {
        var few = await CommandsFor("/Roles/software-engineer?shape=before");
        await AddFiguresAsync("software-engineer", 300);
        var many = await CommandsFor("/Roles/software-engineer?shape=after");

        Assert.InRange(few, 1, 15);
        Assert.Equal(few, many);
    }

    [SqliteTheory("its query planner; PostgreSQL's rightly scans and sorts a table of a few dozen rows")]
    [InlineData("/Roles?shape=plan")]
    [InlineData("/Roles?page=3&shape=plan")]
    public async Task Get_RolesList_ByName_ReadsThePageFromTheTitleIndexWithoutSortingEveryRole(string url)
    {
        await CommandsFor(url);
        var (sql, parameters) = Assert.Single(app.Sql.Queries, q => q.Sql.Contains("ORDER BY") && q.Sql.Contains("LIMIT") && q.Sql.Contains("FROM \"Roles\""));

        await using var db = app.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            var p = explain.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            explain.Parameters.Add(p);
        }
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(3));

        Assert.Contains(plan, step => step.Contains("IX_Roles_Title_NoCase"));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE"));
    }

    // Compare reads each role's O*NET profile on its own (a few queries a role, at most four roles),
    // and the official outlooks of all roles together (three queries): a fixed number for the page.
    [Theory]
    [InlineData("/Roles?shape=1", 15)]
    [InlineData("/Roles?q=data&sort=salary-desc&shape=1", 15)]
    [InlineData("/Roles?sort=projected-growth&entry=Bachelor%27s%20degree&shape=1", 15)]
    [InlineData("/?shape=1", 15)]
    [InlineData("/Compare?roles=machine-learning-engineer,data-scientist,software-developer&shape=1", 20)]
    [InlineData("/api/roles/machine-learning-engineer?shape=1", 15)]
    public async Task ListAndComparePages_IssueABoundedNumberOfCommands(string url, int most)
    {
        Assert.InRange(await CommandsFor(url), 1, most);
    }

    [Fact]
    public async Task RepeatedRequest_IsServedFromTheCacheWithoutTouchingTheDatabase()
    {
        await CommandsFor("/Roles/data-scientist?shape=cache");
        Assert.Equal(0, await CommandsFor("/Roles/data-scientist?shape=cache"));
    }
}

/// <summary>The app with OutputCache:Enabled false, as the benchmark's uncached pass runs it.</summary>
public sealed class UncachedCountingApp : CountingApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OutputCache:Enabled", "false");
    }
}

public class OutputCacheOffTests(UncachedCountingApp app) : IClassFixture<UncachedCountingApp>
{
    [Theory]
    [InlineData("/Roles")]
    [InlineData("/Roles/data-scientist")]
    [InlineData("/api/roles")]
    public async Task OutputCacheOff_SameRequestTwice_IsRenderedFromTheDatabaseBothTimes(string url)
    {
        var first = await app.CommandsFor(url);
        var second = await app.CommandsFor(url);

        Assert.True(first > 0);
        Assert.Equal(first, second);
    }
}
