using Microsoft.Data.Sqlite;
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
/// raises, and when that differs from the last one read, the cached pages are evicted. One tiny
/// query on a connection of its own, opened for each check, so the app's DbContexts, their
/// interceptors and the requests never see it. When the database cannot be read (locked, or the
/// file briefly missing), the check logs that once and tries again on the next tick; it never
/// stops the app. Runs only in the web app: commands never start hosted services.
/// </summary>
public sealed class DataVersionPoller(
    CachedDataVersion cached, IServiceScopeFactory scopes, IOptions<DataVersionPollerOptions> options, TimeProvider clock, ILogger<DataVersionPoller> logger)
    : BackgroundService
{
    private string? _connectionString;
    private long? _lastRead;
    private bool _failing;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
            _connectionString = ConnectionStringFor(scope.ServiceProvider.GetRequiredService<CareerDbContext>().Database.GetConnectionString());
        // Once before the server takes requests, so pages are cached under a known version from the first.
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

    /// <summary>
    /// Reads without creating: a missing file is an error to report, not a new empty database. An
    /// in-memory database belongs to one process, so there is nothing to watch.
    /// </summary>
    internal static string? ConnectionStringFor(string? appConnectionString)
    {
        if (appConnectionString is null)
            return null;
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
            await using (var connection = new SqliteConnection(_connectionString))
            {
                await connection.OpenAsync(ct);
                await using var command = connection.CreateCommand();
                command.CommandText = CareerDbContext.ReadDataVersionSql;
                version = await command.ExecuteScalarAsync(ct) is long v ? v : 0;
            }
            if (_failing)
            {
                _failing = false;
                logger.LogInformation("The data version can be read again");
            }
            if (version == _lastRead)
                return;
            var first = _lastRead is null;
            _lastRead = version;
            // Equal when this process made the change and has evicted already.
            if (await cached.SetAsync(version, ct) && !first)
                logger.LogInformation("Data changed in another process (data version {Version}): cached pages evicted", version);
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
