using CareerExplorer.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The real app, in memory, over its own database that nobody else touches: an SQLite file, or a
/// PostgreSQL database on the server of .ci/services when the run is switched to it
/// (<see cref="TestServers.UsePostgres"/>). The first app of the test run migrates and seeds a
/// database from data/seed for real; every other app starts on a copy of it (a file copy, or
/// CREATE DATABASE ... TEMPLATE), and its start then runs the real migrate-and-seed path over a
/// seeded database: nothing to do, as on a restart. Apps that test the first start itself, or
/// start from another seed, say so with <see cref="StartsFromSeededCopy"/>.
/// </summary>
public class CareerAppFactory : WebApplicationFactory<Program>
{
    /// <summary>False: this app creates, migrates and seeds its database itself on its first start.</summary>
    protected virtual bool StartsFromSeededCopy => true;

    /// <summary>The engine of this app's database: the run's, unless a fixture is about one engine.</summary>
    public virtual DatabaseProvider Engine => _database is not null
        ? (Path.IsPathRooted(_database) ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSQL) // the existing database's
        : TestServers.UsePostgres ? DatabaseProvider.PostgreSQL : DatabaseProvider.Sqlite;

    public bool OnPostgres => Engine == DatabaseProvider.PostgreSQL;

    // One seeded template an engine: a fixture that forces the other engine gets its own.
    private static readonly Dictionary<DatabaseProvider, Lazy<string>> SeededTemplates = new()
    {
        [DatabaseProvider.Sqlite] = new(() => CreateSeededTemplate(new FirstStartOn(DatabaseProvider.Sqlite)), LazyThreadSafetyMode.ExecutionAndPublication),
        [DatabaseProvider.PostgreSQL] = new(() => CreateSeededTemplate(new FirstStartOn(DatabaseProvider.PostgreSQL)), LazyThreadSafetyMode.ExecutionAndPublication),
    };

    /// <summary>The first start of an install on an engine: it creates, migrates and seeds the template.</summary>
    private sealed class FirstStartOn(DatabaseProvider engine) : CareerAppFactory
    {
        protected override bool StartsFromSeededCopy => false;

        public override DatabaseProvider Engine => engine;
    }

    private static string CreateSeededTemplate(CareerAppFactory first)
    {
        using (first)
        {
            _ = first.Server; // migrates and seeds
            return SaveAsTemplate(first, "template");
        }
    }

    /// <summary>The database this app starts on a copy of, when it starts from a copy: a file, or a PostgreSQL database.</summary>
    protected virtual string TemplateDatabase => SeededTemplates[Engine].Value;

