using CareerExplorer.Web.Services.Onet;
using CareerExplorer.Web.Services.Projections;

namespace CareerExplorer.Web.Services.PrintSheets;

/// <summary>
/// Where a figure or statement on a sheet comes from: the source as cited (and the article it was
/// read in), and the year or release it is of ("Figures for 2025", "May 2023 release").
/// </summary>
public sealed record SheetCite(Provenance Provenance, string When)
{
    /// <summary>One footnote a source as cited: figures of several years from it share the note, which names each year.</summary>
    public string Key => $"{Provenance.Source.Slug}\u001f{Provenance.CitedIn?.Slug}";

    /// <summary>A figure of a given year (or month): "Figures for 2025".</summary>
    public static SheetCite Figure(Provenance provenance, string yearText) => new(provenance, $"Figures for {yearText}");

    /// <summary>
    /// A statement with no year of its own (an article's education, skills, career steps): the
    /// article it was read in, and the year that article was published.
    /// </summary>
    public static SheetCite Statement(Provenance provenance)
    {
        var article = provenance.CitedIn ?? provenance.Source;
        return new(new Provenance(article, null), article.Year is { } y ? $"Published {y}" : "No date given");
    }

    public static SheetCite Release(SourceRef source, string release) => new(new Provenance(source, null), release);
}

/// <summary>One numbered footnote: a source as cited, and the years or releases the sheet uses of it.</summary>
public sealed class SheetFootnote(int number, Provenance provenance)
{
    private readonly List<string> _whens = [];

    public int Number { get; } = number;
    public Provenance Provenance { get; } = provenance;
    public SourceRef Source => Provenance.Source;

    /// <summary>"Figures for 2025; published 2025": each year or release once, in the order the sheet uses them.</summary>
    public string WhenText => string.Join("; ", _whens.Select((w, i) => i == 0 ? w : char.ToLowerInvariant(w[0]) + w[1..]));

    internal void Add(string when)
    {
        if (!_whens.Contains(when, StringComparer.Ordinal))
            _whens.Add(when);
    }
}

/// <summary>
/// A sheet's footnotes, numbered in the order the sheet first uses them: the view asks for a
/// citation's number as it writes the figure, so the numbers read 1, 2, 3 down the page whatever
/// the layout, and the list at the foot holds exactly the notes the sheet uses.
/// </summary>
public sealed class SheetFootnotes
{
    public const string BlsPublisher = "U.S. Bureau of Labor Statistics";

    private readonly Dictionary<string, SheetFootnote> _byKey = new(StringComparer.Ordinal);
    private readonly List<SheetFootnote> _all = [];

    public IReadOnlyList<SheetFootnote> All => _all;

    public int Mark(SheetCite cite)
    {
        if (!_byKey.TryGetValue(cite.Key, out var note))
        {
            note = new SheetFootnote(_all.Count + 1, cite.Provenance);
            _byKey[cite.Key] = note;
            _all.Add(note);
        }
        note.Add(cite.When);
        return note.Number;
    }

    /// <summary>The notes of several citations, each once, in number order.</summary>
    public IReadOnlyList<int> Marks(IEnumerable<SheetCite> cites) => cites.Select(Mark).Distinct().Order().ToList();

    /// <summary>The note of a source as cited on its own (an article that other notes say they were read in), if the sheet has one.</summary>
    public SheetFootnote? Of(SourceRef source) => _byKey.GetValueOrDefault($"{source.Slug}\u001f");

    /// <summary>Whether a note cites the U.S. Bureau of Labor Statistics, whose public-domain data the sheet then credits.</summary>
    public bool CitesBls => _all.Any(n => n.Source.Publisher.StartsWith(BlsPublisher, StringComparison.Ordinal));
}

/// <summary>A figure as a sheet prints it: what it is, its value, its year, where it comes from.</summary>
public sealed record SheetFigure(string Label, string Value, string YearText, SheetCite Cite, bool Dated = false);

/// <summary>A line of text (a step, an education requirement) and where it comes from.</summary>
public sealed record SheetItem(string Text, IReadOnlyList<SheetCite> Cites);

/// <summary>The latest BLS OEWS release's percentiles, annual and hourly, and employment.</summary>
public sealed record SheetOfficialWages(string ReleaseText, string? SharedFrom, IReadOnlyList<OfficialPercentileRow> Rows, OfficialEmployment? Employment, SheetCite Cite);

/// <summary>The latest BLS Employment Projections line of the role (or the occupation it is filed under).</summary>
public sealed record SheetProjection(ProjectionFigures Latest, ProjectionVia Via, SheetCite Cite)
{
    public string OpeningsText => Latest.Openings is null ? "not available"
        : Latest.OpeningsComparable ? $"{ProjectedGrowth.Thousands(Latest.Openings)} a year" : $"{ProjectedGrowth.Thousands(Latest.Openings)} over {Latest.Period.Display}";
}

