namespace CareerExplorer.Web.Services;

/// <summary>A figure on the compare page: as published, and on the common normalised footing.</summary>
public sealed record CompareFigure(SalaryFigureRow Figure, NormalisedAmount? Point, NormalisedAmount? Low, NormalisedAmount? High)
{
    public const string InvalidProblem = "The stored amount is outside the allowed bounds, so it is left out of the comparison until an admin corrects it.";

    public bool IsRange => Low is not null;
    public bool IsInvalid => !FigureRules.IsWithinBounds(Figure.Amount, Figure.Low, Figure.High);
    public bool Adjusted => (Point ?? Low)?.Adjusted ?? false;
    public string? Problem => IsInvalid ? InvalidProblem : (Point ?? Low)?.Problem;
    /// <summary>Set when the figure was adjusted with a year whose CPI rests on fewer than twelve months: "2025 dollars: CPI-U mean of 11 months (…)".</summary>
    public string? Partial => IsInvalid ? null : (Point ?? Low)?.Partial;
    public string NormalisedText => IsRange
        ? $"{Display.Money(Low!.Value)} – {Display.Money(High!.Value)}"
        : Point is { } p ? Display.Money(p.Value) + (Figure.IsTopCoded ? " or more" : "") : "—";
}

public enum Spread { None, Single, Narrow, Moderate, Wide }

public sealed record RoleCompareSummary(
    int FigureCount, int SourceCount, decimal? Lowest, decimal? Highest, decimal? MedianOfPoints,
    SalaryFigureRow? Newest, int NotAdjusted)
{
    public double? SpreadPercent => Lowest is > 0 && Highest is { } h ? (double)((h - Lowest.Value) / Lowest.Value * 100m) : null;

    public Spread Spread => FigureCount == 0 ? Spread.None : SpreadPercent switch
    {
        null => Spread.Single,
        0 => Spread.Single,
        < 25 => Spread.Narrow,
        < 60 => Spread.Moderate,
        _ => Spread.Wide,
    };

    public string SpreadText => Spread switch
    {
        Spread.None => "no figures",
        Spread.Single => FigureCount == 1 ? "one figure" : "all figures agree",
        _ => $"{Spread.ToString().ToLowerInvariant()}: the highest is {SpreadPercent:0}% above the lowest",
    };
}

/// <summary>A concrete reason, found in the data, why a role's figures differ.</summary>
public sealed record DifferenceReason(string Key, string Title, string Detail);

public sealed record CompareRole(
    string Slug, string Title, string Category, IReadOnlyList<CompareFigure> Figures,
    RoleCompareSummary Summary, IReadOnlyList<DifferenceReason> Reasons)
{
    /// <summary>What the role takes, from O*NET: education, job zone, top skills and knowledge.</summary>
    public Onet.OnetProfile? Onet { get; init; }

    /// <summary>The official outlook, from BLS Employment Projections (own, part-of or proxy occupation).</summary>
    public Projections.RoleOutlook? Outlook { get; init; }
}

/// <summary>A CPI year resting on fewer than twelve months: how many, and the note that says which.</summary>
public sealed record PartialCpiYear(int MonthCount, string Note);

/// <summary><see cref="PartialYears"/>: the CPI years that rest on fewer than twelve months, with what they rest on.</summary>
public sealed record Comparison(IReadOnlyList<CompareRole> Roles, int TargetYear, IReadOnlyList<int> CpiYears, SourceRef? CpiSource, IReadOnlyDictionary<int, PartialCpiYear> PartialYears)
{
    public string? TargetYearNote => PartialYears.TryGetValue(TargetYear, out var partial) ? $"{TargetYear} dollars: {partial.Note}" : null;

    /// <summary>The O*NET releases of "what each role takes": its education, job zone, skills and knowledge.</summary>
    public IReadOnlyList<Onet.OnetReleaseRef> TakesReleases => Roles.Where(r => r.Onet is not null)
        .SelectMany(r => new[] { r.Onet!.Training?.Release, r.Onet.JobZone?.Release, r.Onet.Skills?.Release, r.Onet.Knowledge?.Release })
        .OfType<Onet.OnetReleaseRef>().DistinctBy(x => x.Version).ToList();

    /// <summary>
    /// Every source the compare page uses, for its RIS and BibTeX downloads: each figure's source and
    /// the article quoting it, the price index's, the O*NET releases of what each role takes, and each
    /// role's latest projections release; by publisher and title.
    /// </summary>
    public IReadOnlyList<SourceRef> Sources =>
        Roles.SelectMany(r => r.Figures).Select(f => f.Figure.Provenance)
            .SelectMany(p => p.CitedIn is null ? new[] { p.Source } : [p.Source, p.CitedIn])
            .Concat(CpiSource is null ? [] : [CpiSource])
            .Concat(TakesReleases.Select(x => x.Source))
            .Concat(Roles.Select(r => r.Outlook?.Latest.Source).OfType<SourceRef>())
            .DistinctBy(s => s.Slug)
            .OrderBy(s => s.Publisher, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Title)
            .ToList();
}

