using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.Options;

namespace CareerExplorer.Web.Infrastructure;

public sealed class DataVersionPollerOptions
{
    /// <summary>How often the running app checks whether another process changed the data.</summary>
    public int DataVersionCheckMilliseconds { get; set; } = 1000;
}

/// <summary>
/// Finds changes made by other processes (a command-line import, a second instance of the app on
/// the same database): about once a second it reads the data version that every save of data
/// raises, and when that moved, what each change since the last read made stale (the
/// <see cref="DataChange"/> rows written with them), and evicts those pages. A version without a
/// row (written by an older build, or pruned since) evicts everything, as does the first read and
/// a version that went back (another database file). Changes this process committed were evicted
/// at their commit and are left out. Tiny queries on a connection of its own, opened for each
/// check, so the app's DbContexts, their interceptors and the requests never see them. When the
/// database cannot be read (locked, or the file briefly missing), the check logs that once and
/// tries again on the next tick; it never stops the app. Runs only in the web app: commands never
/// start hosted services.
/// </summary>
public sealed class DataVersionPoller(
    CacheEvictions evictions, IServiceScopeFactory scopes, IOptions<DataVersionPollerOptions> options, TimeProvider clock, ILogger<DataVersionPoller> logger)
    : BackgroundService
{
    private string? _connectionString;
    private DatabaseProvider _provider;
    private long? _lastRead;
    private bool _failing;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var database = scope.ServiceProvider.GetRequiredService<CareerDbContext>().Database;
            _provider = DatabaseEngine.ProviderOf(database);
            _connectionString = ConnectionStringFor(_provider, database.GetConnectionString());
        }
        // Once before the server takes requests, so the changes after this version are the ones to evict.
        if (_connectionString is not null)
            await CheckAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_connectionString is null)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(50, options.Value.DataVersionCheckMilliseconds)), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await CheckAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the app is stopping
        }
    }

    /// <summary>What the changes after version <paramref name="after"/> up to <paramref name="through"/> made stale, leaving out this process's own.</summary>
    private async Task<ChangeTags> StaleSinceAsync(DbConnection connection, long? after, long through, CancellationToken ct)
    {
        var committedHere = evictions.TakeCommittedHere(through);
        if (after is not { } from || through < from || through - from > CareerDbContext.KeptDataChanges)
            return ChangeTags.Everything;
        var rows = new Dictionary<long, string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = CareerDbContext.ReadDataChangesSql;
            foreach (var (name, value) in new[] { ("@after", from), ("@through", through) })
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                rows[reader.GetInt64(0)] = reader.GetString(1);
        }
        var stale = ChangeTags.Of([]);
        for (var version = from + 1; version <= through && !stale.IsEverything; version++)
            if (!committedHere.Contains(version))
                stale = stale.Union(rows.TryGetValue(version, out var tags) ? ChangeTags.Parse(tags) : ChangeTags.Everything);
        return stale;
    }

    /// <summary>
    /// Reads without creating: a missing file is an error to report, not a new empty database. An
    /// in-memory database belongs to one process, so there is nothing to watch. On PostgreSQL,
    /// the app's connection string with a short timeout.
    /// </summary>
    internal static string? ConnectionStringFor(DatabaseProvider provider, string? appConnectionString)
    {
        if (appConnectionString is null)
            return null;
        if (provider == DatabaseProvider.PostgreSQL)
            return new NpgsqlConnectionStringBuilder(appConnectionString) { Timeout = 2, CommandTimeout = 2 }.ConnectionString;
        var builder = new SqliteConnectionStringBuilder(appConnectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
            return null;
        builder.Mode = SqliteOpenMode.ReadWrite;
        builder.Pooling = false;
        builder.DefaultTimeout = 1; // seconds a check may wait on a lock
        return builder.ToString();
    }

    private async Task CheckAsync(CancellationToken ct)
    {
        try
        {
            long version;
            ChangeTags? stale = null;
            await using (var connection = DatabaseEngine.CreateConnection(_provider, _connectionString!))
            {
                await connection.OpenAsync(ct);
                await using var command = connection.CreateCommand();
                command.CommandText = CareerDbContext.ReadDataVersionSql;
                version = await command.ExecuteScalarAsync(ct) is long v ? v : 0;
                if (version != _lastRead)
                    stale = await StaleSinceAsync(connection, _lastRead, version, ct);
            }
            if (_failing)
            {
                _failing = false;
                logger.LogInformation("The data version can be read again");
            }
            if (stale is null)
                return;
            var first = _lastRead is null;
            _lastRead = version;
            if (!stale.IsEverything && stale.Tags.Count == 0)
                return; // this process's own changes, evicted at their commit
            await evictions.EvictAsync(stale, ct);
            if (!first)
                logger.LogInformation("Data changed in another process (data version {Version}): {Evicted} evicted", version,
                    stale.IsEverything ? "all cached pages" : "the cached pages tagged " + string.Join(", ", stale.Tags.Order(StringComparer.Ordinal)));
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            if (!_failing)
                logger.LogWarning(ex, "Cannot read the data version; changes made by other processes reach the cached pages once it can be read again. Trying again every {Milliseconds} ms",
                    options.Value.DataVersionCheckMilliseconds);
            else
                logger.LogDebug(ex, "Still cannot read the data version");
            _failing = true;
        }
    }
}
