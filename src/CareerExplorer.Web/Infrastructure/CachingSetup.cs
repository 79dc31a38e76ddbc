using System.Data.Common;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>
/// Public pages and the API are the same for every anonymous visitor until the data changes, so
/// they are served from an output cache; any change to the data evicts it at once.
/// </summary>
public static class CachingSetup
{
    public const string PublicPolicy = "public";
    public const string DataTag = "data";

    public static IServiceCollection AddCareerCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var minutes = configuration.GetValue("OutputCache:Minutes", 5);
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64 * 1024 * 1024;
            // The default rules still apply: only anonymous GET/HEAD, only 200s, nothing that sets
            // a cookie. Admin and sign-in pages are left out explicitly as well.
            o.AddPolicy(PublicPolicy, b => b
                .With(c => !c.HttpContext.Request.Path.StartsWithSegments("/Admin") && !c.HttpContext.Request.Path.StartsWithSegments("/Account")
                    // Building the key sorts a repeated parameter's values in place, reordering the
                    // request itself; such requests (the compare picker's) skip the cache.
                    && c.HttpContext.Request.Query.All(q => q.Value.Count <= 1))
                .SetVaryByQuery("*")
                .Expire(TimeSpan.FromMinutes(minutes))
                .Tag(DataTag));
        });
        services.AddSingleton<DataChangeEviction>();
        return services;
    }
}

/// <summary>
/// Evicts the cached pages when data has changed: after SaveChanges outside a transaction, or
/// after the commit of a transaction that saved changes (imports, seeding), so a page can never
/// be cached from the snapshot before the commit.
/// </summary>
public sealed class DataChangeEviction(IOutputCacheStore cache, ILogger<DataChangeEviction> logger) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is CareerDbContext db && db.Database.CurrentTransaction is null)
            await EvictIfChangedAsync(db, ct);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is CareerDbContext db && db.Database.CurrentTransaction is null)
            EvictIfChangedAsync(db, default).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is CareerDbContext db)
            await EvictIfChangedAsync(db, ct);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is CareerDbContext db)
            EvictIfChangedAsync(db, default).AsTask().GetAwaiter().GetResult();
    }

    private static void Mark(DbContext? context)
    {
        if (context is CareerDbContext db && db.ChangeTracker.Entries<Entity>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            db.DataChanged = true;
    }

    private async ValueTask EvictIfChangedAsync(CareerDbContext db, CancellationToken ct)
    {
        if (!db.DataChanged)
            return;
        db.DataChanged = false;
        await cache.EvictByTagAsync(CachingSetup.DataTag, ct);
        logger.LogDebug("Data changed: cached pages evicted");
    }
}
