using Npgsql;
using StackExchange.Redis;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL and Redis servers the tests talk to: those .ci/services installs and starts
/// on loopback, or others named by environment variables. The tests never start a server: a missing
/// one fails them at once, saying so.
/// </summary>
public static class TestServers
{
    /// <summary>The PostgreSQL server, without a database: <c>CAREEREXPLORER_TEST_POSTGRES</c>, else .ci/services' role on 127.0.0.1:5432.</summary>
    public static string PostgresServer { get; } =
        FromEnvironment("CAREEREXPLORER_TEST_POSTGRES", "Host=127.0.0.1;Port=5432;Username=careerexplorer;Password=careerexplorer");

    /// <summary>The Redis server (a StackExchange.Redis configuration string): <c>CAREEREXPLORER_TEST_REDIS</c>, else 127.0.0.1:6379.</summary>
    public static string Redis { get; } = FromEnvironment("CAREEREXPLORER_TEST_REDIS", "127.0.0.1:6379");

    /// <summary>CI's switch to run the whole suite on PostgreSQL instead of SQLite: <c>CAREEREXPLORER_TEST_DATABASE=PostgreSQL</c>.</summary>
    public static bool UsePostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CAREEREXPLORER_TEST_DATABASE"), "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    /// <summary>The server's connection string for one database.</summary>
    public static string PostgresDatabase(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database }.ConnectionString;

    // Checked once per process: a server that is down stays down for the run, and every test that
    // needs it then fails at once with the same message instead of each waiting for a time-out.
    private static readonly Lazy<Task> PostgresCheck = new(CheckPostgresAsync);
    private static readonly Lazy<Task> RedisCheck = new(CheckRedisAsync);

    public static Task RequirePostgresAsync() => PostgresCheck.Value;

    public static Task RequireRedisAsync() => RedisCheck.Value;

    /// <summary>CREATE DATABASE "name" [TEMPLATE "template"]. The names are the tests' own, quoted as identifiers.</summary>
    public static async Task CreateDatabaseAsync(string name, string? template = null)
    {
        await RequirePostgresAsync();
        if (template is not null)
        {
            // PostgreSQL copies a template only while nobody else is connected to it, and the pool
            // keeps the connections a test closed open to the server.
            await using var templateConnection = new NpgsqlConnection(PostgresDatabase(template));
            NpgsqlConnection.ClearPool(templateConnection);
        }
        var sql = $"CREATE DATABASE {Quote(name)}" + (template is null ? "" : $" TEMPLATE {Quote(template)}");
        await ExecuteOnServerAsync(sql);
    }

    /// <summary>DROP DATABASE IF EXISTS "name" WITH (FORCE): the server ends the connections still open to it.</summary>
    public static async Task DropDatabaseAsync(string name)
    {
        await RequirePostgresAsync();
        await WhenNobodyIsConnectingAsync($"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)");
        // The pooled connections to it are dead now: a database made again under that name must not get them.
        await using var connection = new NpgsqlConnection(PostgresDatabase(name));
        NpgsqlConnection.ClearPool(connection);
    }

    /// <summary>ALTER DATABASE "from" RENAME TO "to", once the last connection to it has gone (the server refuses while any is open).</summary>
    public static async Task RenameDatabaseAsync(string from, string to)
    {
        await RequirePostgresAsync();
        NpgsqlConnection.ClearAllPools();
        await WhenNobodyIsConnectingAsync(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{from.Replace("'", "''")}' AND pid <> pg_backend_pid(); "
            + $"ALTER DATABASE {Quote(from)} RENAME TO {Quote(to)}");
    }

    /// <summary>
    /// A statement that ends other sessions of a database: tried again while one is still going
    /// (55006) or just connecting, before it has a role the server lets us end (42501).
    /// </summary>
    private static async Task WhenNobodyIsConnectingAsync(string sql)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync(sql);
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.ObjectInUse or PostgresErrorCodes.InsufficientPrivilege && attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        // The maintenance database: CREATE and DROP DATABASE need a connection to some other database.
        await using var connection = new NpgsqlConnection(PostgresDatabase("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private static async Task CheckPostgresAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Timeout = 5 };
        try
        {
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at {server.Host}:{server.Port} as {server.Username} ({e.Message}): " +
                "run .ci/services (as root) to install and start it", e);
        }
    }

    private static async Task CheckRedisAsync()
    {
        var options = ConfigurationOptions.Parse(Redis);
        options.ConnectTimeout = 5000;
        options.AbortOnConnectFail = true; // fail now, not retry in the background
        try
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(options);
            await redis.GetDatabase().PingAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"Redis is not reachable at {Redis}: run .ci/services (as root) to install and start it", e);
        }
    }

    private static string FromEnvironment(string variable, string fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : fallback;
}