/// <summary>O*NET's ratings of the role's top skills or knowledge areas, with their release.</summary>
public sealed record SheetRatings(IReadOnlyList<OnetRatingItem> Items, SheetCite Cite);

/// <summary>
/// Everything one role's sheet prints, read from the role page's own read model (<see cref="RoleService"/>):
/// what the job is, pay (official and the articles'), outlook, education and job zone, skills, ways
/// in and next steps, each with where it comes from.
/// </summary>
public sealed record RoleSheet(
    string Slug, string Title, string Category, string Summary,
    SheetItem? OnetDescription, string? OnetCode,
    SheetOfficialWages? Official, string? OfficialNote,
    IReadOnlyList<SheetFigure> ArticlePay,
    SheetProjection? Projection, string? ProjectionNote,
    IReadOnlyList<SheetFigure> ArticleOutlook,
    SheetItem? OnetEducation, SheetItem? EntryEducation, IReadOnlyList<SheetItem> ArticleEducation,
    SheetItem? JobZone, string? JobZoneDetail,
    SheetRatings? TopSkills, SheetRatings? TopKnowledge, SheetItem? ArticleSkills,
    IReadOnlyList<SheetItem> WaysIn, IReadOnlyList<SheetItem> LeadsTo, SheetItem? OnetRelated,
    IReadOnlyList<string> OnetVersions)
{
    /// <summary>How many of a role's skills O*NET rates most important a sheet names.</summary>
    public const int TopRatings = 5;
    /// <summary>How many of the articles' skills a sheet names, at most.</summary>
    public const int ArticleSkillCount = 10;
    /// <summary>How many ways in, next steps and related occupations a sheet names, at most.</summary>
    public const int StepCount = 5;
}

/// <summary>
/// The printable sheets (/Roles/{slug}/Sheet, /Compare/Sheet): the role page's and the compare
/// page's read models, cut to what fits on paper, every figure with its citation.
/// </summary>
public sealed class SheetService(RoleService roles, CompareService compare)
{
    public async Task<RoleSheet?> RoleAsync(string slug, CancellationToken ct = default) =>
        await roles.GetAsync(slug, ct) is { } details ? From(details) : null;

    /// <summary>
    /// The roles of a comparison, each as its sheet, once the compare page's own checks pass
    /// (two to four known roles, none twice); else the compare page's messages.
    /// </summary>
    public async Task<(IReadOnlyList<RoleSheet> Roles, IReadOnlyList<string> Errors, IReadOnlyList<string> Slugs)> CompareAsync(
        IReadOnlyList<string> requested, CancellationToken ct = default)
    {
        if (requested.Count == 0)
            return ([], [$"Choose at least {CompareService.MinRoles} roles to compare; you chose 0."], []);
        var result = await compare.CompareAsync(requested, null, ct);
        if (result.Comparison is not { } comparison)
            return ([], result.Errors, result.RequestedRoles);
        var sheets = new List<RoleSheet>();
        foreach (var role in comparison.Roles)
            if (await RoleAsync(role.Slug, ct) is { } sheet)
                sheets.Add(sheet);
        return (sheets, [], comparison.Roles.Select(r => r.Slug).ToList());
    }

