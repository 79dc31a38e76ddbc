using CareerExplorer.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The real app, in memory, over its own SQLite file: every fixture runs the real
/// migrate-and-seed path from data/seed on a database nobody else touches.
/// </summary>
public class CareerAppFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;

    public CareerAppFactory()
    {
        DatabasePath = Path.Combine(Path.GetTempPath(), $"careerexplorer-test-{Guid.NewGuid():N}.db");
        _ownsDatabase = true;
    }

    private CareerAppFactory(string existingDatabasePath) => DatabasePath = existingDatabasePath;

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
