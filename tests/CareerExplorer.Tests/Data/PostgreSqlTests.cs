using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Tests.Pages;
using CareerExplorer.Tests.Pages.Admin;
using CareerExplorer.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Data;

/// <summary>Every route of the smoke theory, on PostgreSQL.</summary>
public sealed class PostgreSqlSmokeTests(PostgreSqlApp app) : SmokeTests(app), IClassFixture<PostgreSqlApp>;

/// <summary>The roles admin (create, edit, duplicates, conflicts, delete, audit), on PostgreSQL.</summary>
public sealed class PostgreSqlRolesAdminTests(PostgreSqlApp app) : RolesAdminTests(app), IClassFixture<PostgreSqlApp>;

/// <summary>What differs between the engines, checked on PostgreSQL against the same seed on SQLite.</summary>
public sealed class PostgreSqlTests(PostgreSqlApp postgres, SqliteApp sqlite) : IClassFixture<PostgreSqlApp>, IClassFixture<SqliteApp>
{
    [Fact]
    public async Task FirstStart_OnPostgreSql_MigratesSeedsAndBuildsTheDerivedTables()
    {
        _ = postgres.Server;
        await using var db = postgres.CreateDbContext();
        Assert.True(db.Database.IsPostgreSql());
        var roles = await db.Roles.CountAsync();
        await using var seeded = sqlite.CreateDbContext();
        Assert.Equal(await seeded.Roles.CountAsync(), roles);
        Assert.Equal(await seeded.SalaryFigures.CountAsync(), await db.SalaryFigures.CountAsync());
        Assert.Equal(roles, await db.RoleSummaries.CountAsync());
        Assert.Equal(roles, await RoleSearchIndex.CountAsync(db));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [InlineData("data")]
    [InlineData("machine learning")]
    [InlineData("statis")]
    [InlineData("python")]
    [InlineData("engineer")]
    public async Task Search_OnPostgreSql_FindsTheSameRolesInTheSameTiersAsSqlite(string q)
    {
        var onPostgres = await ResultSlugsAsync(postgres, q);
        var onSqlite = await ResultSlugsAsync(sqlite, q);

        Assert.NotEmpty(onSqlite);
        Assert.Equal(onSqlite.Order(), onPostgres.Order());
        // The tiers (title start, title, other names, skills, text) are the same rules on both and
        // decide the top; within a tier each engine's own score orders (bm25 and ts_rank differ a little).
        Assert.Equal(onSqlite[0], onPostgres[0]);
    }

    [Fact]
    public async Task Search_OnPostgreSql_IgnoresCaseAndAccentsAndMatchesPrefixesOnly()
    {
        Assert.Equal(await ResultSlugsAsync(postgres, "data"), await ResultSlugsAsync(postgres, "DÁTA"));
        Assert.Empty(await ResultSlugsAsync(postgres, "ata")); // inside a word: no match
    }

    /// <summary>The roles list's rows for the query, in their order (a page of results).</summary>
    private static async Task<List<string>> ResultSlugsAsync(CareerAppFactory app, string q)
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles?q=" + Uri.EscapeDataString(q));
        return page.QuerySelectorAll("tbody tr[data-role]").Select(r => r.GetAttribute("data-role")!).ToList();
    }
}
