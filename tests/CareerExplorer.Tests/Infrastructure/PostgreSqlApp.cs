using Microsoft.AspNetCore.Hosting;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The real app on PostgreSQL (the server of .ci/services), in a database of its own that its
/// first start creates, migrates and seeds, as a new install on a database server does; dropped
/// when the fixture ends. The same tests as on SQLite run on it by taking this fixture instead.
/// </summary>
public sealed class PostgreSqlApp : CareerAppFactory
{
    protected override bool StartsFromSeededCopy => false;

    public string DatabaseName { get; }

    public PostgreSqlApp() : this($"ce_test_{Guid.NewGuid():N}")
    {
    }

    private PostgreSqlApp(string databaseName)
    {
        DatabaseName = databaseName;
        TestServers.RequirePostgresAsync().GetAwaiter().GetResult();
    }

    /// <summary>The app on a database a test made (copy-to-postgresql's target, say): its start migrates nothing new and seeds nothing; dropped at the end too.</summary>
    public static PostgreSqlApp Over(string databaseName) => new(databaseName);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "PostgreSQL");
        builder.UseSetting("ConnectionStrings:Default", TestServers.PostgresDatabase(DatabaseName));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        TestServers.DropDatabaseAsync(DatabaseName).GetAwaiter().GetResult();
    }
}
