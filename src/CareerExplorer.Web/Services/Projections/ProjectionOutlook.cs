namespace CareerExplorer.Web.Services.Projections;

/// <summary>One release's line for an occupation, with the release's all-occupations change beside it. Employment and openings in thousands, as published.</summary>
public sealed record ProjectionFigures(
    string Release, ProjectionPeriod Period, SourceRef Source, string Code, string Title,
    decimal? EmploymentBase, decimal? EmploymentTarget, decimal? ChangeNumber, decimal? ChangePercent,
    decimal? SelfEmployedPercent, decimal? Openings, OpeningsBasis OpeningsBasis,
    decimal? MedianWage, bool MedianWageTopCoded, int? MedianWageYear,
    string? Education, string? Experience, string? Training, decimal? AllOccupationsChangePercent)
{
    public string Citation => ProjectionsImporter.Citation(Release);
    public GrowthPace? Pace => ProjectedGrowth.Pace(ChangePercent, AllOccupationsChangePercent);
    public string? PaceText => ProjectedGrowth.Describe(ChangePercent, AllOccupationsChangePercent);
    public string? PaceLabel => ProjectedGrowth.Label(Pace);

    /// <summary>Openings counted as BLS has since the 2016-26 release (an annual average of separations), comparable across releases.</summary>
    public bool OpeningsComparable => OpeningsBasis == OpeningsBasis.AnnualAverage;
}

/// <summary>Whose projection a role shows: its own occupation's, the SOC occupation it is part of, or an occupation the articles use for it.</summary>
public enum ProjectionVia
{
    Own,
    PartOf,
    Proxy,
}

/// <summary>
/// A role's official outlook: the latest release and every release as a history (newest first),
/// and, when it is not the role's own occupation, which occupation it is and why.
/// </summary>
public sealed record RoleOutlook(
    ProjectionFigures Latest, IReadOnlyList<ProjectionFigures> History, ProjectionVia Via, Onet.RoleLink Occupation)
{
    /// <summary>For a proxy: the latest projection of each other occupation the articles file the role under.</summary>
    public IReadOnlyList<ProjectionFigures> OtherProxies { get; init; } = [];

    public bool MixedOpeningsMethods => History.Select(h => h.OpeningsBasis).Distinct().Count() > 1;
}

/// <summary>
/// Our wording of a projected change against the release's average, stated once with its rule
/// (the page prints <see cref="Rule"/> under every description).
/// </summary>
public static class ProjectedGrowth
{
    public const string Rule =
        "How the growth is described: against the change BLS projects for all occupations in the same release. "
        + "3 or more percentage points above it is “much faster than average”; 1 to 3 points above, “faster than average”; within 1 point, “about as fast as average”; "
        + "more than 1 point below, “slower than average”; a change between −1% and +1% that is not about average, “little or no change”; a fall of 1% or more, “declining”. "
        + "These bands are CareerExplorer's; the Occupational Outlook Handbook words its own.";

    public static GrowthPace? Pace(decimal? change, decimal? average) => GrowthPaces.Of(change, average);

    /// <summary>"much faster than the 3.1% average for all occupations".</summary>
    public static string? Describe(decimal? change, decimal? average) => Pace(change, average) switch
    {
        GrowthPace.MuchFaster => $"much faster than the {Percent(average)} average for all occupations",
        GrowthPace.Faster => $"faster than the {Percent(average)} average for all occupations",
        GrowthPace.AboutAverage => $"about as fast as the {Percent(average)} average for all occupations",
        GrowthPace.Slower => $"slower than the {Percent(average)} average for all occupations",
        GrowthPace.LittleOrNoChange => $"little or no change, against the {Percent(average)} average for all occupations",
        GrowthPace.Declining => $"declining, against the {Percent(average)} average for all occupations",
        _ => null,
    };

    /// <summary>"much faster than average": the description without the average, for a table whose header gives it.</summary>
    public static string? Label(GrowthPace? pace) => pace switch
    {
        GrowthPace.MuchFaster => "much faster than average",
        GrowthPace.Faster => "faster than average",
        GrowthPace.AboutAverage => "about as fast as average",
        GrowthPace.Slower => "slower than average",
        GrowthPace.LittleOrNoChange => "little or no change",
        GrowthPace.Declining => "declining",
        _ => null,
    };

    /// <summary>"33.5%", "−1.7%", "+82.5" style figures for pages.</summary>
    public static string Percent(decimal? value) => value is { } v ? $"{(v < 0 ? "−" : "")}{Math.Abs(v).ToString("0.0##", CultureInfo.InvariantCulture)}%" : "not available";

    public static string SignedPercent(decimal? value) => value is > 0 ? "+" + Percent(value) : Percent(value);

    /// <summary>Thousands as BLS gives them, written out: 245.9 is "245,900".</summary>
    public static string Thousands(decimal? value) => value is { } v
        ? $"{(v < 0 ? "−" : "")}{WrittenOut(Math.Abs(v)).ToString("#,0", CultureInfo.InvariantCulture)}"
        : "not available";

    /// <summary>Thousands as BLS gives them, as a whole number: 245.9 is 245,900.</summary>
    public static decimal WrittenOut(decimal thousands) => decimal.Round(thousands * 1000m, 0, MidpointRounding.AwayFromZero);

    public static string SignedThousands(decimal? value) => value is > 0 ? "+" + Thousands(value) : Thousands(value);
}

