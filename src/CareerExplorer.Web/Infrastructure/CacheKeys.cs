using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>
/// The query parameters each cached page and API endpoint reads, declared once, each with the
/// rule the page itself normalises it by. Only these, normalised, form a page's cache key: a
/// parameter the page does not read, or another spelling of the same value, is answered from the
/// entry the page would have rendered anyway, so random query strings cannot flood the cache.
/// A page or endpoint not listed reads no query parameter. The same table says which parameter
/// is a search, for the search rate limit (<see cref="AuthSetup.SearchRateLimit"/>).
/// </summary>
public static class CacheKeys
{
    /// <summary>A query parameter and the value the page ends up using (null: the same as leaving it out).</summary>
    public sealed record Parameter(string Name, Func<string?, string?> Normalise);

    /// <summary>What a page reads; <paramref name="Search"/>, when set, names the parameter that runs a search.</summary>
    public sealed record Reads(IReadOnlyList<Parameter> Parameters, string? Search = null);

    private static Parameter P(string name, Func<string?, string?> normalise) => new(name, normalise);
    private static string? Number(int value, int byDefault) => value == byDefault ? null : value.ToString(CultureInfo.InvariantCulture);

    private static readonly Parameter CompareRoles = P("roles", v => string.Join(',', CompareService.ParseRoles([v])) is { Length: > 0 } roles ? roles : null);
    private static readonly Parameter CompareYear = P("year", CompareService.YearAsked);
    private static readonly Reads SkillSearch = new([P("q", SkillList.NormaliseSearch)], Search: "q");
    private static readonly Reads Comparison = new([CompareRoles, CompareYear]);
    private static readonly Parameter CitationFormat = P("format", v => CitationFiles.Parse(v) is { } format ? CitationFiles.Name(format) : v);
    /// <summary>The roles list's filters, search and sort: the list reads them, and its downloads the same.</summary>
    private static readonly Parameter[] RoleListFilters =
    [
        P("q", RoleListQuery.NormaliseSearch),
        P("category", RoleListQuery.NormaliseCategory),
        P("education", v => RoleListQuery.ParseEducation(v)?.ToString()),
        P("sort", v => RoleListQuery.ParseSort(v) is var sort && sort == RoleSort.Name ? null : RoleListQuery.SortValue(sort)),
        P("zone", v => RoleListQuery.ParseJobZone(v)?.ToString(CultureInfo.InvariantCulture)),
        P("required", v => RoleListQuery.ParseRequired(v)?.ToString(CultureInfo.InvariantCulture)),
        P("entry", RoleListQuery.NormaliseEntry),
        P("field", RoleListQuery.ParseField),
        P("pay", v => PayBands.Parse(v) is { } band ? PayBands.Value(band) : null),
        P("growth", v => GrowthPaces.Parse(v) is { } pace ? GrowthPaces.Value(pace) : null),
        P("articles", v => RoleListQuery.ParseFlag(v) ? "1" : null),
    ];
    private static readonly Reads MoveChoices = new(new[] { "more", "faster", "education", "all" }.Select(name => P(name, v => Services.Moves.MoveFilters.Flag(v) ? "1" : null)).ToArray());

    /// <summary>By Razor page (its path, as /Roles/Index) or API route pattern (as /api/skills).</summary>
    public static readonly IReadOnlyDictionary<string, Reads> ByEndpoint = new Dictionary<string, Reads>(StringComparer.OrdinalIgnoreCase)
    {
        ["/Roles/Index"] = new([.. RoleListFilters, P("page", v => Number(PageNumber.Parse(v), 1))], Search: "q"),
        ["/Roles/Download"] = new(RoleListFilters, Search: "q"), // every page: no page number
        ["/api/role-suggestions"] = new([P("q", RoleListQuery.NormaliseSearch)], Search: "q"),
        ["/Skills/Index"] = SkillSearch,
        ["/api/skills"] = SkillSearch,
        ["/Sources/Details"] = new([P("page", v => Number(PageNumber.Parse(v), 1))]),
        ["/Compare/Index"] = Comparison,
        ["/Compare/Sheet"] = new([CompareRoles]),
        ["/Compare/Export"] = Comparison,
        ["/api/compare"] = Comparison,
        ["/Compare/Chart"] = new([CompareRoles, CompareYear, P("layout", v => v)]),
        ["/Compare/Cite"] = new([CompareRoles, CitationFormat]),
        ["/Roles/Cite"] = new([CitationFormat]),
        ["/Paths/Index"] = new([P("job", RoleListQuery.NormaliseSearch)], Search: "job"),
        ["/Paths/Moves"] = MoveChoices,
        ["/api/roles/{slug}/moves"] = MoveChoices,
    };

