using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace CareerExplorer.Web.Data;

/// <summary>Where the data lives: <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, one process, nothing to install.</summary>
    Sqlite,
    /// <summary>A database server that several instances share.</summary>
    PostgreSQL,
}

/// <summary>
/// What differs between the two engines, in one place: which context and migrations, how a raw
/// connection is opened, how a duplicate is reported. Everything else (queries, the raw SQL of the
/// derived tables, parameters written <c>@name</c>) reads the same on both.
/// </summary>
public static class DatabaseEngine
{
    /// <summary>The case-insensitive collation: SQLite's built-in, and an ICU collation of that name on PostgreSQL.</summary>
    public const string NoCase = "NOCASE";

    /// <summary>The provider a setting names (none: SQLite); an unknown one is a configuration error that says what is allowed.</summary>
    public static DatabaseProvider Parse(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
            return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(configured.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new StartupConfigurationException($"Database:Provider is '{configured}': use Sqlite (the default) or PostgreSQL.");
    }

    public static DatabaseProvider ProviderOf(DatabaseFacade database) =>
        database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL" ? DatabaseProvider.PostgreSQL : DatabaseProvider.Sqlite;

    public static bool IsPostgreSql(this DatabaseFacade database) => ProviderOf(database) == DatabaseProvider.PostgreSQL;

    /// <summary>A connection of its own, outside EF Core (not opened): the data-version check, the copy between engines.</summary>
    public static DbConnection CreateConnection(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.PostgreSQL => new NpgsqlConnection(connectionString),
        _ => new SqliteConnection(connectionString),
    };

    /// <summary>Whether a save failed on a unique index (a duplicate slug, say), on either engine.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 } // SQLITE_CONSTRAINT_UNIQUE
            or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>
    /// Takes the lock named <paramref name="name"/> for work only one instance may do at a time
    /// (the import of the bundled data), or null when another instance holds it. On PostgreSQL an
    /// advisory lock of a session of its own, so it ends with that session even if the process
    /// dies; an SQLite database belongs to one process, which needs no lock.
    /// </summary>
    public static async Task<DatabaseLock?> TryLockAsync(DatabaseFacade database, string name, CancellationToken ct = default)
    {
        if (!database.IsPostgreSql())
            return new DatabaseLock(null);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.GetConnectionString()) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext(@name))", connection);
            command.Parameters.AddWithValue("name", "careerexplorer:" + name);
            if (await command.ExecuteScalarAsync(ct) is true)
                return new DatabaseLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>
    /// Waits for the lock that lets one instance at a time create and migrate the database. EF Core's
    /// own migration lock on PostgreSQL ends with each migration's transaction, so two instances
    /// started together could both apply the second of two pending migrations. An advisory lock
    /// taken in the server's maintenance database (the app's may not exist yet), of a session of
    /// its own; SQLite needs none.
    /// </summary>
    public static async Task<DatabaseLock> LockForMigrationAsync(DatabaseFacade database, CancellationToken ct = default)
    {
        if (!database.IsPostgreSql())
            return new DatabaseLock(null);
        var target = new NpgsqlConnectionStringBuilder(database.GetConnectionString());
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@name))", connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("name", "careerexplorer:migrate:" + target.Database);
            await command.ExecuteNonQueryAsync(ct);
            return new DatabaseLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Where a PostgreSQL connection string points, for messages (never its password).</summary>
    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL at {b.Host ?? "localhost"}:{b.Port}, database '{b.Database}' as '{b.Username}'";
    }

    /// <summary>
    /// Before migrating: a server that cannot be reached, or that refuses the login, stops the
    /// start with a message that says which server. A database not created yet is fine
    /// (migrating creates it, when the role may). <paramref name="setting"/> is where the
    /// connection string was given, for the message.
    /// </summary>
    public static async Task RequireReachableAsync(DatabaseFacade database, string setting = "ConnectionStrings:Default", CancellationToken ct = default)
    {
        if (!database.IsPostgreSql())
            return;
        var connectionString = database.GetConnectionString()!;
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false, Timeout = 5 };
        try
        {
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync(ct);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or ArgumentException)
        {
            throw new DatabaseUnreachableException(
                $"{Describe(connectionString)} cannot be reached: {ex.Message}. Check {setting} and that the server is running.", ex);
        }
    }
}

/// <summary>A lock held in the database for as long as it is not disposed (see <see cref="DatabaseEngine.TryLockAsync"/>).</summary>
public sealed class DatabaseLock(DbConnection? connection) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        // Closing the session releases its advisory locks.
        if (connection is not null)
            await connection.DisposeAsync();
    }
}

/// <summary>
/// A setting the start cannot work with (an unknown provider, a server that does not answer): the
/// app stops with this message alone, no stack trace, instead of half starting.
/// </summary>
public class StartupConfigurationException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The configured database server cannot be used.</summary>
public sealed class DatabaseUnreachableException(string message, Exception inner) : StartupConfigurationException(message, inner);
