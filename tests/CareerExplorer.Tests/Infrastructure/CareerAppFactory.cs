using CareerExplorer.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The real app, in memory, over its own SQLite file that nobody else touches. The first app of
/// the test run migrates and seeds a database from data/seed for real; every other app starts on
/// a copy of that file (its start then runs the real migrate-and-seed path over a seeded
/// database: nothing to do, as on a restart). Apps that test the first start itself, or start
/// from another seed, say so with <see cref="StartsFromSeededCopy"/>.
/// </summary>
public class CareerAppFactory : WebApplicationFactory<Program>
{
    /// <summary>False: this app creates, migrates and seeds its database itself on its first start.</summary>
    protected virtual bool StartsFromSeededCopy => true;

    private static readonly Lazy<string> SeededTemplate = new(CreateSeededTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string CreateSeededTemplate()
    {
        using var first = new FreshDatabaseApp();
        _ = first.Server; // migrates and seeds
        return SaveAsTemplate(first, "template");
    }

    /// <summary>The database file this app starts on a copy of, when it starts from a copy.</summary>
    protected virtual string TemplateDatabase => SeededTemplate.Value;

    /// <summary>Copies a fixture's database whole (its write-ahead log checkpointed in) to a file others start from; removed when the run ends.</summary>
    protected static string SaveAsTemplate(CareerAppFactory app, string name)
    {
        using (var connection = new SqliteConnection(app.ConnectionString))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)"; // the whole database in the one file
            checkpoint.ExecuteNonQuery();
        }
        var template = Path.Combine(Path.GetTempPath(), $"careerexplorer-test-{name}-{Environment.ProcessId}.db");
        File.Copy(app.DatabasePath, template, overwrite: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(template);
        return template;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (_ownsDatabase && StartsFromSeededCopy && !File.Exists(DatabasePath))
            File.Copy(TemplateDatabase, DatabasePath);
        return base.CreateHost(builder);
    }

    private readonly bool _ownsDatabase;

    public CareerAppFactory()
    {
        DatabasePath = Path.Combine(Path.GetTempPath(), $"careerexplorer-test-{Guid.NewGuid():N}.db");
        _ownsDatabase = true;
    }

    protected CareerAppFactory(string existingDatabasePath) => DatabasePath = existingDatabasePath;

    /// <summary>A second app over another fixture's database: a restart of the same install.</summary>
    public static CareerAppFactory OverExistingDatabase(string databasePath) => new(databasePath);

    public string DatabasePath { get; }

    public string ConnectionString => $"Data Source={DatabasePath};Pooling=False";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
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

    /// <summary>A fresh DbContext on the fixture's database, for arranging and asserting.</summary>
    public CareerDbContext CreateDbContext() =>
        Services.CreateScope().ServiceProvider.GetRequiredService<CareerDbContext>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (!_ownsDatabase)
            return;
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(DatabasePath + suffix);
    }
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