/// <summary>The outcome of a compare request: a comparison, or the problems with the request.</summary>
public sealed record CompareResult(
    Comparison? Comparison, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings,
    IReadOnlyList<string> RequestedRoles, int TargetYear, IReadOnlyList<int> CpiYears, IReadOnlyDictionary<int, PartialCpiYear> PartialYears)
{
    public bool IsEmptyRequest => RequestedRoles.Count == 0 && Errors.Count == 0;
    public bool IsValid => Comparison is not null;
}

public sealed record RolePickerItem(string Slug, string Title);

public sealed class CompareService(CareerDbContext db, TimeProvider clock)
{
    public const int MinRoles = 2;
    public const int MaxRoles = 4;
    private const int MaxInputLength = 100;

    /// <summary>Roles arrive as "a,b,c" or as repeated parameters (the picker form); both are fine.</summary>
    public static IReadOnlyList<string> ParseRoles(IEnumerable<string?> values) =>
        values.Where(v => v is not null)
            .SelectMany(v => v!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(v => v.Length > MaxInputLength ? v[..MaxInputLength] : v)
            .Take(50)
            .ToList();

    /// <summary>The year text a comparison uses: none when blank (the default year); otherwise as typed, since a wrong one is quoted back.</summary>
    public static string? YearAsked(string? yearText) => string.IsNullOrWhiteSpace(yearText) ? null : yearText;

    public async Task<IReadOnlyList<RolePickerItem>> PickerAsync(CancellationToken ct = default) =>
        await db.Roles.AsNoTracking().OrderBy(r => r.Title).Select(r => new RolePickerItem(r.Slug, r.Title)).ToListAsync(ct);

    public Task<Normaliser> NormaliserAsync(CancellationToken ct = default) => Normaliser.ReadAsync(db, ct);

    public async Task<CompareResult> CompareAsync(IReadOnlyList<string> requested, string? yearText, CancellationToken ct = default)
    {
        await db.OpenForReadsAsync(ct);
        var normaliser = await NormaliserAsync(ct);
        var warnings = new List<string>();
        var targetYear = ChooseTargetYear(normaliser, yearText, warnings);
        if (normaliser.DollarsNote(targetYear) is { } partial)
            warnings.Add($"Figures are in {partial}.");
        var partialYears = PartialYears(normaliser);
        var errors = new List<string>();

        if (requested.Count == 0)
            return new CompareResult(null, errors, warnings, requested, targetYear, normaliser.Years, partialYears);

        // Each entry may be a slug or a title, as typed into the picker.
        var wanted = requested.Select(r => r.ToLowerInvariant()).ToList();
        var matches = await db.Roles.AsNoTracking()
            .Where(r => wanted.Contains(r.Slug) || wanted.Contains(r.Title.ToLower()))
            .Select(r => new { r.Id, r.Slug, r.Title })
            .ToListAsync(ct);
        var resolved = new List<(int Id, string Slug, string Title)>();
        foreach (var entry in requested)
        {
            var key = entry.ToLowerInvariant();
            var role = matches.FirstOrDefault(m => m.Slug == key) ?? matches.FirstOrDefault(m => m.Title.Equals(entry, StringComparison.OrdinalIgnoreCase));
            if (role is null)
                errors.Add(await UnknownRoleMessageAsync(entry, ct));
            else if (resolved.Any(r => r.Id == role.Id))
                errors.Add($"“{role.Title}” is listed more than once; each role can appear once.");
            else
                resolved.Add((role.Id, role.Slug, role.Title));
        }
        if (requested.Count < MinRoles)
            errors.Insert(0, $"Choose at least {MinRoles} roles to compare; you chose {requested.Count}.");
        else if (requested.Count > MaxRoles)
            errors.Insert(0, $"You can compare at most {MaxRoles} roles at once; you chose {requested.Count}.");
        if (errors.Count > 0)
            return new CompareResult(null, errors, warnings, requested, targetYear, normaliser.Years, partialYears);

        var comparison = await BuildAsync(resolved, normaliser, targetYear, partialYears, ct);
        // Figures from a partial year are restated from its dollars: said once for each such year.
        foreach (var year in comparison.Roles.SelectMany(r => r.Figures).Where(f => f.Adjusted && f.Figure.Year != targetYear && normaliser.IsPartial(f.Figure.Year))
            .Select(f => f.Figure.Year).Distinct().Order())
            warnings.Add($"Figures from {year} are adjusted from {normaliser.DollarsNote(year)}.");
        return new CompareResult(comparison, errors, warnings, resolved.Select(r => r.Slug).ToList(), targetYear, normaliser.Years, partialYears);
    }

    /// <summary>"No such role", with up to five near matches so a typed part of a title still gets somewhere.</summary>
    private async Task<string> UnknownRoleMessageAsync(string entry, CancellationToken ct)
    {
        var words = entry.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5).Select(w => w.ToLower()).ToList();
        var query = db.Roles.AsNoTracking();
        foreach (var word in words)
            query = query.Where(r => r.Title.ToLower().Contains(word));
        var near = words.Count == 0 ? [] : await query.OrderBy(r => r.Title).Select(r => r.Title).Take(5).ToListAsync(ct);
        return near.Count == 0
            ? $"There is no role “{entry}”. Type a role’s title as the roles list shows it."
            : $"There is no role “{entry}”. Did you mean {OrList(near)}?";
    }

