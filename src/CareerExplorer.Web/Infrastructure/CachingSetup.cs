using System.Data.Common;
using CareerExplorer.Web.Services.Importing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>
/// Public pages and the API are the same for every anonymous visitor until the data changes, so
/// they are served from an output cache. Each cached page is tagged with what it shows (see
/// <see cref="CacheKeys.Tags"/>), and a change of data evicts only the pages it makes stale (see
/// <see cref="ChangeTags"/>): at once when this process made it, within about a second when another
/// process did (see <see cref="DataVersionPoller"/>).
/// </summary>
public static class CachingSetup
{
    public const string PublicPolicy = "public";
    /// <summary>On every cached page: evicting it evicts everything.</summary>
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
                // The layout's "official data is still loading" line: its end commits nothing, so no change marks it.
                .VaryByValue(c => new KeyValuePair<string, string>("loading", c.RequestServices.GetRequiredService<BundledDataStatus>().Current.CacheKey))
                .AddPolicy<ChangeTagPolicy>()
                .Expire(TimeSpan.FromMinutes(minutes))
                .Tag(DataTag));
        });
        // Several instances: the cached pages in one Redis, so an eviction by one instance (the
        // tags of a change) removes the page for all of them at once.
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            services.AddStackExchangeRedisOutputCache(o =>
            {
                o.Configuration = redis;
                // The prefix of every key: two sites (or test runs) on one Redis keep apart by it.
                o.InstanceName = configuration.GetValue("OutputCache:RedisPrefix", "careerexplorer:");
            });
            services.AddSingleton(new RedisCheck(redis)); // run before migrating: seeding evicts through it already
        }
        services.AddSingleton<CacheEvictions>();
        services.AddSingleton<DataChangeEviction>();
        services.AddHostedService<DataVersionPoller>(); // hosted services start with the web app only, never for a command
        services.Configure<DataVersionPollerOptions>(configuration.GetSection("OutputCache"));
        return services;
    }
}

/// <summary>
/// A Redis that is configured but does not answer stops the start with a message that says
/// where, instead of an app whose every cached page fails.
/// </summary>
public sealed class RedisCheck(string configuration)
{
    public async Task RequireAsync()
    {
        var options = StackExchange.Redis.ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 5000;
        options.ConnectRetry = 1;
        try
        {
            await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(options);
            await redis.GetDatabase().PingAsync();
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            throw new StartupConfigurationException(
                $"Redis at {string.Join(", ", options.EndPoints)} (ConnectionStrings:Redis) cannot be reached: {ex.Message.Split(". ")[0]}. Start it, or remove the setting to cache in memory.", ex);
        }
    }
}

/// <summary>
/// Tags a cached page with what it shows (<see cref="CacheKeys.Tags"/>), and puts in its key how
/// many times each of those tags was evicted when its request began (<see cref="CacheEvictions"/>).
/// </summary>
public sealed class ChangeTagPolicy(CacheEvictions evictions) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var tags = CacheKeys.Tags(context.HttpContext);
        foreach (var tag in tags)
            context.Tags.Add(tag);
        context.CacheVaryByRules.VaryByValues["evictions"] = evictions.Key(tags);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}

/// <summary>
/// Evicts the cached pages a change made stale, and makes sure a page rendered from the data
/// before a change is never served after it. Each tag counts its evictions (and an eviction of
/// everything is counted for all); a page's cache key holds the counts of its tags as its request
/// began, before it read any data. An eviction raises the counts first, then evicts: a page that
/// read the data before the change, however late it is stored, is stored under a key that no
/// request looks up any more (it only waits for its expiry), while a request that begins after the
/// raise began after the commit and reads the new data. This holds for other processes' changes
/// too: the poller evicts only once it has read the committed version. (Refusing to store such a
/// page instead would leave a moment between the check and the store, and hand the page to the
/// requests waiting on the same key.)
/// </summary>
public sealed class CacheEvictions(IOutputCacheStore cache)
{
    /// <summary>Beyond this many counted tags, an eviction evicts everything and starts the counts again.</summary>
    private const int MostCountedTags = 10_000;

    private readonly Lock _gate = new();
    private long _everything;
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<long> _committedHere = [];

    /// <summary>The part of a page's cache key that changes with each eviction of one of its tags.</summary>
    public string Key(IReadOnlyList<string> tags)
    {
        lock (_gate)
        {
            var key = new System.Text.StringBuilder().Append(_everything);
            foreach (var tag in tags)
                key.Append('.').Append(_counts.GetValueOrDefault(tag));
            return key.ToString();
        }
    }

    public async ValueTask EvictAsync(ChangeTags stale, CancellationToken ct = default)
    {
        bool everything;
        lock (_gate)
        {
            everything = stale.IsEverything || _counts.Count + stale.Tags.Count > MostCountedTags;
            if (everything)
            {
                _everything++;
                _counts.Clear();
            }
            else
            {
                foreach (var tag in stale.Tags)
                    _counts[tag] = _counts.GetValueOrDefault(tag) + 1;
            }
        }
        if (everything)
            await cache.EvictByTagAsync(CachingSetup.DataTag, ct);
        else
            foreach (var tag in stale.Tags)
                await cache.EvictByTagAsync(tag, ct);
    }

    /// <summary>Data versions this process committed and evicted for itself: the poller leaves them out.</summary>
    public void CommittedHere(IEnumerable<long> versions)
    {
        lock (_gate)
            _committedHere.UnionWith(versions);
    }

    /// <summary>The versions up to <paramref name="through"/> this process committed itself; forgets them.</summary>
    public IReadOnlySet<long> TakeCommittedHere(long through)
    {
        lock (_gate)
        {
            var taken = _committedHere.Where(v => v <= through).ToHashSet();
            _committedHere.ExceptWith(taken);
            return taken;
        }
    }
}

/// <summary>
/// Evicts the pages a change made stale at once when this process made it: on the commit of a
/// transaction in which <see cref="CareerDbContext"/> raised the data version (it saves every data
/// change in one). Changes made by other processes are found by <see cref="DataVersionPoller"/>.
/// </summary>
public sealed class DataChangeEviction(CacheEvictions evictions, ILogger<DataChangeEviction> logger) : IDbTransactionInterceptor
{
    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is not CareerDbContext { WrittenDataChange: { } written } db || !ReferenceEquals(written.Transaction, transaction))
            return;
        db.WrittenDataChange = null;
        evictions.CommittedHere(written.Versions);
        await evictions.EvictAsync(written.Stale, ct);
        logger.LogDebug("Data changed (version {Version}): evicted {Stale}", written.Versions[^1], written.Stale.ToText());
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();
}