/// <summary>Reads a role's projections: its own, else those of the SOC occupation it is part of, else of an occupation code an article files it under.</summary>
public static class ProjectionOutlooks
{
    /// <summary>
    /// Several roles' outlooks in at most three queries, however many roles: their own and their
    /// parents' lines; then, for roles with neither, the roles holding their (article) SOC codes
    /// and those roles' lines. A role BLS projects nothing for is left out.
    /// </summary>
    public static async Task<Dictionary<int, RoleOutlook>> ForRolesAsync(CareerDbContext db, IReadOnlyList<OutlookRequest> roles, CancellationToken ct = default)
    {
        var ids = roles.SelectMany(r => new[] { (int?)r.RoleId, r.ParentRoleId }).OfType<int>().Distinct().ToList();
        var lines = await LinesAsync(db, p => p.RoleId != null && ids.Contains(p.RoleId.Value), ct);
        var result = new Dictionary<int, RoleOutlook>();
        var withoutOwn = new List<OutlookRequest>();
        foreach (var role in roles)
        {
            if (lines.Where(l => l.RoleId == role.RoleId).ToList() is { Count: > 0 } own)
                result[role.RoleId] = Outlook(own, ProjectionVia.Own, null);
            else if (role.ParentRoleId is { } parentId && lines.Where(l => l.RoleId == parentId).ToList() is { Count: > 0 } parent)
                result[role.RoleId] = Outlook(parent, ProjectionVia.PartOf, role.Parent);
            else if (role.ProxyCodes.Count > 0)
                withoutOwn.Add(role);
        }
        if (withoutOwn.Count == 0)
            return result;

        // A title no official occupation is called by (Machine Learning Engineer): the articles' proxy codes, newest classification first.
        var codes = withoutOwn.SelectMany(r => r.ProxyCodes).Distinct().ToList();
        var holders = await db.EmploymentProjections.AsNoTracking().Where(p => codes.Contains(p.Code) && p.RoleId != null)
            .Select(p => new { p.Code, RoleId = p.RoleId!.Value, p.BaseYear, p.Role!.Slug, p.Role.Title }).ToListAsync(ct);
        var holderIds = holders.Select(h => h.RoleId).Distinct().ToList();
        var proxyLines = holderIds.Count == 0 ? [] : await LinesAsync(db, p => p.RoleId != null && holderIds.Contains(p.RoleId.Value), ct);
        foreach (var role in withoutOwn)
        {
            var chosen = role.ProxyCodes.Select(c => holders.Where(h => h.Code == c && h.RoleId != role.RoleId).MaxBy(h => h.BaseYear))
                .Where(h => h is not null).Select(h => h!).DistinctBy(h => h.RoleId).ToList();
            if (chosen.Count == 0)
                continue;
            var first = chosen[0];
            var outlook = Outlook(proxyLines.Where(l => l.RoleId == first.RoleId).ToList(), ProjectionVia.Proxy, new Onet.RoleLink(first.Slug, first.Title, first.Code));
            var others = chosen.Skip(1).Select(h => Outlook(proxyLines.Where(l => l.RoleId == h.RoleId).ToList(), ProjectionVia.Proxy, null).Latest)
                .Where(o => o.Code != outlook.Latest.Code).ToList();
            result[role.RoleId] = outlook with { OtherProxies = others };
        }
        return result;
    }

    private static RoleOutlook Outlook(List<(int? RoleId, ProjectionFigures Figures)> lines, ProjectionVia via, Onet.RoleLink? occupation)
    {
        var history = lines.Select(l => l.Figures).OrderByDescending(f => f.Period.BaseYear).ToList();
        var latest = history[0];
        return new RoleOutlook(latest, history, via, occupation ?? new Onet.RoleLink("", latest.Title, latest.Code));
    }

    private static async Task<List<(int? RoleId, ProjectionFigures Figures)>> LinesAsync(
        CareerDbContext db, System.Linq.Expressions.Expression<Func<EmploymentProjection, bool>> which, CancellationToken ct)
    {
        // Each line with its release's all-occupations change (a scalar subquery): one query.
        var rows = await db.EmploymentProjections.AsNoTracking().Where(which)
            .Select(p => new
            {
                p.RoleId, p.Source, Line = p,
                Total = db.EmploymentProjections.Where(t => t.SourceId == p.SourceId && t.Code == ProjectionCodes.Total).Select(t => t.ChangePercent).FirstOrDefault(),
            }).ToListAsync(ct);
        return rows.Select(r => (r.RoleId, new ProjectionFigures(
            r.Source.Release ?? new ProjectionPeriod(r.Line.BaseYear, r.Line.TargetYear).ToString(), new ProjectionPeriod(r.Line.BaseYear, r.Line.TargetYear),
            SourceRef.From(r.Source), r.Line.Code, r.Line.Title,
            r.Line.EmploymentBase, r.Line.EmploymentTarget, r.Line.ChangeNumber, r.Line.ChangePercent, r.Line.SelfEmployedPercent,
            r.Line.Openings, r.Line.OpeningsBasis, r.Line.MedianWage, r.Line.MedianWageTopCoded, r.Line.MedianWageYear,
            r.Line.Education, r.Line.Experience, r.Line.Training, r.Total))).ToList();
    }
}

/// <summary>What <see cref="ProjectionOutlooks.ForRolesAsync"/> needs of a role: its id, the O*NET parent it is part of, and its occupation codes (system, code).</summary>
public sealed record OutlookRequest(int RoleId, Onet.RoleLink? Parent, int? ParentRoleId, IReadOnlyList<(string System, string Code)> Codes)
{
    /// <summary>SOC codes, the newest classification first: those an article's proxy may be.</summary>
    public IReadOnlyList<string> ProxyCodes { get; } = Codes.Where(c => c.System.StartsWith("SOC", StringComparison.Ordinal))
        .OrderByDescending(c => c.System, StringComparer.Ordinal).Select(c => c.Code).Distinct().ToList();
}