    /// <summary>
    /// The pages about particular roles, and which: a role's page, its technology and its API
    /// document by the slug in the route; a comparison, its export, chart and API by the roles its
    /// query names (a slug or a title each, read as the page reads them). Every other cached page
    /// shows many roles or data no one role owns, and is tagged <see cref="ChangeTags.Lists"/>,
    /// which every change evicts: leaving a page out of this table is never stale, only evicted more.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, Func<HttpContext, IEnumerable<string>>> AboutRoles =
        new Dictionary<string, Func<HttpContext, IEnumerable<string>>>(StringComparer.OrdinalIgnoreCase)
        {
            ["/Roles/Details"] = RouteSlug,
            ["/Roles/Technology"] = RouteSlug,
            ["/Roles/Sheet"] = RouteSlug,
            ["/api/roles/{slug}"] = RouteSlug,
            ["/Compare/Index"] = Compared,
            ["/Compare/Sheet"] = Compared,
            ["/Compare/Export"] = Compared,
            ["/Compare/Chart"] = Compared,
            ["/Compare/Cite"] = Compared,
            ["/Roles/Cite"] = RouteSlug,
            ["/api/compare"] = Compared,
        };

    private static IEnumerable<string> RouteSlug(HttpContext context) => context.GetRouteValue("slug") is string slug ? [slug] : [];

    private static IEnumerable<string> Compared(HttpContext context) => CompareService.ParseRoles([context.Request.Query["roles"].FirstOrDefault()]);

    /// <summary>What a page shows, as cache tags: its roles' <see cref="ChangeTags.Role"/> tags, else <see cref="ChangeTags.Lists"/> (a comparison of no roles is the picker, a list).</summary>
    public static IReadOnlyList<string> Tags(HttpContext context) =>
        EndpointName(context) is { } name && AboutRoles.TryGetValue(name, out var roles)
        && roles(context).Select(ChangeTags.Role).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } tags
            ? tags
            : [ChangeTags.Lists];

    /// <summary>A Razor page's path (as /Roles/Index) or an API route pattern (as /api/skills).</summary>
    private static string? EndpointName(HttpContext context) =>
        context.GetEndpoint() is { } endpoint
            ? endpoint.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath ?? (endpoint as RouteEndpoint)?.RoutePattern.RawText
            : null;

    private static Reads? For(HttpContext context) =>
        EndpointName(context) is { } name && ByEndpoint.TryGetValue(name, out var reads) ? reads : null;

    /// <summary>The request's part of the cache key: the parameters its page reads, normalised, in a fixed order, escaped so no two requests can share one by accident.</summary>
    public static string Key(HttpContext context) =>
        For(context) is { } reads
            ? string.Join('&', reads.Parameters
                .Select(p => (p.Name, Value: p.Normalise(context.Request.Query[p.Name].FirstOrDefault())))
                .Where(p => p.Value is not null)
                .Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!)))
            : "";

    /// <summary>
    /// A parameter the page reads, given more than once: binding reads such values differently
    /// from one page to another (the compare picker sends a box each and is redirected), so these
    /// requests skip the cache rather than risk sharing an entry. Unknown parameters do not count.
    /// </summary>
    public static bool RepeatsAParameter(HttpContext context) =>
        For(context) is { } reads && reads.Parameters.Any(p => context.Request.Query[p.Name].Count > 1);

    /// <summary>The words a request searches for, normalised as its page does; null when it runs no search.</summary>
    public static string? SearchText(HttpContext context) =>
        For(context) is { Search: { } search } reads
            ? reads.Parameters.Single(p => p.Name == search).Normalise(context.Request.Query[search].FirstOrDefault())
            : null;
}