    /// <summary>
    /// Keeps a fixture's database whole as a template others start from; removed when the run ends.
    /// SQLite: a copy of the file, its write-ahead log checkpointed in. PostgreSQL: the fixture
    /// stops (nobody may be connected to a template) and its database becomes the template.
    /// </summary>
    protected static string SaveAsTemplate(CareerAppFactory app, string name)
    {
        var template = $"careerexplorer-test-{name}-{Environment.ProcessId}";
        if (app.OnPostgres)
        {
            template = template.Replace('-', '_');
            app._ownsDatabase = false; // the template outlives the fixture
            app.Dispose();
            TestServers.RenameDatabaseAsync(app.Database, template).GetAwaiter().GetResult();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => TestServers.DropDatabaseAsync(template).GetAwaiter().GetResult();
            return template;
        }
        using (var connection = new SqliteConnection(app.ConnectionString))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)"; // the whole database in the one file
            checkpoint.ExecuteNonQuery();
        }
        template = Path.Combine(Path.GetTempPath(), template + ".db");
        File.Copy(app.Database, template, overwrite: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(template);
        return template;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (_ownsDatabase && StartsFromSeededCopy && !_copied)
        {
            if (OnPostgres)
                TestServers.CreateDatabaseAsync(Database, TemplateDatabase).GetAwaiter().GetResult();
            else
                File.Copy(TemplateDatabase, Database);
            _copied = true;
        }
        return base.CreateHost(builder);
    }

    private bool _ownsDatabase, _copied;
    private readonly string? _database;

    public CareerAppFactory() => _ownsDatabase = true;

    protected CareerAppFactory(string existingDatabase) => _database = existingDatabase;

    /// <summary>A second app over another fixture's database: a restart of the same install.</summary>
    public static CareerAppFactory OverExistingDatabase(string database) => new(database);

    /// <summary>This app's database: a file's path on SQLite, a database's name on PostgreSQL.</summary>
    public string Database => _database ?? (_ownDatabase ??= OnPostgres
        ? $"ce_test_{Guid.NewGuid():N}"
        : Path.Combine(Path.GetTempPath(), $"careerexplorer-test-{Guid.NewGuid():N}.db"));

    private string? _ownDatabase;

    /// <summary>The SQLite file, for tests about SQLite itself (its files, journal, locks).</summary>
    public string DatabasePath => OnPostgres ? throw new InvalidOperationException("This app's database is on PostgreSQL, not in a file.") : Database;

    public string ConnectionString => ConnectionStringFor(Engine, Database);

    /// <summary>The connection string of a test database: a file (SQLite, unpooled) or a database name (PostgreSQL).</summary>
    public static string ConnectionStringFor(DatabaseProvider engine, string database) =>
        engine == DatabaseProvider.PostgreSQL ? TestServers.PostgresDatabase(database) : $"Data Source={database};Pooling=False";

    /// <summary>
    /// The settings, as environment variables, for a process of the app over a test database: a
    /// file's path is SQLite (the tests that make their own file are about one), a bare name a
    /// database on the PostgreSQL server.
    /// </summary>
    public static Dictionary<string, string> ProcessEnvironment(string database)
    {
        var engine = Path.IsPathRooted(database) ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSQL;
        return new()
        {
            ["Database__Provider"] = engine.ToString(),
            ["ConnectionStrings__Default"] = engine == DatabaseProvider.PostgreSQL ? TestServers.PostgresDatabase(database) : $"Data Source={database}",
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Engine.ToString());
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every test client shares one address; tests of the limits set their own.
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("RateLimits:ImportsPerMinute", "10000");
        builder.UseSetting("RateLimits:SearchPerMinute", "10000");
        // The bundled OEWS releases stay out unless a test is about them (BundledDataTests).
        builder.UseSetting("OfficialData:ImportOnStart", "false");
    }

    /// <summary>Starts the app on Kestrel on a free loopback port, as a real server; returns its address.</summary>
    public string StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');
    }

    /// <summary>A DbContext on the fixture's database without the app's services (no interceptor, no audit user): another program's.</summary>
    public CareerDbContext CreatePlainDbContext() => OnPostgres
        ? new PostgreSqlCareerDbContext(new DbContextOptionsBuilder<PostgreSqlCareerDbContext>().UseNpgsql(ConnectionString).Options)
        : new CareerDbContext(new DbContextOptionsBuilder<CareerDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>A fresh DbContext on the fixture's database, for arranging and asserting.</summary>
    public CareerDbContext CreateDbContext() =>
        Services.CreateScope().ServiceProvider.GetRequiredService<CareerDbContext>();

    private bool _disposed;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_disposed)
            return;
        _disposed = true;
        if (OnPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            if (_ownsDatabase)
                TestServers.DropDatabaseAsync(Database).GetAwaiter().GetResult();
            return;
        }
        SqliteConnection.ClearAllPools();
        if (!_ownsDatabase)
            return;
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(Database + suffix);
    }
}

/// <summary>An app on SQLite whatever the run's engine: for comparing the engines.</summary>
public class SqliteApp : CareerAppFactory
{
    public override DatabaseProvider Engine => DatabaseProvider.Sqlite;
}

/// <summary>An app whose first start creates, migrates and seeds its database, as a new install's does.</summary>
public class FreshDatabaseApp : CareerAppFactory
{
    protected override bool StartsFromSeededCopy => false;
}

/// <summary>An app whose seed folder is empty: a reset, empty database.</summary>
public sealed class EmptyDatabaseApp : CareerAppFactory
{
    protected override bool StartsFromSeededCopy => false;

    private readonly string _emptySeed = Directory.CreateTempSubdirectory("empty-seed-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seed:Directory", _emptySeed);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Directory.Delete(_emptySeed, recursive: true);
    }
}

public static class CareerDbContextServices
{
    /// <summary>Configures the app's DbContext options on either engine (PostgreSQL's context is a type of its own, with options of its own).</summary>
    public static IServiceCollection ConfigureCareerDbContext(this IServiceCollection services, Action<DbContextOptionsBuilder> configure) =>
        services.ConfigureDbContext<CareerDbContext>(configure).ConfigureDbContext<PostgreSqlCareerDbContext>(configure);
}
