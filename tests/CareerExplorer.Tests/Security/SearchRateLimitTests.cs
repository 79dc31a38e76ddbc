using System.Net;
using System.Text.Json;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Security;

/// <summary>
/// Searches the output cache cannot answer are limited per client; cached ones never are. Each
/// test has its own app with a small limit (every test client shares one address).
/// </summary>
public class SearchRateLimitTests
{
    private const int Limit = 2;

    [Fact]
    public async Task UncachedSearches_OverTheLimit_GetA429PageThatSaysWhenToRetry()
    {
        await using var app = new LimitedSearches();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Roles?q=data")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Skills?q=data")).StatusCode);

        var response = await client.GetAsync("/Roles?q=engineer");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = RetryAfter(response);
        var doc = await Html.ParseAsync(response);
        Assert.Equal("Too many searches", doc.QuerySelector("h1")!.Text());
        Assert.Contains($"Too many searches: try again in {seconds} second", doc.QuerySelector("main")!.Text());
        Assert.NotNull(doc.QuerySelector("header.site-header nav")); // the site's layout
        Assert.DoesNotContain("Exception", doc.Body!.TextContent);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task UncachedApiSearch_OverTheLimit_GetsAProblemBody()
    {
        await using var app = new LimitedSearches();
        var client = app.CreateClient();
        for (var i = 0; i < Limit; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/skills?q=s{i}")).StatusCode);

        var response = await client.GetAsync("/api/skills?q=other");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = RetryAfter(response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal($"Too many searches: try again in {seconds} {(seconds == 1 ? "second" : "seconds")}.", problem.GetProperty("detail").GetString());
        // Lists without a search are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/skills?q=%20")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Roles")).StatusCode);
    }

    [Fact]
    public async Task CachedSearch_IsNeverLimited_AndTheRefusalIsNeverCached()
    {
        await using var app = new LimitedSearches();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Roles?q=analyst")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Roles?q=scientist")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/Roles?q=developer")).StatusCode);

        // The limit is used up, yet searches the cache holds (in any spelling it normalises) are answered.
        foreach (var url in new[] { "/Roles?q=analyst", "/Roles?q=%20analyst%20", "/Roles?q=scientist&utm=1", "/Roles?q=analyst" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);

        var stored = app.Store.Stored;
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/Roles?q=developer")).StatusCode);
        Assert.Equal(stored, app.Store.Stored); // neither the refused search nor its 429 page went into the cache
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Paths")).StatusCode);
        Assert.Equal(stored + 1, app.Store.Stored); // whereas a page that is not a search still is cached
    }

    private static int RetryAfter(HttpResponseMessage response)
    {
        var seconds = (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(seconds, 1, 60);
        return seconds;
    }

    private sealed class LimitedSearches : CareerAppFactory
    {
        public CountingStore Store { get; private set; } = null!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:SearchPerMinute", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.ConfigureTestServices(s =>
            {
                var registered = s.Single(d => d.ServiceType == typeof(IOutputCacheStore));
                s.Remove(registered);
                s.AddSingleton<IOutputCacheStore>(sp => Store = new CountingStore((IOutputCacheStore)registered.ImplementationFactory!(sp)));
            });
        }
    }

    /// <summary>The app's output cache store, counting what is stored in it.</summary>
    private sealed class CountingStore(IOutputCacheStore inner) : IOutputCacheStore
    {
        private int _stored;
        public int Stored => Volatile.Read(ref _stored);

        public ValueTask EvictByTagAsync(string tag, CancellationToken ct) => inner.EvictByTagAsync(tag, ct);
        public ValueTask<byte[]?> GetAsync(string key, CancellationToken ct) => inner.GetAsync(key, ct);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken ct)
        {
            Interlocked.Increment(ref _stored);
            return inner.SetAsync(key, value, tags, validFor, ct);
        }
    }
}
