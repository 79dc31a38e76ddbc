namespace CareerExplorer.Web.Services;

/// <summary>The roles list's orders, each with the label its select (and the downloads' About sheet) shows.</summary>
public enum RoleSort
{
    [Display(Name = "Name")] Name,
    [Display(Name = "Highest pay")] SalaryDesc,
    [Display(Name = "Lowest pay")] SalaryAsc,
    [Display(Name = "Fastest growth")] Growth,
    [Display(Name = "Highest official median (BLS)")] OfficialMedianDesc,
    [Display(Name = "Lowest official median (BLS)")] OfficialMedianAsc,
    [Display(Name = "Most jobs (BLS employment)")] EmploymentDesc,
    [Display(Name = "Fastest projected growth (BLS)")] ProjectedGrowth,
    [Display(Name = "Most openings a year (BLS)")] Openings,
}

/// <summary>What the roles list was asked for, already made sane (see <see cref="Normalise"/>).</summary>
public sealed record RoleListQuery(string? Q, string? Category, EducationLevel? Education, RoleSort Sort, int Page, int? JobZone = null, int? Required = null, string? Entry = null,
    string? Field = null, int? PayBand = null, GrowthPace? Growth = null, bool FromArticles = false)
{
    public const int MaxQueryLength = 100;
    public const int PageSize = 20;

    /// <summary>
    /// Nonsense in the query string becomes the nearest sensible request, never an error. Each
    /// parameter has its own rule below, which the output cache's key uses too (see CacheKeys).
    /// </summary>
    public static RoleListQuery Normalise(string? q, string? category, string? education, string? sort, string? page, string? jobZone = null, string? required = null, string? entry = null,
        string? field = null, string? pay = null, string? growth = null, string? articles = null) =>
        new(NormaliseSearch(q), NormaliseCategory(category), ParseEducation(education), ParseSort(sort), PageNumber.Parse(page), ParseJobZone(jobZone), ParseRequired(required), NormaliseEntry(entry),
            ParseField(field), PayBands.Parse(pay), GrowthPaces.Parse(growth), ParseFlag(articles));

    /// <summary>"1" (a checkbox's value) or "true": on; anything else off.</summary>
    public static bool ParseFlag(string? flag) => flag?.Trim() is "1" or "true" or "on";

    /// <summary>Whether any filter is set (the search aside).</summary>
    public bool Filtered => Category is not null || Education is not null || JobZone is not null || Required is not null || Entry is not null
        || Field is not null || PayBand is not null || Growth is not null || FromArticles;

    /// <summary>A SOC major group's two digits ("15"), when it is one.</summary>
    public static string? ParseField(string? field) => SocMajorGroups.Title(field?.Trim()) is not null ? field!.Trim() : null;

    /// <summary>The words searched for, single-spaced, at most <see cref="MaxQueryLength"/> characters; null when there are none.</summary>
    public static string? NormaliseSearch(string? q)
    {
        q = string.Join(' ', (q ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return q.Length == 0 ? null : q.Length > MaxQueryLength ? q[..MaxQueryLength] : q;
    }

    public static string? NormaliseCategory(string? category) => Trimmed(category, 200);

    public static string? NormaliseEntry(string? entry) => Trimmed(entry, TextLimits.ProjectionCategory);

    public static EducationLevel? ParseEducation(string? education) =>
        Enum.TryParse<EducationLevel>(education, ignoreCase: true, out var l) && Enum.IsDefined(l) ? l : null;

    public static int? ParseJobZone(string? jobZone) =>
        int.TryParse(jobZone, NumberStyles.None, CultureInfo.InvariantCulture, out var z) && Bounds.JobZone.Contains(z) ? z : null;

    public static int? ParseRequired(string? required) =>
        int.TryParse(required, NumberStyles.None, CultureInfo.InvariantCulture, out var rl) && rl is >= 1 and <= 99 ? rl : null;

    public static RoleSort ParseSort(string? sort) => (sort ?? "").ToLowerInvariant() switch
    {
        "salary-desc" => RoleSort.SalaryDesc,
        "salary-asc" => RoleSort.SalaryAsc,
        "growth" => RoleSort.Growth,
        "official-median-desc" => RoleSort.OfficialMedianDesc,
        "official-median-asc" => RoleSort.OfficialMedianAsc,
        "employment-desc" => RoleSort.EmploymentDesc,
        "projected-growth" => RoleSort.ProjectedGrowth,
        "openings" => RoleSort.Openings,
        _ => RoleSort.Name,
    };

    private static string? Trimmed(string? value, int maxLength)
    {
        value = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return value is { Length: var n } && n > maxLength ? value[..maxLength] : value;
    }

    public static string SortValue(RoleSort sort) => sort switch
    {
        RoleSort.SalaryDesc => "salary-desc",
        RoleSort.SalaryAsc => "salary-asc",
        RoleSort.Growth => "growth",
        RoleSort.OfficialMedianDesc => "official-median-desc",
        RoleSort.OfficialMedianAsc => "official-median-asc",
        RoleSort.EmploymentDesc => "employment-desc",
        RoleSort.ProjectedGrowth => "projected-growth",
        RoleSort.Openings => "openings",
        _ => "name",
    };
}

/// <summary>The roles list's search, filters and sort as its form labels them: the page and its downloads' About sheet.</summary>
public static class RoleListLabels
{
    public const string Search = "Title, other name, skill or task";
    public const string Category = "Category";
    public const string Education = "Education named by a source";
    public const string Required = "Education most workers need (O*NET)";
    public const string Entry = "Typical entry education (BLS)";
    public const string JobZone = "Job zone (preparation, O*NET)";
    public const string Field = "Field";
    public const string Pay = "Pay (BLS median)";
    public const string Growth = "Growth (BLS projection)";
    public const string FromArticles = "Only the machine-learning careers the articles are about";
    public const string Sort = "Sort by";
}

/// <summary>The one figure a list shows for a role: its newest median (else mean, else range).</summary>
public sealed record HeadlineSalary(string AmountText, string StatisticText, string BasisText, int Year, SourceRef Source)
{
    public string Per => BasisText == "Hourly" ? "per hour" : "per year";

    /// <summary>The numbers behind <see cref="AmountText"/> (a point, or a range's ends), for the downloads; null where the text is "not published" or "invalid value".</summary>
    public decimal? Amount { get; init; }
    public decimal? Low { get; init; }
    public decimal? High { get; init; }
    public string Currency { get; init; } = "USD";
    /// <summary>The amount is a top code: "or more".</summary>
    public bool IsTopCoded { get; init; }
}

public sealed record HeadlineGrowth(string ValueText, string PeriodText, int Year, SourceRef Source)
{
    /// <summary>The number behind <see cref="ValueText"/>, in <see cref="Unit"/>, for the downloads; null where the text is "not published" or "invalid value".</summary>
    public decimal? Value { get; init; }
    public OutlookUnit Unit { get; init; }
}

/// <summary>A role's latest BLS OEWS annual median and employment (either may be "not published").</summary>
public sealed record OfficialHeadline(OfficialAmount Median, decimal? Employment, int Year, SourceRef Source)
{
    public string SourceSlug => Source.Slug;
    /// <summary>"May 2024": OEWS estimates are for May.</summary>
    public string Release => $"May {Year}";
    public string ReleaseText => $"BLS {Release}";
    public string EmploymentText => Display.Jobs(Employment);
}

/// <summary>A role's latest BLS Employment Projections line, as lists show it.</summary>
public sealed record ProjectionHeadline(decimal? ChangePercent, decimal? Openings, bool OpeningsAnnual, string Release, SourceRef Source, string? Education)
{
    public string SourceSlug => Source.Slug;
    public string ChangeText => Projections.ProjectedGrowth.SignedPercent(ChangePercent);
    public string OpeningsText => Openings is null ? "openings not available" : $"{Projections.ProjectedGrowth.Thousands(Openings)} openings {(OpeningsAnnual ? "a year" : "in all")}";
    /// <summary>The openings written out (BLS gives thousands), as <see cref="OpeningsText"/> shows them.</summary>
    public decimal? OpeningsCount => Openings is { } o ? Projections.ProjectedGrowth.WrittenOut(o) : null;
    /// <summary>"2024–34".</summary>
    public string Period => ProjectionPeriod.TryParse(Release, out var p) ? p.Display : Release;
    public string ReleaseText => $"BLS {Period}";
}

public sealed record RoleListItem(string Slug, string Title, string Category, string Summary, HeadlineSalary? Salary, HeadlineGrowth? Growth)
{
    public OfficialHeadline? Official { get; init; }

    public ProjectionHeadline? Projection { get; init; }

    /// <summary>In a search: the title with the matched words marked, and what else matched when the title does not hold them all.</summary>
    public SearchMatch? Match { get; init; }

    /// <summary>One line of what the job is (O*NET's description, else a curated summary), cut at a word; null when there is none worth a line.</summary>
    public string? Blurb { get; init; }
    /// <summary>The SOC major group ("15").</summary>
    public string? Field { get; init; }
    /// <summary>The figures of the role page's pay table and their sources: "8 figures from 5 sources".</summary>
    public int PayFigureCount { get; init; }
    public int PaySourceCount { get; init; }
    /// <summary><see cref="Official"/> and <see cref="Projection"/> are the whole SOC occupation's this O*NET specialty is part of.</summary>
    public bool OfficialFromParent { get; init; }
    public int? JobZone { get; init; }

    /// <summary>The one pay figure a row shows is the official median when there is one (else <see cref="Salary"/>, the articles').</summary>
    public bool ShowsOfficialPay => Official is not null;
    /// <summary>Sources disagree: more than one gives a figure.</summary>
    public bool PaySourcesDiffer => PaySourceCount > 1;
}

/// <summary>The ways into every role that the home page and the roles list offer (<see cref="RoleService.BrowseAsync"/>).</summary>
public sealed record RoleBrowse(
    IReadOnlyList<FacetOption> Fields, IReadOnlyList<RoleListItem> FastestGrowing, IReadOnlyList<RoleListItem> MostOpenings,
    int ArticleRoles, int FieldRoles)
{
    /// <summary>How many occupations the fastest-growing and most-openings lists name.</summary>
    public const int TopCount = 8;

    /// <summary>The release the lists are of ("BLS 2024–34"), from their first row.</summary>
    public string? ReleaseText => FastestGrowing.Concat(MostOpenings).Select(i => i.Projection?.ReleaseText).FirstOrDefault(t => t is not null);
}

public sealed record RoleListPage(RoleListQuery Query, IReadOnlyList<RoleListItem> Items, int Total, int PageCount, RoleFacets Facets);

/// <summary>An option of a filter, with how many of the results it would leave.</summary>
public sealed record FacetOption(string Value, string Label, int Count);

/// <summary>
/// The filters' options with their counts. O*NET's required-education categories and job zones
/// are empty without O*NET data; BLS's typical entry education, most education first, without
/// projections.
/// </summary>
public sealed record RoleFacets(
    IReadOnlyList<FacetOption> Categories, IReadOnlyList<FacetOption> Education, IReadOnlyList<FacetOption> Required,
    IReadOnlyList<FacetOption> Entry, IReadOnlyList<FacetOption> JobZones)
{
    /// <summary>The SOC major groups, in code order ("15": "Computer and Mathematical").</summary>
    public IReadOnlyList<FacetOption> Fields { get; init; } = [];
    /// <summary>Bands of the latest official median, lowest first.</summary>
    public IReadOnlyList<FacetOption> Pay { get; init; } = [];
    /// <summary>The projection's pace against all occupations, fastest first.</summary>
    public IReadOnlyList<FacetOption> Growth { get; init; } = [];
    /// <summary>How many of the results are roles the articles are about (the machine-learning careers).</summary>
    public int FromArticles { get; init; }

    /// <summary>A job zone's name as a row shows it under its number ("4" → "Considerable preparation"), from the filter's label.</summary>
    public string? JobZoneName(int zone) =>
        JobZones.FirstOrDefault(o => o.Value == zone.ToString(CultureInfo.InvariantCulture))?.Label is { } label && label.IndexOf(": ", StringComparison.Ordinal) is var at and > 0
            ? label[(at + 2)..].Replace(" Needed", "", StringComparison.Ordinal) is var name && name.Length > 1 ? name[0] + name[1..].ToLowerInvariant() : name
            : null;
}

public sealed record OccupationCodeRow(string System, string Code, string Title, Provenance Provenance, string? Note);
public sealed record TaskRow(string Text, Provenance Provenance);
public sealed record SkillLink(string Slug, string Name, string? Group, IReadOnlyList<Provenance> Provenances);
public sealed record SkillGroup(SkillKind Kind, IReadOnlyList<SkillLink> Skills)
{
    public string Heading => Display.SkillKind(Kind);
}
public sealed record EducationRow(EducationLevel Level, EducationRequirement Requirement, string? Field, Provenance Provenance, string? Note)
{
    public string LevelText => Display.EducationLevel(Level);
}
/// <summary>A step to or from another role, with every source that names it.</summary>
public sealed record StepRow(string RoleSlug, string RoleTitle, CareerStepKind Kind, IReadOnlyList<Provenance> Provenances);

public sealed record RoleDetails(
    string Slug, string Title, string Category, string Summary, string? Description, string? TypicalEducation,
    IReadOnlyList<string> Aliases, IReadOnlyList<OccupationCodeRow> OccupationCodes, IReadOnlyList<TaskRow> Tasks,
    IReadOnlyList<SalaryFigureRow> SalaryFigures, IReadOnlyList<OutlookFigureRow> OutlookFigures,
    IReadOnlyList<SkillGroup> Skills, IReadOnlyList<EducationRow> Education,
    IReadOnlyList<StepRow> WaysIn, IReadOnlyList<StepRow> LeadsTo, IReadOnlyList<StepRow> Related,
    IReadOnlyList<SourceRef> SourcesCited,
    OfficialWages? Official, OfficialWagesElsewhere? OfficialElsewhere)
{
    /// <summary>
    /// The pay table: every figure except the OEWS ones, plus the latest OEWS release's annual
    /// median and mean, so article and official figures sit side by side (older releases are in
    /// the official wages history, not repeated here).
    /// </summary>
    public IReadOnlyList<SalaryFigureRow> PayTableFigures { get; init; } = SalaryFigures;

    /// <summary>Outlook figures other than OEWS employment, which the official wages block shows.</summary>
    public IReadOnlyList<OutlookFigureRow> OutlookTableFigures { get; init; } = OutlookFigures;

    /// <summary>What O*NET says of the role, when it is an O*NET occupation.</summary>
    public Onet.OnetProfile? Onet { get; init; }

    /// <summary>For a title O*NET has no occupation for: the occupations it lists the title under.</summary>
    public Onet.OnetTitleFiling? TitleFiling { get; init; }

    /// <summary>Set when <see cref="Official"/> are the wages of the SOC occupation this O*NET specialty is part of.</summary>
    public Onet.RoleLink? OfficialSharedFrom { get; init; }

    /// <summary>BLS Employment Projections for the role (or the occupation it is part of, or an article's proxy), every release.</summary>
    public Projections.RoleOutlook? Projections { get; init; }

    /// <summary>Why the articles' outlook figures differ from the official projection.</summary>
    public IReadOnlyList<DifferenceReason> OutlookReasons { get; init; } = [];
}

public sealed record RoleTechnology(string Slug, string Title, Onet.OnetBlock<Onet.OnetTechnologyGroup> Technology);

/// <summary>Everything a student reads about roles: the list, search, and one role in full.</summary>
public sealed class RoleService(CareerDbContext db)
{
    public Task<RoleListPage> ListAsync(RoleListQuery query, CancellationToken ct = default) => ListAsync(query, everyPage: false, ct);

    /// <summary>
    /// The list for <paramref name="query"/> as one page: every role it matches, in its order (the
    /// page number left out, the search words not marked). What the list's downloads hold.
    /// </summary>
    public Task<RoleListPage> ListEveryPageAsync(RoleListQuery query, CancellationToken ct = default) => ListAsync(query with { Page = 1 }, everyPage: true, ct);

    private async Task<RoleListPage> ListAsync(RoleListQuery query, bool everyPage, CancellationToken ct)
    {
        await db.OpenForReadsAsync(ct);
        var words = query.Q is null ? null : SearchTerms.Words(query.Q);
        var matching = words is null ? null : RoleSearch.Matching(db, words);
        // The rank (tiers and bm25) only where the order is by relevance; sorted by pay or growth, a
        // search needs no more than which roles match, which is half the work.
        var hits = words is null || query.Sort != RoleSort.Name ? null : RoleSearch.Hits(db, words);
        // One row a role from the stored summaries (RoleSummaryStore) and, with a search, its
        // rank: filtered, sorted and cut in the database, whatever the number of roles. (Keeps is
        // the same filters, for the counts.)
        var keyed = hits is not null
            ? db.Roles.AsNoTracking().Join(db.RoleSummaries, r => r.Id, s => s.RoleId, (r, s) => new { r, s })
                .Join(hits, x => x.r.Id, h => h.RoleId, (x, h) => new ListRow { Id = x.r.Id, Title = x.r.Title, Category = x.r.Category, Curated = x.r.ImportedFrom == null, Summary = x.s, Tier = h.Tier, Score = h.Score })
            : db.Roles.AsNoTracking().Join(db.RoleSummaries, r => r.Id, s => s.RoleId, (r, s) => new ListRow { Id = r.Id, Title = r.Title, Category = r.Category, Curated = r.ImportedFrom == null, Summary = s });
        if (hits is null && matching is not null)
            keyed = keyed.Where(k => matching.Contains(k.Id));
        if (words is { Count: 0 })
            keyed = keyed.Where(_ => false); // nothing searchable in the words (only punctuation)
        if (query.Category is { } category)
            keyed = keyed.Where(k => k.Category == category);
        if (query.Education is { } level)
            keyed = keyed.Where(k => db.EducationSteps.Any(e => e.RoleId == k.Id && e.Level == level));
        if (query.JobZone is { } zone)
            keyed = keyed.Where(k => k.Summary.JobZone == zone);
        if (query.Required is { } required)
            keyed = keyed.Where(k => k.Summary.RequiredLevel == required);
        if (query.Entry is { } entry)
            keyed = keyed.Where(k => k.Summary.EntryEducation == entry);
        if (query.Field is { } field)
            keyed = keyed.Where(k => k.Summary.MajorGroup == field);
        if (query.PayBand is { } band)
        {
            var (low, high) = PayBands.Range(band);
            keyed = high is { } top
                ? keyed.Where(k => k.Summary.OfficialMedian >= low && k.Summary.OfficialMedian < top)
                : keyed.Where(k => k.Summary.OfficialMedian >= low);
        }
        if (query.Growth is { } pace)
            keyed = keyed.Where(k => k.Summary.GrowthPace == pace);
        if (query.FromArticles)
            keyed = keyed.Where(k => k.Curated);
        var unfiltered = query.Q is null && !query.Filtered;

        // The unfiltered list's counts are stored with the summaries; any other list counts its own.
        // The others read the keys of the roles the search leaves once and count them in memory.
        List<RoleFacetCount> counts;
        int total;
        if (unfiltered)
        {
            counts = await db.RoleFacetCounts.AsNoTracking().ToListAsync(ct);
            total = await db.RoleSummaries.CountAsync(ct);
        }
        else
        {
            var keys = words is { Count: 0 } ? [] : await RoleSummaryStore.ReadFacetKeysAsync(db, matching, ct);
            counts = await RoleSummaryStore.CountFacetsAsync(db, keys, (facet, role) => Keeps(query, facet, role), ct);
            total = keys.Count(role => Keeps(query, null, role));
        }
        var pageCount = everyPage ? 1 : Math.Max(1, (total + RoleListQuery.PageSize - 1) / RoleListQuery.PageSize);
        var page = Math.Min(query.Page, pageCount);

        // Roles without the figure sort last either way; ties by title, ignoring case.
        var ordered = query.Sort switch
        {
            // The pay and growth a row shows: the official figure, else the articles'.
            RoleSort.SalaryDesc => keyed.OrderBy(k => k.Summary.PayAnnual == null).ThenByDescending(k => k.Summary.PayAnnual),
            RoleSort.SalaryAsc => keyed.OrderBy(k => k.Summary.PayAnnual == null).ThenBy(k => k.Summary.PayAnnual),
            RoleSort.Growth => keyed.OrderBy(k => k.Summary.GrowthShown == null).ThenByDescending(k => k.Summary.GrowthShown),
            RoleSort.OfficialMedianDesc => keyed.OrderBy(k => k.Summary.OfficialMedian == null).ThenByDescending(k => k.Summary.OfficialMedian),
            RoleSort.OfficialMedianAsc => keyed.OrderBy(k => k.Summary.OfficialMedian == null).ThenBy(k => k.Summary.OfficialMedian),
            RoleSort.EmploymentDesc => keyed.OrderBy(k => k.Summary.OfficialEmployment == null).ThenByDescending(k => k.Summary.OfficialEmployment),
            RoleSort.ProjectedGrowth => keyed.OrderBy(k => k.Summary.ProjectedChange == null).ThenByDescending(k => k.Summary.ProjectedChange),
            RoleSort.Openings => keyed.OrderBy(k => k.Summary.ProjectedOpenings == null).ThenByDescending(k => k.Summary.ProjectedOpenings),
            // A search sorted by name is sorted by relevance: title matches first, then other
            // names, then skills and technologies, then tasks and descriptions; bm25 within each.
            _ when hits is not null => keyed.OrderBy(k => k.Tier).ThenBy(k => k.Score),
            // By name alone: the order of the index on the title ignoring case, so only the page is read.
            _ => keyed.OrderBy(k => EF.Functions.Collate(k.Title, DatabaseEngine.NoCase)),
        };
        if (query.Sort != RoleSort.Name || hits is not null) // ties by name
            ordered = ordered.ThenBy(k => EF.Functions.Collate(k.Title, DatabaseEngine.NoCase));
        IQueryable<ListRow> rows = ordered.ThenBy(k => k.Id);
        if (!everyPage)
            rows = rows.Skip((page - 1) * RoleListQuery.PageSize).Take(RoleListQuery.PageSize);
        var pageRows = await rows.Select(k => new { k.Id, k.Title }).ToListAsync(ct);

        var items = await ItemsAsync(pageRows.Select(r => r.Id).ToList(), ct);
        if (words is { Count: > 0 } && !everyPage)
        {
            var matches = await RoleSearch.MatchesAsync(db, pageRows.Select(r => (r.Id, r.Title)).ToList(), words, ct);
            var ids = pageRows.Select(r => r.Id).ToList();
            items = items.Select((item, i) => item with { Match = matches.GetValueOrDefault(ids[i]) }).ToList();
        }
        return new RoleListPage(query with { Page = page }, items, total, pageCount, Facets(query, counts));
    }

    /// <summary>Whether <paramref name="role"/> passes the query's filters but <paramref name="without"/>: the filters of <c>Rows</c> in <see cref="ListAsync"/>, for counting in memory.</summary>
    private static bool Keeps(RoleListQuery query, string? without, RoleSummaryStore.FacetKeys role) =>
        (query.Category is not { } category || without == RoleFacetNames.Category || role.Category == category)
        && (query.Education is not { } level || without == RoleFacetNames.Education || role.Education.Contains(level))
        && (query.JobZone is not { } zone || without == RoleFacetNames.JobZone || role.JobZone == zone)
        && (query.Required is not { } required || without == RoleFacetNames.Required || role.RequiredLevel == required)
        && (query.Entry is not { } entry || without == RoleFacetNames.Entry || role.EntryEducation == entry)
        && (query.Field is not { } field || without == RoleFacetNames.Field || role.MajorGroup == field)
        && (query.PayBand is not { } band || without == RoleFacetNames.Pay || role.PayBand == band)
        && (query.Growth is not { } pace || without == RoleFacetNames.Growth || role.GrowthPace == pace)
        && (!query.FromArticles || without == RoleFacetNames.Articles || role.Curated);

    /// <summary>One role of the list query: its summary and, in a search, its rank.</summary>
    private sealed class ListRow
    {
        public int Id { get; init; }
        public string Title { get; init; } = "";
        public string Category { get; init; } = "";
        public bool Curated { get; init; }
        public RoleSummary Summary { get; init; } = null!;
        public int Tier { get; init; }
        public double Score { get; init; }
    }

    /// <summary>Every filter's options, in their order, with their counts (see <see cref="RoleSummaryStore.CountFacetsAsync"/>) and labels.</summary>
    private static RoleFacets Facets(RoleListQuery query, IReadOnlyList<RoleFacetCount> counts)
    {
        IEnumerable<RoleFacetCount> Of(string facet) => counts.Where(c => c.Facet == facet);
        // A chosen option stays listed (with 0) even when the other filters leave no role with it.
        static IReadOnlyList<FacetOption> Options(IEnumerable<FacetOption> found, string? chosen, string? chosenLabel) =>
            chosen is not null && !found.Any(o => o.Value == chosen) ? [.. found, new FacetOption(chosen, chosenLabel ?? chosen, 0)] : found.ToList();
        static int Number(string value) => int.Parse(value, CultureInfo.InvariantCulture);
        static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
        return new RoleFacets(
            Options(Of(RoleFacetNames.Category).OrderBy(c => c.Value, StringComparer.OrdinalIgnoreCase).Select(c => new FacetOption(c.Value, c.Value, c.Count)), query.Category, null),
            Options(Of(RoleFacetNames.Education).Select(c => (Level: Enum.Parse<EducationLevel>(c.Value), c.Count)).OrderBy(e => e.Level)
                    .Select(e => new FacetOption(e.Level.ToString(), Display.EducationLevel(e.Level), e.Count)),
                query.Education?.ToString(), query.Education is { } l ? Display.EducationLevel(l) : null),
            Options(Of(RoleFacetNames.Required).OrderBy(c => Number(c.Value))
                    .Select(c => new FacetOption(c.Value, Onet.OnetProfiles.ShortLabel(c.LabelSource ?? $"Category {c.Value}"), c.Count)),
                query.Required is { } rl ? Text(rl) : null, null),
            Options(Of(RoleFacetNames.Entry).OrderBy(c => Projections.ProjectionCategories.EducationRank(c.Value)).ThenBy(c => c.Value, StringComparer.Ordinal)
                    .Select(c => new FacetOption(c.Value, c.Value, c.Count)), query.Entry, null),
            Options(Of(RoleFacetNames.JobZone).OrderBy(c => Number(c.Value))
                    .Select(c => new FacetOption(c.Value, c.LabelSource is { } name ? $"{c.Value}: {Onet.OnetProfiles.JobZoneShortName(name)}" : $"Job zone {c.Value}", c.Count)),
                query.JobZone is { } jz ? Text(jz) : null, null))
        {
            Fields = Options(Of(RoleFacetNames.Field).OrderBy(c => c.Value, StringComparer.Ordinal)
                    .Select(c => new FacetOption(c.Value, SocMajorGroups.ShortTitle(c.Value) ?? c.Value, c.Count)),
                query.Field, SocMajorGroups.ShortTitle(query.Field)),
            Pay = Options(Of(RoleFacetNames.Pay).Select(c => (Band: PayBands.Parse(c.Value), c.Count)).Where(c => c.Band is not null).OrderBy(c => c.Band)
                    .Select(c => new FacetOption(PayBands.Value(c.Band!.Value), PayBands.Label(c.Band!.Value), c.Count)),
                query.PayBand is { } b ? PayBands.Value(b) : null, query.PayBand is { } bl ? PayBands.Label(bl) : null),
            Growth = Options(Of(RoleFacetNames.Growth).Select(c => (Pace: GrowthPaces.Parse(c.Value), c.Count)).Where(c => c.Pace is not null).OrderBy(c => c.Pace)
                    .Select(c => new FacetOption(GrowthPaces.Value(c.Pace!.Value), Capitalised(Projections.ProjectedGrowth.Label(c.Pace)!), c.Count)),
                query.Growth is { } g ? GrowthPaces.Value(g) : null, query.Growth is { } gl ? Capitalised(Projections.ProjectedGrowth.Label(gl)!) : null),
            FromArticles = Of(RoleFacetNames.Articles).Sum(c => c.Count),
        };
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>
    /// For a search that found nothing (<paramref name="query"/> has words): a correction of its
    /// misspelled words (each word that finds no role, replaced by the nearest known word, offered
    /// when the corrected words find roles), the roles its words find without the filters, and
    /// each word's roles alone. Null when the query has no words to search.
    /// </summary>
    public async Task<SearchHelp?> SearchHelpAsync(RoleListQuery query, CancellationToken ct = default)
    {
        var words = query.Q is null ? [] : SearchTerms.Words(query.Q);
        if (words.Count == 0)
            return null;
        await db.OpenForReadsAsync(ct);
        var eachWord = new List<WordMatches>();
        foreach (var word in words)
            eachWord.Add(new WordMatches(word, await RoleSearch.Matching(db, [word]).CountAsync(ct)));
        var allWords = words.Count == 1 ? eachWord[0].Roles : await RoleSearch.Matching(db, words).CountAsync(ct);

        SearchCorrection? correction = null;
        if (eachWord.Any(w => w.Roles == 0))
        {
            var corrected = new List<TextPiece>();
            foreach (var (word, roles) in eachWord)
            {
                var known = roles > 0 ? word : await RoleSearch.NearestWordAsync(db, word, ct);
                if (known is null)
                    break;
                corrected.Add(new TextPiece(known, known != word));
            }
            if (corrected.Count == words.Count
                && await RoleSearch.Matching(db, corrected.Select(w => w.Text).ToList()).CountAsync(ct) is > 0 and var found)
                correction = new SearchCorrection(string.Join(' ', corrected.Select(w => w.Text)),
                    corrected.SelectMany((w, i) => i == 0 ? [w] : new[] { new TextPiece(" ", false), w }).ToList(), found);
        }
        return new SearchHelp(query.Q!, correction, query.Filtered ? allWords : 0, allWords == 0 && words.Count > 1 ? eachWord.Where(w => w.Roles > 0).ToList() : []);
    }

    /// <summary>Up to eight roles whose title or other name starts with the words typed: the search box's suggestions.</summary>
    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string? q, CancellationToken ct = default) =>
        RoleListQuery.NormaliseSearch(q) is { } text ? await RoleSearch.SuggestAsync(db, SearchTerms.Words(text), 8, ct) : [];

    /// <summary>List items for the given roles, in the given order: their stored summaries and the figures they point at, in a fixed number of queries.</summary>
    public async Task<IReadOnlyList<RoleListItem>> ItemsAsync(IReadOnlyList<int> roleIds, CancellationToken ct = default)
    {
        var rows = await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id))
            .GroupJoin(db.RoleSummaries, r => r.Id, s => s.RoleId, (r, s) => new { r, s })
            .SelectMany(x => x.s.DefaultIfEmpty(), (x, s) => new { x.r.Id, x.r.Slug, x.r.Title, x.r.Category, x.r.Summary, Keys = s })
            .ToListAsync(ct);
        var salaryIds = rows.SelectMany(r => new[] { r.Keys?.HeadlineSalaryId, r.Keys?.OfficialMedianId }).OfType<int>().ToList();
        var outlookIds = rows.SelectMany(r => new[] { r.Keys?.HeadlineGrowthId, r.Keys?.OfficialEmploymentId }).OfType<int>().ToList();
        var projectionIds = rows.Select(r => r.Keys?.ProjectionId).OfType<int>().ToList();
        var salaries = await db.SalaryFigures.AsNoTracking().Where(f => salaryIds.Contains(f.Id))
            .Select(f => new { f.Id, f.Statistic, f.PayComponent, f.Basis, f.Amount, f.Low, f.High, f.IsTopCoded, f.Currency, f.Year, f.Source })
            .ToDictionaryAsync(f => f.Id, ct);
        var outlooks = await db.OutlookFigures.AsNoTracking().Where(f => outlookIds.Contains(f.Id))
            .Select(f => new { f.Id, f.Value, f.Unit, f.StartYear, f.EndYear, f.Year, f.Source })
            .ToDictionaryAsync(f => f.Id, ct);
        var projections = await db.EmploymentProjections.AsNoTracking().Where(p => projectionIds.Contains(p.Id))
            .Select(p => new { p.Id, p.ChangePercent, p.Openings, p.OpeningsBasis, p.Source, p.Education })
            .ToDictionaryAsync(p => p.Id, ct);

        var byId = rows.ToDictionary(r => r.Id);
        return roleIds.Where(byId.ContainsKey).Select(id =>
        {
            var r = byId[id];
            HeadlineSalary? salary = null;
            if (r.Keys?.HeadlineSalaryId is { } sid && salaries.GetValueOrDefault(sid) is { } s)
            {
                // The numbers as Display.Amount reads them: a range when both ends are there, else the point; none out of bounds.
                var inBounds = FigureRules.IsWithinBounds(s.Amount, s.Low, s.High);
                var range = inBounds && s.Low is not null && s.High is not null;
                salary = new HeadlineSalary(
                    Display.Amount(s.Amount, s.Low, s.High, s.IsTopCoded, s.Currency),
                    Display.PayComponent(s.PayComponent) is { Length: > 0 } c ? $"{Display.Statistic(s.Statistic)}, {c}" : Display.Statistic(s.Statistic),
                    Display.Basis(s.Basis), s.Year, SourceRef.From(s.Source))
                {
                    Amount = inBounds && !range ? s.Amount : null,
                    Low = range ? s.Low : null,
                    High = range ? s.High : null,
                    Currency = s.Currency,
                    IsTopCoded = s.IsTopCoded,
                };
            }
            var growth = r.Keys?.HeadlineGrowthId is { } gid && outlooks.GetValueOrDefault(gid) is { } g
                ? new HeadlineGrowth(Display.OutlookValue(g.Value, g.Unit), Display.Period(g.StartYear, g.EndYear), g.Year, SourceRef.From(g.Source))
                {
                    Value = FigureRules.IsWithinBounds(g.Value, g.Unit) ? g.Value : null,
                    Unit = g.Unit,
                }
                : null;
            var official = r.Keys?.OfficialMedianId is { } mid && salaries.GetValueOrDefault(mid) is { } m
                ? new OfficialHeadline(OfficialAmount.Of(m.Amount, m.IsTopCoded),
                    r.Keys.OfficialEmploymentId is { } eid && outlooks.GetValueOrDefault(eid) is { } e && e.Year == m.Year ? e.Value : null, m.Year, SourceRef.From(m.Source))
                : null;
            var projection = r.Keys?.ProjectionId is { } pid && projections.GetValueOrDefault(pid) is { } p
                ? new ProjectionHeadline(p.ChangePercent, p.Openings, p.OpeningsBasis == OpeningsBasis.AnnualAverage, p.Source.Release ?? "", SourceRef.From(p.Source), p.Education)
                : null;
            return new RoleListItem(r.Slug, r.Title, r.Category, r.Summary, salary, growth)
            {
                Official = official, Projection = projection,
                Blurb = r.Keys?.Blurb, Field = r.Keys?.MajorGroup, JobZone = r.Keys?.JobZone, OfficialFromParent = r.Keys?.OfficialFromParent ?? false,
                PayFigureCount = r.Keys?.PayFigureCount ?? 0, PaySourceCount = r.Keys?.PaySourceCount ?? 0,
            };
        }).ToList();
    }

    public async Task<IReadOnlyList<RoleListItem>> AllItemsAsync(CancellationToken ct = default)
    {
        var ids = await db.Roles.AsNoTracking().OrderBy(r => r.Title).Select(r => r.Id).ToListAsync(ct);
        return await ItemsAsync(ids, ct);
    }

    /// <summary>The roles the seed articles are about: the home page's machine-learning careers.</summary>
    public async Task<(IReadOnlyList<RoleListItem> Featured, int TotalRoles)> FeaturedAsync(CancellationToken ct = default)
    {
        await db.OpenForReadsAsync(ct);
        var ids = await db.Roles.AsNoTracking().Where(r => r.Documents.Any())
            .OrderBy(r => r.Title).Select(r => r.Id).ToListAsync(ct);
        return (await ItemsAsync(ids, ct), await db.Roles.CountAsync(ct));
    }

    /// <summary>
    /// Ways into every role, read from the stored summaries and counts: the fields (SOC major groups)
    /// with their role counts, the occupations BLS projects to grow fastest and with the most openings
    /// (each occupation once: an O*NET specialty sharing its parent's projection is left out).
    /// </summary>
    public async Task<RoleBrowse> BrowseAsync(CancellationToken ct = default)
    {
        await db.OpenForReadsAsync(ct);
        var counts = await db.RoleFacetCounts.AsNoTracking()
            .Where(c => c.Facet == RoleFacetNames.Field || c.Facet == RoleFacetNames.Articles).ToListAsync(ct);
        var fields = counts.Where(c => c.Facet == RoleFacetNames.Field).OrderBy(c => c.Value, StringComparer.Ordinal)
            .Select(c => new FacetOption(c.Value, SocMajorGroups.ShortTitle(c.Value) ?? c.Value, c.Count)).ToList();
        var own = db.RoleSummaries.AsNoTracking().Where(s => s.ProjectionId != null && !s.OfficialFromParent)
            .Join(db.Roles, s => s.RoleId, r => r.Id, (s, r) => new { s.RoleId, r.Slug, s.ProjectedChange, s.ProjectedOpenings });
        var fastest = await own.Where(s => s.ProjectedChange != null).OrderByDescending(s => s.ProjectedChange).ThenBy(s => s.RoleId)
            .Take(RoleBrowse.TopCount).Select(s => new { s.RoleId, s.Slug }).ToListAsync(ct);
        var openings = await own.Where(s => s.ProjectedOpenings != null).OrderByDescending(s => s.ProjectedOpenings).ThenBy(s => s.RoleId)
            .Take(RoleBrowse.TopCount).Select(s => new { s.RoleId, s.Slug }).ToListAsync(ct);
        // One read of the items for both lists.
        var items = (await ItemsAsync(fastest.Concat(openings).Select(r => r.RoleId).Distinct().ToList(), ct)).ToDictionary(i => i.Slug);
        return new RoleBrowse(fields,
            fastest.Where(r => items.ContainsKey(r.Slug)).Select(r => items[r.Slug]).ToList(),
            openings.Where(r => items.ContainsKey(r.Slug)).Select(r => items[r.Slug]).ToList(),
            counts.Where(c => c.Facet == RoleFacetNames.Articles).Sum(c => c.Count), fields.Sum(f => f.Count));
    }

    public async Task<RoleDetails?> GetAsync(string slug, CancellationToken ct = default)
    {
        await db.OpenForReadsAsync(ct);
        var role = await db.Roles.AsNoTracking()
            .Where(r => r.Slug == slug)
            .Select(r => new
            {
                r.Id, r.Slug, r.Title, r.Category, r.Summary, r.Description, r.TypicalEducation, r.ParentRoleId,
                Parent = r.ParentRole == null ? null : new { r.ParentRole.Slug, r.ParentRole.Title },
            })
            .SingleOrDefaultAsync(ct);
        if (role is null)
            return null;

        var aliases = await db.RoleAliases.AsNoTracking().Where(a => a.RoleId == role.Id)
            .OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(ct);
        var codes = await db.OccupationCodes.AsNoTracking().Where(c => c.RoleId == role.Id)
            .OrderBy(c => c.System).ThenBy(c => c.Code)
            .Select(c => new { c.System, c.Code, c.Title, c.Source, c.CitedIn, c.Note }).ToListAsync(ct);
        var tasks = await db.RoleTasks.AsNoTracking().Where(t => t.RoleId == role.Id)
            .OrderBy(t => t.Position).Select(t => new { t.Text, t.Source, t.CitedIn }).ToListAsync(ct);
        var salaries = await db.SalaryFigures.AsNoTracking().Where(f => f.RoleId == role.Id)
            .OrderByDescending(f => f.Year).ThenBy(f => f.Statistic).ThenBy(f => f.Id)
            .Select(FigureProjections.Salary).ToListAsync(ct);
        var outlook = await db.OutlookFigures.AsNoTracking().Where(f => f.RoleId == role.Id)
            .OrderByDescending(f => f.Year).ThenBy(f => f.Kind).ThenBy(f => f.Id)
            .Select(FigureProjections.Outlook).ToListAsync(ct);
        var skills = await db.RoleSkills.AsNoTracking().Where(s => s.RoleId == role.Id)
            .Select(s => new { s.Skill.Slug, s.Skill.Name, s.Skill.Kind, s.Skill.Group, s.Source, s.CitedIn }).ToListAsync(ct);
        var education = await db.EducationSteps.AsNoTracking().Where(e => e.RoleId == role.Id)
            .OrderBy(e => e.Level).ThenBy(e => e.Id)
            .Select(e => new { e.Level, e.Requirement, e.Field, e.Source, e.CitedIn, e.Note }).ToListAsync(ct);
        var steps = await db.CareerSteps.AsNoTracking().Where(s => s.FromRoleId == role.Id || s.ToRoleId == role.Id)
            .Select(s => new
            {
                s.Kind, s.FromRoleId, FromSlug = s.FromRole.Slug, FromTitle = s.FromRole.Title,
                ToSlug = s.ToRole.Slug, ToTitle = s.ToRole.Title, s.Source, s.CitedIn,
            }).ToListAsync(ct);

        var skillGroups = skills
            .GroupBy(s => s.Kind).OrderBy(g => g.Key)
            .Select(g => new SkillGroup(g.Key, g.GroupBy(s => s.Slug)
                .Select(s => new SkillLink(s.Key, s.First().Name, s.First().Group,
                    s.Select(x => Provenance.From(x.Source, x.CitedIn)).Distinct().ToList()))
                .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();

        // A step into this role from another is a way in (entry or promotion); a step from this
        // role onwards is where it leads; "related" goes either way.
        IReadOnlyList<StepRow> Steps(Func<CareerStepKind, bool> kind, bool outgoing) => steps
            .Where(s => kind(s.Kind) && (s.FromRoleId == role.Id) == outgoing)
            .GroupBy(s => (Slug: outgoing ? s.ToSlug : s.FromSlug, Title: outgoing ? s.ToTitle : s.FromTitle, s.Kind))
            .Select(g => new StepRow(g.Key.Slug, g.Key.Title, g.Key.Kind, g.Select(x => Provenance.From(x.Source, x.CitedIn)).Distinct().ToList()))
            .OrderBy(s => s.Kind).ThenBy(s => s.RoleTitle, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var related = steps.Where(s => s.Kind == CareerStepKind.Related)
            .GroupBy(s => s.FromRoleId == role.Id ? (s.ToSlug, s.ToTitle) : (s.FromSlug, s.FromTitle))
            .Select(g => new StepRow(g.Key.Item1, g.Key.Item2, CareerStepKind.Related, g.Select(x => Provenance.From(x.Source, x.CitedIn)).Distinct().ToList()))
            .OrderBy(s => s.RoleTitle, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var codeRows = codes.Select(c => new OccupationCodeRow(c.System, c.Code, c.Title, Provenance.From(c.Source, c.CitedIn), c.Note)).ToList();
        var taskRows = tasks.Select(t => new TaskRow(t.Text, Provenance.From(t.Source, t.CitedIn))).ToList();
        var educationRows = education.Select(e => new EducationRow(e.Level, e.Requirement, e.Field, Provenance.From(e.Source, e.CitedIn), e.Note)).ToList();
        var waysIn = Steps(k => k is CareerStepKind.Entry or CareerStepKind.Promotion or CareerStepKind.Specialisation, outgoing: false);
        var leadsTo = Steps(k => k is CareerStepKind.Promotion or CareerStepKind.Specialisation, outgoing: true);

        var cited = salaries.Select(f => f.Provenance)
            .Concat(outlook.Select(f => f.Provenance))
            .Concat(codeRows.Select(c => c.Provenance))
            .Concat(taskRows.Select(t => t.Provenance))
            .Concat(educationRows.Select(e => e.Provenance))
            .Concat(skillGroups.SelectMany(g => g.Skills).SelectMany(s => s.Provenances))
            .Concat(waysIn.Concat(leadsTo).Concat(related).SelectMany(s => s.Provenances))
            .SelectMany(p => p.CitedIn is null ? new[] { p.Source } : [p.Source, p.CitedIn])
            .DistinctBy(s => s.Slug)
            .OrderBy(s => s.Publisher, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Title)
            .ToList();

        var onet = await Onet.OnetProfiles.ForRoleAsync(db, role.Id, ct);
        var filing = onet is null ? await Onet.OnetProfiles.TitleFilingAsync(db, role.Id, role.Title, aliases, ct) : null;
        var (official, elsewhere) = await OfficialWagesAsync(role.Id, salaries, outlook, codeRows, ct);
        Onet.RoleLink? sharedFrom = null;
        if (official is null && onet?.PartOf is { } parent)
        {
            // An O*NET specialty (15-2051.01) has no OEWS figures of its own: it shares its SOC occupation's.
            var parentId = await db.Roles.AsNoTracking().Where(r => r.Slug == parent.Slug).Select(r => r.Id).SingleAsync(ct);
            var parentSalaries = await db.SalaryFigures.AsNoTracking().Where(f => f.RoleId == parentId && f.Source.Dataset == Datasets.BlsOews)
                .Select(FigureProjections.Salary).ToListAsync(ct);
            var parentOutlook = await db.OutlookFigures.AsNoTracking().Where(f => f.RoleId == parentId && f.Source.Dataset == Datasets.BlsOews)
                .Select(FigureProjections.Outlook).ToListAsync(ct);
            (official, _) = await OfficialWagesAsync(parentId, parentSalaries, parentOutlook, [], ct);
            if (official is not null)
            {
                sharedFrom = parent;
                elsewhere = null;
            }
        }
        var payTable = salaries.Where(f => !OfficialWagesBuilder.IsOews(f.Provenance.Source)
                || (official is not null && f.Year == official.Year && f.Basis == PayBasis.Annual
                    && f.Statistic is SalaryStatistic.Median or SalaryStatistic.Mean))
            .ToList();
        var outlookTable = outlook.Where(f => !OfficialWagesBuilder.IsOews(f.Provenance.Source)).ToList();
        var outlookRequest = new Projections.OutlookRequest(role.Id, role.Parent is { } p ? new Onet.RoleLink(p.Slug, p.Title) : null, role.ParentRoleId,
            codeRows.Select(c => (c.System, c.Code)).ToList());
        var projections = (await Projections.ProjectionOutlooks.ForRolesAsync(db, [outlookRequest], ct)).GetValueOrDefault(role.Id);
        // Every source the page names, the list under "Sources cited on this page" and its RIS and
        // BibTeX downloads: the statements' and figures' above, and the official releases the page
        // shows beside them (an O*NET specialty's shared wages, every projections release, O*NET's).
        IEnumerable<SourceRef> releases =
        [
            .. official is null ? [] : official.History.Select(h => h.Source).Prepend(official.Source),
            .. projections is null ? [] : projections.History.Select(h => h.Source).Prepend(projections.Latest.Source),
            .. onet?.Releases.Select(x => x.Source) ?? [],
            .. filing is null ? [] : new[] { filing.Release.Source },
        ];
        cited = cited.Concat(releases).DistinctBy(s => s.Slug)
            .OrderBy(s => s.Publisher, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Title).ToList();

        return new RoleDetails(role.Slug, role.Title, role.Category, role.Summary, role.Description, role.TypicalEducation,
            aliases, codeRows, taskRows, salaries, outlook, skillGroups, educationRows, waysIn, leadsTo, related, cited,
            official, elsewhere)
        {
            PayTableFigures = payTable,
            OutlookTableFigures = outlookTable,
            Onet = onet,
            TitleFiling = filing,
            OfficialSharedFrom = sharedFrom,
            Projections = projections,
            OutlookReasons = Projections.OutlookReasons.Find(role.Title, outlookTable, projections),
        };
    }

    /// <summary>Every technology O*NET lists for the role, by kind: the role page shows the hot ones and links here.</summary>
    public async Task<RoleTechnology?> TechnologyAsync(string slug, CancellationToken ct = default)
    {
        var role = await db.Roles.AsNoTracking().Where(r => r.Slug == slug).Select(r => new { r.Id, r.Slug, r.Title }).SingleOrDefaultAsync(ct);
        if (role is null || await Onet.OnetProfiles.ForRoleAsync(db, role.Id, ct) is not { Technology: { } technology })
            return null;
        return new RoleTechnology(role.Slug, role.Title, technology);
    }

    /// <summary>
    /// The role's OEWS wages from the figures already loaded, plus at most three small queries
    /// (relative standard errors, the CPI table; or, for a role without OEWS figures, the role that
    /// holds official wages for one of its occupation codes): a fixed number, whatever the figure count.
    /// </summary>
    private async Task<(OfficialWages?, OfficialWagesElsewhere?)> OfficialWagesAsync(
        int roleId, IReadOnlyList<SalaryFigureRow> salaries, IReadOnlyList<OutlookFigureRow> outlook,
        IReadOnlyList<OccupationCodeRow> codes, CancellationToken ct)
    {
        var oewsSalaries = salaries.Where(f => OfficialWagesBuilder.IsOews(f.Provenance.Source)).ToList();
        if (oewsSalaries.Count == 0)
        {
            if (codes.Count == 0)
                return (null, null);
            var codeValues = codes.Select(c => c.Code).Distinct().ToList();
            var holders = await db.OccupationCodes.AsNoTracking()
                .Where(c => c.RoleId != roleId && codeValues.Contains(c.Code)
                    && c.Role.SalaryFigures.Any(f => f.Source.Dataset == Datasets.BlsOews))
                .OrderBy(c => c.Role.Title)
                .Select(c => new { c.System, c.Code, c.Title, c.Role.Slug, RoleTitle = c.Role.Title })
                .ToListAsync(ct);
            // Codes in the order the role lists them, newest classification first: the first match wins.
            var holder = codes.OrderByDescending(c => c.System, StringComparer.Ordinal)
                .SelectMany(c => holders.Where(h => h.System == c.System && h.Code == c.Code))
                .FirstOrDefault();
            return (null, holder is null ? null : new OfficialWagesElsewhere(holder.Slug, holder.RoleTitle, holder.System, holder.Code, holder.Title));
        }

        var salaryRse = await db.SalaryFigures.AsNoTracking()
            .Where(f => f.RoleId == roleId && f.RelativeStandardError != null)
            .Select(f => new { f.Id, f.RelativeStandardError }).ToDictionaryAsync(f => f.Id, f => f.RelativeStandardError, ct);
        var employmentRse = await db.OutlookFigures.AsNoTracking()
            .Where(f => f.RoleId == roleId && f.RelativeStandardError != null)
            .Select(f => new { f.Id, f.RelativeStandardError }).ToDictionaryAsync(f => f.Id, f => f.RelativeStandardError, ct);
        var normaliser = await Normaliser.ReadAsync(db, ct);

        var wages = oewsSalaries.Select(f => new OewsWageFigure(f.Year, f.Provenance.Source, f.Statistic, f.Basis, f.Amount, f.IsTopCoded, salaryRse.GetValueOrDefault(f.Id))).ToList();
        var employment = outlook.Where(f => f.Kind == OutlookKind.Employment && OfficialWagesBuilder.IsOews(f.Provenance.Source))
            .Select(f => new OewsEmploymentFigure(f.Year, f.Value, employmentRse.GetValueOrDefault(f.Id))).ToList();
        return (OfficialWagesBuilder.Build(wages, employment, normaliser), null);
    }
}
