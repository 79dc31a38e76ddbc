using System.Data.Common;
using CareerExplorer.Web.Services.Importing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>
/// Public pages and the API are the same for every anonymous visitor until the data changes, so
/// they are served from an output cache. A change to the data evicts it: at once when this process
/// made it, within about a second when another process did (see <see cref="DataVersionPoller"/>).
/// </summary>
public static class CachingSetup
{
    public const string PublicPolicy = "public";
    public const string DataTag = "data";

    public static IServiceCollection AddCareerCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var minutes = configuration.GetValue("OutputCache:Minutes", 5);
        // Off only to measure what a page costs when the cache cannot answer (the benchmark's uncached pass).
        var enabled = configuration.GetValue("OutputCache:Enabled", true);
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64 * 1024 * 1024;
            if (!enabled)
            {
                o.AddPolicy(PublicPolicy, b => b.NoCache());
                return;
            }
            // The default rules still apply: only anonymous GET/HEAD, only 200s, nothing that sets
            // a cookie. Admin and sign-in pages are left out explicitly as well.
            o.AddPolicy(PublicPolicy, b => b
                .With(c => !c.HttpContext.Request.Path.StartsWithSegments("/Admin") && !c.HttpContext.Request.Path.StartsWithSegments("/Account")
                    && !CacheKeys.RepeatsAParameter(c.HttpContext))
                // Not the raw query string: only the parameters the page reads, normalised (see CacheKeys).
                .SetVaryByQuery(Array.Empty<string>())
                .VaryByValue(c => new KeyValuePair<string, string>("query", CacheKeys.Key(c)))
                .VaryByValue(c => new KeyValuePair<string, string>("data-version", c.RequestServices.GetRequiredService<CachedDataVersion>().Key))
                // The layout's "official data is still loading" line: its end commits nothing, so no data version marks it.
                .VaryByValue(c => new KeyValuePair<string, string>("loading", c.RequestServices.GetRequiredService<BundledDataStatus>().Current.CacheKey))
                .Expire(TimeSpan.FromMinutes(minutes))
                .Tag(DataTag));
        });
        services.AddSingleton<CachedDataVersion>();
        services.AddSingleton<DataChangeEviction>();
        services.AddHostedService<DataVersionPoller>(); // hosted services start with the web app only, never for a command
        services.Configure<DataVersionPollerOptions>(configuration.GetSection("OutputCache"));
        return services;
    }
}

/// <summary>
/// The data version the cached pages belong to. It is part of every cache key, so a page rendered
/// from older data can never be served once a newer version is known, even if it was stored after
/// the eviction; and a change of version evicts the cached pages to free their memory.
/// </summary>
public sealed class CachedDataVersion(IOutputCacheStore cache)
{
    private readonly Lock _gate = new();
    private long _version = -1; // not known yet

    /// <summary>The version as text, for the cache key.</summary>
    public string Key { get; private set; } = "-1";

    /// <summary>Makes <paramref name="version"/> the data's version; says whether it was a different one (and the pages were evicted).</summary>
    public async ValueTask<bool> SetAsync(long version, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (_version == version)
                return false;
            _version = version;
            Key = version.ToString(CultureInfo.InvariantCulture);
        }
        await cache.EvictByTagAsync(CachingSetup.DataTag, ct);
        return true;
    }
}

/// <summary>
/// Evicts the cached pages at once when this process changed data: on the commit of a transaction
/// in which <see cref="CareerDbContext"/> raised the data version (it saves every data change in
/// one), so a page can never be cached from the snapshot before the commit. Changes made by other
/// processes are found by <see cref="DataVersionPoller"/>.
/// </summary>
public sealed class DataChangeEviction(CachedDataVersion cached, ILogger<DataChangeEviction> logger) : IDbTransactionInterceptor
{
    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (Written(transaction, eventData) is { } version && await cached.SetAsync(version, ct))
            logger.LogDebug("Data changed (version {Version}): cached pages evicted", version);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    private static long? Written(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is not CareerDbContext { WrittenDataVersion: { } written } db || !ReferenceEquals(written.Transaction, transaction))
            return null;
        db.WrittenDataVersion = null;
        return written.Version;
    }
}
