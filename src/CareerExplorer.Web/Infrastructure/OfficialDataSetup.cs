using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Oews;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace CareerExplorer.Web.Infrastructure;

public sealed class OfficialDataOptions
{
    /// <summary>Whether the web server imports the bundled official releases the database lacks, in the background after it starts.</summary>
    public bool ImportOnStart { get; set; } = true;

    /// <summary>The folder holding oews/ (and the other data sets' folders); relative paths are from the app's folder.</summary>
    public string Directory { get; set; } = "data";

    public string ResolvedDirectory => Path.IsPathRooted(Directory)
        ? Directory
        : Path.Combine(AppContext.BaseDirectory, Directory);
}

/// <summary>
/// The official data shipped with the app (data/cpi, data/oews, data/onet, copied next to it by the csproj), imported
/// in the background of the web server's first starts. A new bundled data set (O*NET in
/// data/onet/29.0, BLS projections) is one <see cref="IBundledDataSet"/>, registered here.
/// </summary>
public static class OfficialDataSetup
{
    public static IServiceCollection AddCareerOfficialData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OfficialDataOptions>(configuration.GetSection("OfficialData"));
        // The bundled data sets, one line each, imported in this order.
        services.AddSingleton<IBundledDataSet, Services.Cpi.CpiBundledData>(); // first: the adjusted figures are right from early on
        services.AddSingleton<IBundledDataSet, OewsBundledData>();
        services.AddSingleton<IBundledDataSet, Services.Onet.OnetBundledData>();
        services.AddSingleton<IBundledDataSet, Services.Projections.ProjectionsBundledData>();
        services.AddSingleton<BundledDataStatus>();
        services.AddSingleton<BundledDataImport>();
        services.AddSingleton<FirstResponse>();
        services.AddHostedService<BundledDataImporter>(); // hosted services start with the web server only, never for a command
        return services;
    }

    /// <summary>Tells the import when the server has answered its first request (see <see cref="FirstResponse"/>); after that, a completed task's check per request.</summary>
    public static WebApplication UseFirstResponseSignal(this WebApplication app)
    {
        var first = app.Services.GetRequiredService<FirstResponse>();
        app.Use((context, next) => first.Sent.IsCompleted ? next(context) : AnswerAsync(context, next));
        return app;

        async Task AnswerAsync(HttpContext context, RequestDelegate next)
        {
            try
            {
                await next(context);
            }
            finally
            {
                first.Set();
            }
        }
    }
}

/// <summary>
/// Completes once the server has answered a request. A new process's first page is its slowest
/// (much of the app is compiled as it goes); the bundled-data import waits for it, so that page does
/// not share the CPU with the import.
/// </summary>
public sealed class FirstResponse
{
    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Sent => _sent.Task;

    public void Set() => _sent.TrySetResult();
}

/// <summary>
/// Runs <see cref="BundledDataImport"/> once the server is up. What is to import is found before
/// the server takes requests (file names and one query), so the first page already says that
/// official data is loading; the import itself begins when the server has answered its first
/// request, or <see cref="UnvisitedWait"/> after it started listening if nobody came.
/// </summary>
public sealed class BundledDataImporter(
    BundledDataImport import, BundledDataStatus status, IOptions<OfficialDataOptions> options, IHostApplicationLifetime lifetime,
    FirstResponse firstResponse, IOutputCacheStore cache, IServiceScopeFactory scopes, ILogger<BundledDataImporter> logger) : BackgroundService
{
    public static readonly TimeSpan UnvisitedWait = TimeSpan.FromSeconds(10);

    private IReadOnlyList<BundledRelease> _pending = [];

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = options.Value.ResolvedDirectory;
        if (!options.Value.ImportOnStart)
        {
            status.Off(folder);
            logger.LogInformation("Bundled official data: not imported on start (OfficialData:ImportOnStart is false)");
        }
        else
        {
            try
            {
                _pending = await import.PrepareAsync(folder, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Never stops the app: it serves what the database holds, and the next start tries again.
                logger.LogWarning(ex, "Bundled official data: cannot tell which releases the database lacks; nothing is imported on this start");
            }
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_pending.Count == 0)
            return;
        try
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
                await started.Task.WaitAsync(stoppingToken);
            await Task.WhenAny(firstResponse.Sent, Task.Delay(UnvisitedWait, stoppingToken));
            stoppingToken.ThrowIfCancellationRequested();
            // Several instances on one database server: the first to get here imports, the others
            // serve each release as it commits (its eviction reaches them, see DataVersionPoller).
            await using var scope = scopes.CreateAsyncScope();
            await using var held = await DatabaseEngine.TryLockAsync(scope.ServiceProvider.GetRequiredService<CareerDbContext>().Database, "bundled-data-import", stoppingToken);
            if (held is null)
            {
                logger.LogInformation("Bundled official data: another instance is importing it; this one serves each release as it commits");
                status.Off(options.Value.ResolvedDirectory);
                return;
            }
            await import.RunAsync(_pending, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            status.End(stopped: true); // stopped before the first release began
        }
        catch (Exception ex)
        {
            // An exception out of a BackgroundService stops the host; the app keeps serving instead.
            logger.LogError(ex, "Bundled official data: the import ended unexpectedly");
            status.End(stopped: false);
        }
        finally
        {
            // Each committed release evicted the cached pages already; this drops those cached with the loading note.
            await cache.EvictByTagAsync(CachingSetup.DataTag, CancellationToken.None);
        }
    }
}
