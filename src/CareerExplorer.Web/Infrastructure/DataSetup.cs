using CareerExplorer.Web.Services.Importing;
using Microsoft.Data.Sqlite;

namespace CareerExplorer.Web.Infrastructure;

public sealed class SeedOptions
{
    /// <summary>Folder holding the data/seed files; relative paths are from the app's folder.</summary>
    public string Directory { get; set; } = Path.Combine("data", "seed");

    public string ResolvedDirectory => Path.IsPathRooted(Directory)
        ? Directory
        : Path.Combine(AppContext.BaseDirectory, Directory);
}

public static class DataSetup
{
    public static IServiceCollection AddCareerData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = DatabaseEngine.Parse(configuration["Database:Provider"]);
        var configured = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");
        var connectionString = provider == DatabaseProvider.Sqlite ? ResolveConnectionString(configured, environment.ContentRootPath) : configured;

        services.Configure<SeedOptions>(configuration.GetSection("Seed"));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SeedImporter>();
        if (provider == DatabaseProvider.PostgreSQL)
            services.AddDbContext<CareerDbContext, PostgreSqlCareerDbContext>((sp, options) =>
                Configure(sp, options.UseNpgsql(connectionString)));
        else
            services.AddDbContext<CareerDbContext>((sp, options) => Configure(sp, options.UseSqlite(connectionString)));
        return services;
    }

    private static void Configure(IServiceProvider sp, DbContextOptionsBuilder options)
    {
        options.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
        if (sp.GetService<DataChangeEviction>() is { } eviction)
            options.AddInterceptors(eviction);
        // EF Core runs these after migrating: seed from data/seed when the database is empty.
        var seedDirectory = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SeedOptions>>().Value.ResolvedDirectory;
        var importer = sp.GetRequiredService<SeedImporter>();
        options.UseAsyncSeeding(async (db, _, ct) =>
            await importer.SeedIfEmptyAsync((CareerDbContext)db, seedDirectory, ct));
        options.UseSeeding((db, _) =>
            importer.SeedIfEmptyAsync((CareerDbContext)db, seedDirectory).GetAwaiter().GetResult());
    }

    /// <summary>Applies pending migrations (EF Core then runs the seeding configured above) and makes sure an SQLite database is in WAL mode.</summary>
    public static async Task MigrateAndSeedDatabaseAsync(this IHost app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerDbContext>();
        // What the start needs, checked before anything uses it: a clear message, not a half-started app.
        await DatabaseEngine.RequireReachableAsync(db.Database);
        if (app.Services.GetService<RedisCheck>() is { } redis)
            await redis.RequireAsync();
        if (!db.Database.IsPostgreSql() && IsNewDatabaseFile(db.Database.GetConnectionString()))
            app.Services.GetRequiredService<SeedImporter>().ReadAhead(
                app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SeedOptions>>().Value.ResolvedDirectory);
        // Instances started together create and migrate the database one at a time.
        await using (await DatabaseEngine.LockForMigrationAsync(db.Database))
        {
            try
            {
                await db.Database.MigrateAsync();
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
            {
                // Created by another instance just before (one that started without this lock, say): migrate it.
                await db.Database.MigrateAsync();
            }
        }
        // A database from before the summaries, the search index and its vocabulary, the stored facet counts or the moves existed
        // (or repaired by hand): build them once.
        var roles = await db.Roles.CountAsync();
        if (await db.RoleSummaries.CountAsync() != roles || await RoleSearchIndex.CountAsync(db) != roles
            || (roles > 0 && (!await db.RoleFacetCounts.AnyAsync() || !await db.SearchWords.AnyAsync()))
            || (!await db.RoleMoves.AnyAsync() && await db.OnetRatings.AnyAsync()))
            await db.RebuildRoleSummariesAsync();
        // In WAL mode readers never wait for a writer, so pages keep answering during an import.
        // EF Core creates databases in it; this puts any other one in it too (the file keeps it).
        if (!db.Database.IsPostgreSql())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL");
    }

    private static bool IsNewDatabaseFile(string? connectionString)
    {
        var file = connectionString is null ? null : new SqliteConnectionStringBuilder(connectionString).DataSource;
        return !string.IsNullOrEmpty(file) && file != ":memory:" && !file.StartsWith("file:", StringComparison.Ordinal)
            && (!File.Exists(file) || new FileInfo(file).Length == 0);
    }

    /// <summary>
    /// A relative SQLite file is taken from the content root (not the shell's current folder), and
    /// its folder is created, so the app starts the same from any directory.
    /// </summary>
    internal static string ResolveConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory || file.StartsWith("file:", StringComparison.Ordinal))
            return connectionString;
        if (!Path.IsPathRooted(file))
            file = Path.GetFullPath(Path.Combine(contentRoot, file));
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        builder.DataSource = file;
        return builder.ToString();
    }
}
