using System.Globalization;
using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerExplorer.Tests.Cli;

/// <summary>
/// copy-to-postgresql, run as a real process on the built app: from an SQLite file an operator has
/// (seeded, an admin, admins' edits) into a database of the real PostgreSQL server, which the app
/// then serves.
/// </summary>
public sealed class CopyToPostgreSqlTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerexplorer-copy-").FullName;
    private readonly string _database = $"ce_test_copy_{Guid.NewGuid():N}";

    private string Live => Path.Combine(_folder, "live.db");

    private string Target => TestServers.PostgresDatabase(_database);

    public Task InitializeAsync() => TestServers.RequirePostgresAsync();

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        await TestServers.DropDatabaseAsync(_database);
    }

    private Task<(int Code, string Output)> CopyAsync(string to, Dictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Default"] = $"Data Source={Live}" };
        foreach (var (name, value) in settings ?? [])
            environment[name] = value;
        return AppProcess.RunAsync(AppContext.BaseDirectory, environment, "copy-to-postgresql", "--to", to);
    }

    /// <summary>The tables of the model (the app's SQLite one: the same tables on both engines).</summary>
    private static readonly IReadOnlyList<string> ModelTables =
        new CareerDbContext(new DbContextOptionsBuilder<CareerDbContext>().UseSqlite("Data Source=:memory:").Options)
            .Model.GetRelationalModel().Tables.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();

    private static async Task<Dictionary<string, long>> SqliteCountsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in ModelTables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM \"{table}\"";
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }
        return counts;
    }

    /// <summary>Every table of the PostgreSQL database's schema (the model's, the search table, EF Core's history) with its row count.</summary>
    private async Task<Dictionary<string, long>> PostgresCountsAsync()
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Target) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
            counts[table] = (long)(await PostgresScalarAsync(connection, $"SELECT count(*) FROM \"{table}\""))!;
        return counts;
    }

    private async Task<object?> PostgresScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Target) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return await PostgresScalarAsync(connection, sql);
    }

    private static async Task<object?> PostgresScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private string SqliteText(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Live};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }

    private void Sqlite(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Live};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>What the command says when it copied the counts given: the rows, the tables, from where to where (never the password).</summary>
    private string Copied(Dictionary<string, long> counts)
    {
        var server = new NpgsqlConnectionStringBuilder(Target);
        return string.Format(CultureInfo.InvariantCulture, "Copied {0:N0} rows in {1} tables (of {2}) from {3} to PostgreSQL at {4}:{5}, database '{6}' as '{7}'",
            counts.Values.Sum(), counts.Values.Count(c => c > 0), counts.Count, Live, server.Host, server.Port, _database, server.Username);
    }

    private async Task AssertSameRowsAsync(Dictionary<string, long> sqlite)
    {
        var postgres = await PostgresCountsAsync();
        foreach (var (table, rows) in sqlite)
            Assert.True(postgres.TryGetValue(table, out var copied) && copied == rows, $"{table}: {rows} rows in SQLite, {copied} in PostgreSQL");
        // The search table (FTS5 on SQLite, tsvectors here) is rebuilt: one row a role.
        Assert.Equal(sqlite["Roles"], postgres[RoleSearchIndex.Table]);
    }

    [Fact]
    public async Task CopyToPostgreSql_SeededDatabase_CopiesEveryRowAndTheAppServesIt()
    {
        await AdminDatabase.CopyToAsync(Live);
        // An admin's edit, through the app on SQLite: the role's title, its summary and search row, an audit entry.
        const string title = "Software Engineer Zanzibarite";
        await using (var onSqlite = CareerAppFactory.OverExistingDatabase(Live))
        {
            var admin = await onSqlite.SignedInClientAsync(AdminDatabase.Email);
            int id;
            await using (var db = onSqlite.CreateDbContext())
                id = await db.Roles.Where(r => r.Slug == "software-engineer").Select(r => r.Id).SingleAsync();
            var form = (await admin.GetDocumentAsync($"/Admin/Roles/Edit/{id}")).Form();
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Title"] = title })).StatusCode);
        }
        SqliteConnection.ClearAllPools();
        // A data-protection key, as a deployment that kept them in the database has (an element the key ring skips).
        Sqlite("INSERT INTO DataProtectionKeys (FriendlyName, Xml) VALUES ('copied', '<copied-by-test />')");
        var sqlite = await SqliteCountsAsync(Live);
        Assert.True(sqlite["AuditEntries"] >= 3, "the seed, the admin and the edit are in the trail");

        // A database the copy creates, as the README's CREATE DATABASE would.
        var (code, output) = await CopyAsync(Target);

        Assert.True(code == 0, output);
        Assert.Contains(Copied(sqlite), output);
        Assert.DoesNotContain("Password", output, StringComparison.OrdinalIgnoreCase);
        await AssertSameRowsAsync(sqlite);
        Assert.Equal("<copied-by-test />", await PostgresScalarAsync("SELECT \"Xml\" FROM \"DataProtectionKeys\" WHERE \"FriendlyName\" = 'copied'"));
        // Decimals were REAL in SQLite and are numeric here, booleans 0/1 and now boolean: the same values.
        Assert.Equal(SqliteText("SELECT group_concat(printf('%.2f', Amount), ' ') FROM (SELECT Amount FROM SalaryFigures WHERE Amount IS NOT NULL ORDER BY Id)"),
            await PostgresScalarAsync("SELECT string_agg(to_char(\"Amount\", 'FM999999990.00'), ' ' ORDER BY \"Id\") FROM \"SalaryFigures\" WHERE \"Amount\" IS NOT NULL"));
        Assert.Equal(SqliteText("SELECT group_concat(EmailConfirmed || '/' || LockoutEnabled, ' ') FROM AspNetUsers"),
            await PostgresScalarAsync("SELECT string_agg(CASE WHEN \"EmailConfirmed\" THEN '1' ELSE '0' END || '/' || CASE WHEN \"LockoutEnabled\" THEN '1' ELSE '0' END, ' ') FROM \"AspNetUsers\""));

        using var postgres = CareerAppFactory.OverExistingDatabase(_database); // a bare name: the PostgreSQL database
        await using (var db = postgres.CreateDbContext())
        {
            Assert.True(db.Database.IsPostgreSql());
            Assert.Equal(title, await db.Roles.Where(r => r.Slug == "software-engineer").Select(r => r.Title).SingleAsync());
            var edit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Role" && a.Action == AuditAction.Update);
            Assert.Equal(AdminDatabase.Email, edit.User);
            Assert.Contains(title, edit.After);
        }
        // The admin signs in with the same password; the role page and the search show the edit.
        var client = await postgres.SignedInClientAsync(AdminDatabase.Email);
        Assert.Equal(title, (await postgres.CreateClient().GetDocumentAsync("/Roles/software-engineer")).QuerySelector("h1")!.Text());
        var found = await postgres.CreateClient().GetDocumentAsync("/Roles?q=zanzibarite");
        Assert.Equal(new[] { "software-engineer" }, found.QuerySelectorAll("tbody tr[data-role]").Select(r => r.GetAttribute("data-role")!).ToList());
        // Ids continue after the copied ones: the next audit entry does not collide with a copied one.
        Assert.Equal(HttpStatusCode.Redirect, (await client.SaveSourceTitleAsync(postgres, "glassdoor", "Glassdoor (after the move)")).StatusCode);
        await using (var db = postgres.CreateDbContext())
        {
            var last = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
            Assert.Equal(("Source", AuditAction.Update), (last.EntityType, last.Action));
            Assert.True(last.Id > sqlite["AuditEntries"], $"the new entry got id {last.Id}");
        }
    }

    [Fact]
    public async Task CopyToPostgreSql_IntoADatabaseWithData_IsRefusedAndLeavesItUnchanged()
    {
        await AdminDatabase.CopyToAsync(Live);
        var first = await CopyAsync(Target);
        Assert.True(first.Code == 0, first.Output);
        var before = await PostgresCountsAsync();
        var version = await PostgresScalarAsync("SELECT \"Version\" FROM \"DataVersion\"");

        var (code, output) = await CopyAsync(Target);

        Assert.Equal(1, code);
        Assert.Contains($"database '{_database}' as 'careerexplorer' is not empty: AspNetRoles has 1 row, AspNetUserRoles has 1 row, AspNetUsers has 1 row,", output);
        Assert.Contains("Nothing was copied.", output);
        Assert.DoesNotContain("Copied", output);
        Assert.Equal(before, await PostgresCountsAsync());
        Assert.Equal(version, await PostgresScalarAsync("SELECT \"Version\" FROM \"DataVersion\""));
    }

    [Fact]
    public async Task CopyToPostgreSql_IntoAnotherAppsDatabase_IsRefusedBeforeMigrating()
    {
        await AdminDatabase.CopyToAsync(Live);
        await TestServers.CreateDatabaseAsync(_database);
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Target) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await PostgresScalarAsync(connection, "CREATE TABLE orders (id integer); INSERT INTO orders VALUES (1), (2)");
        }

        var (code, output) = await CopyAsync(Target);

        Assert.Equal(1, code);
        Assert.Contains("is not empty: orders has 2 rows. Nothing was copied.", output);
        Assert.Equal(new Dictionary<string, long> { ["orders"] = 2 }, await PostgresCountsAsync()); // not even migrated
    }

    [Fact]
    public async Task CopyToPostgreSql_FailingMidway_LeavesTheTargetEmpty_AndASecondRunIntoItSucceeds()
    {
        await AdminDatabase.CopyToAsync(Live);
        // SQLite keeps text longer than the model allows; PostgreSQL's varchar(500) refuses it.
        Sqlite($"UPDATE AuditEntries SET Summary = '{new string('x', 600)}' WHERE Id = (SELECT max(Id) FROM AuditEntries)");

        var failed = await CopyAsync(Target);

        Assert.Equal(1, failed.Code);
        Assert.Contains("Could not copy the table AuditEntries: 22001: value too long for type character varying(500)", failed.Output);
        Assert.Contains("Nothing was copied", failed.Output);
        // Migrated, and without data: the tables written before the failure (the accounts) are empty again.
        var after = await PostgresCountsAsync();
        Assert.Contains("AspNetUsers", after.Keys);
        Assert.All(after.Where(t => t.Key is not ("DataVersion" or "__EFMigrationsHistory")), t => Assert.True(t.Value == 0, $"{t.Key} has {t.Value} rows"));
        Assert.Equal(1L, after["DataVersion"]); // the migrations' seed row (HasData)
        Assert.Equal(0L, await PostgresScalarAsync("SELECT \"Version\" FROM \"DataVersion\""));

        // Fixed at the source, the copy goes into the same database: the migrations' seed row is not data.
        Sqlite("UPDATE AuditEntries SET Summary = 'shortened' WHERE length(Summary) > 500");
        var sqlite = await SqliteCountsAsync(Live);
        var (code, output) = await CopyAsync(Target);

        Assert.True(code == 0, output);
        Assert.Contains(Copied(sqlite), output);
        await AssertSameRowsAsync(sqlite);
    }

    [Fact]
    public async Task CopyToPostgreSql_ServerUnreachable_SaysWhichAndExitsNonZero()
    {
        await AdminDatabase.CopyToAsync(Live);

        var (code, output) = await CopyAsync("Host=127.0.0.1;Port=1;Database=careerexplorer;Username=careerexplorer;Password=secret-never-shown");

        Assert.Equal(1, code);
        Assert.Contains("PostgreSQL at 127.0.0.1:1, database 'careerexplorer' as 'careerexplorer' cannot be reached", output);
        Assert.Contains("Check --to", output);
        Assert.DoesNotContain("secret-never-shown", output);
        Assert.DoesNotContain("Copied", output);
    }

    [Fact]
    public async Task CopyToPostgreSql_FromAnAppOnPostgreSql_IsRefused()
    {
        var (code, output) = await CopyAsync(Target, new()
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Default"] = TestServers.PostgresDatabase("careerexplorer_source"),
        });

        Assert.Equal(1, code);
        Assert.Contains("copy-to-postgresql copies an SQLite database; this app uses PostgreSQL at", output);
        Assert.False(File.Exists(Live));
        Assert.Empty(await NamedDatabasesAsync());
    }

    [Fact]
    public async Task CopyToPostgreSql_WithoutTheSqliteFile_ExitsNonZeroAndCreatesNothing()
    {
        var (code, output) = await CopyAsync(Target);

        Assert.Equal(1, code);
        Assert.Contains($"There is no database at '{Live}'; nothing was copied.", output);
        Assert.False(File.Exists(Live)); // never created and seeded, to be copied
        Assert.Empty(await NamedDatabasesAsync());
    }

    /// <summary>The databases of the server named like this test's target or the refused source (none: nothing was created).</summary>
    private async Task<List<string>> NamedDatabasesAsync()
    {
        await using var connection = new NpgsqlConnection(TestServers.PostgresDatabase("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname IN (@target, 'careerexplorer_source')", connection);
        command.Parameters.AddWithValue("target", _database);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));
        return names;
    }
}