    private static string OrList(IReadOnlyList<string> items) =>
        items.Count <= 2 ? string.Join(" or ", items) : string.Join(", ", items.Take(items.Count - 1)) + ", or " + items[^1];

    private static IReadOnlyDictionary<int, PartialCpiYear> PartialYears(Normaliser normaliser) =>
        normaliser.Years.Where(normaliser.IsPartial).ToDictionary(y => y, y => new PartialCpiYear(normaliser.MonthCount(y), normaliser.PartialNote(y)!));

    /// <summary>The year asked for when the table has it; else (and by default) the latest full year, never one resting on some months only.</summary>
    private static int ChooseTargetYear(Normaliser normaliser, string? yearText, List<string> warnings)
    {
        var fallback = normaliser.LatestFullYear ?? 0;
        yearText = YearAsked(yearText);
        if (yearText is null)
            return fallback;
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            warnings.Add($"“{Trim(yearText)}” is not a year; figures are shown in {fallback} dollars, the latest full year of the price index.");
            return fallback;
        }
        if (!normaliser.Covers(year))
        {
            warnings.Add(normaliser.Years.Count == 0
                ? "There is no price index data, so figures are shown in nominal dollars."
                : $"The price index covers {normaliser.Years[0]}–{normaliser.Years[^1]}, not {year}; figures are shown in {fallback} dollars instead. Nothing is extrapolated.");
            return fallback;
        }
        return year;
    }

    private static string Trim(string s) => s.Length > 20 ? s[..20] + "…" : s;

    private async Task<Comparison> BuildAsync(IReadOnlyList<(int Id, string Slug, string Title)> roles, Normaliser normaliser, int targetYear,
        IReadOnlyDictionary<int, PartialCpiYear> partialYears, CancellationToken ct)
    {
        var ids = roles.Select(r => r.Id).ToList();
        var figures = await db.SalaryFigures.AsNoTracking().Where(f => ids.Contains(f.RoleId))
            .OrderByDescending(f => f.Year).ThenByDescending(f => f.Month).ThenBy(f => f.Statistic).ThenBy(f => f.Id)
            .Select(FigureProjections.Salary).ToListAsync(ct);
        figures = LatestOfficialOnly(figures);
        var codes = await db.OccupationCodes.AsNoTracking().Where(c => ids.Contains(c.RoleId))
            .Select(c => new { c.Role.Slug, c.System, c.Code, c.Title }).ToListAsync(ct);
        var details = await db.Roles.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Slug, r.Category, r.ParentRoleId, Parent = r.ParentRole == null ? null : new { r.ParentRole.Slug, r.ParentRole.Title } }).ToListAsync(ct);
        var categories = details.ToDictionary(r => r.Slug, r => r.Category);
        var articleOutlook = (await db.OutlookFigures.AsNoTracking().Where(f => ids.Contains(f.RoleId) && f.Source.Dataset != Datasets.BlsOews)
            .OrderByDescending(f => f.Year).ThenBy(f => f.Id).Select(FigureProjections.Outlook).ToListAsync(ct)).ToLookup(f => f.RoleSlug);
        var outlooks = await Projections.ProjectionOutlooks.ForRolesAsync(db, details.Select(r => new Projections.OutlookRequest(
            r.Id, r.Parent is { } p ? new Onet.RoleLink(p.Slug, p.Title) : null, r.ParentRoleId,
            codes.Where(c => c.Slug == r.Slug).Select(c => (c.System, c.Code)).ToList())).ToList(), ct);
        var cpiSource = await db.CpiValues.AsNoTracking().OrderByDescending(c => c.Year).Select(c => c.Source).FirstOrDefaultAsync(ct);
        var currentYear = clock.GetUtcNow().Year;

        var compareRoles = new List<CompareRole>();
        foreach (var role in roles)
        {
            var rows = figures.Where(f => f.RoleSlug == role.Slug).Select(f => Normalise(f, normaliser, targetYear)).ToList();
            var roleCodes = codes.Where(c => c.Slug == role.Slug).Select(c => (c.System, c.Code, c.Title)).ToList();
            var onet = await Onet.OnetProfiles.ForRoleAsync(db, role.Id, ct);
            var aliases = onet is null ? await db.RoleAliases.AsNoTracking().Where(a => a.RoleId == role.Id).Select(a => a.Name).ToListAsync(ct) : [];
            var filing = onet is null ? await Onet.OnetProfiles.TitleFilingAsync(db, role.Id, role.Title, aliases, ct) : null;
            var outlook = outlooks.GetValueOrDefault(role.Id);
            var reasons = DifferenceReasons.Find(role.Title, rows, roleCodes, targetYear, currentYear, filing)
                .Concat(Projections.OutlookReasons.Find(role.Title, articleOutlook[role.Slug].ToList(), outlook)).ToList();
            compareRoles.Add(new CompareRole(role.Slug, role.Title, categories[role.Slug], rows, Summarise(rows), reasons) { Onet = onet, Outlook = outlook });
        }

        return new Comparison(compareRoles, targetYear, normaliser.Years, cpiSource is null ? null : SourceRef.From(cpiSource), partialYears);
    }

    /// <summary>
    /// A role can carry ~108 OEWS figures (nine releases); comparing all of them buries the
    /// articles'. Keep each role's latest OEWS release only, annual figures (hourly only where the
    /// annual is not published), and never a value BLS did not publish. Other figures all stay.
    /// Older releases are on the role page.
    /// </summary>
    public static List<SalaryFigureRow> LatestOfficialOnly(IReadOnlyList<SalaryFigureRow> figures)
    {
        var official = figures.Where(f => OfficialWagesBuilder.IsOews(f.Provenance.Source)).ToList();
        var latest = official.GroupBy(f => f.RoleSlug).ToDictionary(g => g.Key, g => g.Max(f => f.Year));
        var annualPublished = official.Where(f => f.Basis == PayBasis.Annual && f.Amount is not null)
            .Select(f => (f.RoleSlug, f.Year, f.Statistic)).ToHashSet();
        return figures.Where(f => !OfficialWagesBuilder.IsOews(f.Provenance.Source)
                || (f.Year == latest[f.RoleSlug] && f.Amount is not null
                    && (f.Basis == PayBasis.Annual || !annualPublished.Contains((f.RoleSlug, f.Year, f.Statistic)))))
            .ToList();
    }

    /// <summary>On the common footing; a figure whose stored amount is out of bounds is not normalised (nor charted, nor summarised).</summary>
    public static CompareFigure Normalise(SalaryFigureRow f, Normaliser normaliser, int targetYear) =>
        !FigureRules.IsWithinBounds(f.Amount, f.Low, f.High) ? new CompareFigure(f, null, null, null)
        : f.Low is { } low && f.High is { } high
            ? new CompareFigure(f, null, normaliser.Normalise(low, f.Basis, f.Year, targetYear), normaliser.Normalise(high, f.Basis, f.Year, targetYear))
            : new CompareFigure(f, f.Amount is { } a ? normaliser.Normalise(a, f.Basis, f.Year, targetYear) : null, null, null);

    public static RoleCompareSummary Summarise(IReadOnlyList<CompareFigure> rows)
    {
        var values = rows.SelectMany(r => new[] { r.Point, r.Low, r.High }).OfType<NormalisedAmount>().Select(n => n.Value).ToList();
        var points = rows.Where(r => r.Point is not null).Select(r => r.Point!.Value).Order().ToList();
        decimal? median = points.Count == 0 ? null
            : points.Count % 2 == 1 ? points[points.Count / 2]
            : Normaliser.Round((points[points.Count / 2 - 1] + points[points.Count / 2]) / 2m);
        var newest = rows.Select(r => r.Figure).OrderByDescending(f => f.Year).ThenByDescending(f => f.Month ?? 0).FirstOrDefault();
        return new RoleCompareSummary(
            rows.Count, rows.Select(r => r.Figure.Provenance.Source.Slug).Distinct().Count(),
            values.Count > 0 ? values.Min() : null, values.Count > 0 ? values.Max() : null, median, newest,
            rows.Count(r => !r.Adjusted));
    }
}
