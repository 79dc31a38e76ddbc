using System.Reflection;
using CareerExplorer.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Performance;

/// <summary>
/// Only the parameters a page reads, normalised as the page normalises them, make a new cache
/// entry: a second request that should share an entry sends no database command.
/// </summary>
public class CacheKeyTests(CountingApp app) : IClassFixture<CountingApp>
{
    private Task<int> CommandsFor(string url) => app.CommandsFor(url);

    // Each case its own URLs: the fixture's cache is shared by every test in the class.
    [Theory]
    [InlineData("/Roles?q=engineer", "/Roles?q=engineer&x=random")]
    [InlineData("/Roles/data-scientist", "/Roles/data-scientist?utm_source=a&utm_source=b")]
    [InlineData("/Skills?q=python", "/Skills?q=python&page=3")]
    [InlineData("/api/skills?q=sql", "/api/skills?q=sql&callback=x")]
    [InlineData("/Compare?roles=data-scientist,data-analyst", "/Compare?roles=data-scientist,data-analyst&nonce=1")]
    public async Task UnknownParameter_IsServedFromTheSameEntry(string first, string withUnknown)
    {
        Assert.True(await CommandsFor(first) > 0);
        Assert.Equal(0, await CommandsFor(withUnknown));
    }

    [Theory]
    [InlineData("/Roles?q=data%20analyst", "/Roles?q=%20data%20%20analyst%20")]
    [InlineData("/Roles?sort=salary-desc&category=Software", "/Roles?SORT=Salary-Desc&category=%20Software%20")]
    [InlineData("/Roles?education=Bachelor", "/Roles?education=bachelor&sort=name&page=1")]
    [InlineData("/Roles?zone=4", "/Roles?zone=4&page=nonsense&sort=unheard-of")]
    [InlineData("/Skills?q=java", "/Skills?q=%20java%20")]
    [InlineData("/Sources/glassdoor", "/Sources/glassdoor?page=1")]
    [InlineData("/Roles/Download.csv?sort=growth", "/Roles/Download.csv?SORT=Growth&page=4&x=1")] // every page: the page number is not read
    public async Task NormalisedValues_ShareAnEntry(string first, string sameRequest)
    {
        Assert.True(await CommandsFor(first) > 0);
        Assert.Equal(0, await CommandsFor(sameRequest));
    }

    [Theory]
    [InlineData("/Roles?q=scientist", "/Roles?q=scientists")]
    [InlineData("/Roles?sort=salary-asc", "/Roles?sort=growth")]
    [InlineData("/Roles?category=Data", "/Roles?category=Data&page=2")]
    [InlineData("/Roles/Download.csv?category=Data", "/Roles/Download.xlsx?category=Data")]
    [InlineData("/Roles/Download.csv?sort=openings", "/Roles/Download.csv?sort=openings&q=data")]
    [InlineData("/Skills?q=excel", "/Skills?q=Excel%20%20")] // the skills page trims, but keeps case: its search is by LIKE
    [InlineData("/api/compare?roles=data-scientist,software-developer", "/api/compare?roles=data-scientist,software-developer&year=2020")]
    public async Task DifferentKnownValues_AreDifferentEntries(string first, string other)
    {
        Assert.True(await CommandsFor(first) > 0);
        Assert.True(await CommandsFor(other) > 0);
    }

    /// <summary>
    /// The table of what each page reads (<see cref="CacheKeys.ByEndpoint"/>) is the whole cache
    /// key: a query parameter a page binds but the table leaves out would serve one request's page
    /// for another; one the table lists but no page reads would let random values flood the cache.
    /// </summary>
    [Fact]
    public void EveryQueryParameterAPageOrTheApiBinds_IsInTheCacheKey_AndNothingElse()
    {
        var read = new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in typeof(CachingSetup).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract))
        {
            var path = model.Namespace!["CareerExplorer.Web.Pages".Length..].Replace('.', '/') + "/" + model.Name[..^"Model".Length];
            if (path.StartsWith("/Admin/", StringComparison.Ordinal) || path.StartsWith("/Account/", StringComparison.Ordinal))
                continue; // never cached
            var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in model.GetProperties())
                if (property.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: true } bind)
                    names.Add(bind.Name ?? property.Name);
            foreach (var handler in model.GetMethods().Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal)))
                foreach (var parameter in handler.GetParameters())
                    if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } query)
                        names.Add(query.Name ?? parameter.Name!);
            read[path] = names;
        }
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true);
        foreach (var endpoint in endpoints)
        {
            var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in endpoint.Metadata.GetMetadata<MethodInfo>()!.GetParameters())
                if (parameter.ParameterType == typeof(string) || parameter.ParameterType == typeof(string[]))
                    if (endpoint.RoutePattern.GetParameter(parameter.Name!) is null)
                        names.Add(parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parameter.Name!);
            read[endpoint.RoutePattern.RawText!] = names;
        }

        Assert.Contains("/Roles/Index", read.Keys);
        Assert.Contains("/api/skills", read.Keys);
        Assert.Empty(CacheKeys.ByEndpoint.Keys.Except(read.Keys, StringComparer.OrdinalIgnoreCase)); // no entry for a page that does not exist
        foreach (var (endpoint, names) in read)
        {
            var declared = CacheKeys.ByEndpoint.TryGetValue(endpoint, out var reads) ? reads.Parameters.Select(p => p.Name).ToList() : [];
            Assert.True(names.SetEquals(declared), $"{endpoint} reads [{string.Join(", ", names)}]; its cache key has [{string.Join(", ", declared)}]");
        }
    }
}