    public static RoleSheet From(RoleDetails r)
    {
        var o = r.Onet;
        SheetCite Onet(OnetReleaseRef release) => SheetCite.Release(release.Source, release.Text);

        var official = r.Official is { } w
            ? new SheetOfficialWages(w.ReleaseText, r.OfficialSharedFrom?.Title, w.Percentiles, w.Employment, SheetCite.Release(w.Source, $"{w.ReleaseText} release"))
            : null;
        var officialNote = r.OfficialSharedFrom is { } shared
            ? $"BLS publishes no wages for {r.Title} on its own: these are the wages of the whole occupation it is part of, {shared.Title}."
            : r.OfficialElsewhere is { } elsewhere
                ? $"BLS has no separate occupation for this job; sources file it under {elsewhere.System} {elsewhere.Code} ({elsewhere.CodeTitle})."
                : null;

        var articlePay = r.PayTableFigures.Where(f => !f.Provenance.Source.IsOews)
            .Select(f => new SheetFigure($"{f.StatisticText}, {f.BasisText.ToLowerInvariant()}", f.AmountText,
                f.YearText, SheetCite.Figure(f.Provenance, f.YearText)))
            .ToList();
        var articleOutlook = r.OutlookTableFigures
            .Select(f => new SheetFigure(f.KindText + (f.PeriodText.Length > 0 ? $", {f.PeriodText}" : ""), f.ValueText,
                f.Year.ToString(CultureInfo.InvariantCulture), SheetCite.Figure(f.Provenance, f.Year.ToString(CultureInfo.InvariantCulture))))
            .ToList();

        SheetProjection? projection = null;
        string? projectionNote = null;
        if (r.Projections is { } p)
        {
            var l = p.Latest;
            projection = new SheetProjection(l, p.Via, SheetCite.Release(l.Source, $"{l.Period.Display} release" + (l.Source.Year is { } y ? $", published {y}" : "")));
            projectionNote = p.Via switch
            {
                ProjectionVia.Proxy => $"BLS projects no occupation called {r.Title}; the articles file it under {l.Code}, {l.Title}: this is that whole occupation's projection.",
                ProjectionVia.PartOf => $"BLS projects {r.Title} as part of {l.Title} ({l.Code}): this is that whole occupation's projection.",
                _ => null,
            };
        }

        var onetEducation = o?.Education?.Typical is { } typical && o.Training is { } training
            ? new SheetItem($"{typical.Label}: {typical.PercentText} of workers say the job needs it", [Onet(training.Release)])
            : null;
        var entry = projection?.Latest.Education is { } entryEducation
            ? new SheetItem($"Typical entry education (BLS): {entryEducation}", [projection.Cite])
            : null;
        var articleEducation = r.Education
            .Select(e => new SheetItem($"{e.LevelText} ({e.Requirement.ToString().ToLowerInvariant()}){(e.Field is { } f ? $" in {f}" : "")}", [SheetCite.Statement(e.Provenance)]))
            .ToList();
        SheetItem? jobZone = null;
        string? jobZoneDetail = null;
        if (o?.JobZone is { } jz && jz.Rows.FirstOrDefault() is { } zone)
        {
            jobZone = new SheetItem($"Job zone {zone.Zone} of 5: {OnetProfiles.JobZoneShortName(zone.Name)}", [Onet(jz.Release)]);
            jobZoneDetail = zone.Education.Length > 0 ? zone.Education : null;
        }

        var skills = o?.Skills is { } sk ? new SheetRatings(sk.Rows.Where(x => x.Importance is not null).Take(RoleSheet.TopRatings).ToList(), Onet(sk.Release)) : null;
        var knowledge = o?.Knowledge is { } kn ? new SheetRatings(kn.Rows.Where(x => x.Importance is not null).Take(RoleSheet.TopRatings).ToList(), Onet(kn.Release)) : null;
        var named = r.Skills.SelectMany(g => g.Skills).DistinctBy(s => s.Slug)
            .OrderByDescending(s => s.Provenances.Count).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Take(RoleSheet.ArticleSkillCount).ToList();
        var articleSkills = named.Count == 0 ? null
            : new SheetItem(string.Join(", ", named.Select(s => s.Name)), named.SelectMany(s => s.Provenances).Distinct().Select(SheetCite.Statement).ToList());

        SheetItem Step(StepRow s, string direction) =>
            new($"{direction} {s.RoleTitle} ({Display.CareerStepKind(s.Kind).ToLowerInvariant()})", s.Provenances.Select(SheetCite.Statement).ToList());
        var waysIn = r.WaysIn.Take(RoleSheet.StepCount).Select(s => Step(s, "From")).ToList();
        var leadsTo = r.LeadsTo.Take(RoleSheet.StepCount).Select(s => Step(s, "To")).ToList();
        var related = o?.Related is { } rel && rel.Rows.Count > 0
            ? new SheetItem(string.Join(", ", rel.Rows.OrderBy(x => x.Tier).ThenBy(x => x.Index).Take(RoleSheet.StepCount).Select(x => x.RoleTitle)), [Onet(rel.Release)])
            : null;

        // The releases of the O*NET blocks the sheet prints: each is credited as its license asks.
        var versions = new[] { o?.Description?.Release, o?.Training?.Release, o?.JobZone?.Release, o?.Skills?.Release, o?.Knowledge?.Release, o?.Related?.Release }
            .OfType<OnetReleaseRef>().Select(x => x.Version).Distinct().ToList();
        return new RoleSheet(r.Slug, r.Title, r.Category, r.Summary,
            o?.Description is { } d ? new SheetItem(d.Rows[0], [Onet(d.Release)]) : null, o?.Code,
            official, officialNote, articlePay, projection, projectionNote, articleOutlook,
            onetEducation, entry, articleEducation, jobZone, jobZoneDetail,
            skills, knowledge, articleSkills, waysIn, leadsTo, related,
            versions);
    }
}
