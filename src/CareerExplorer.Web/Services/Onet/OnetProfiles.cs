namespace CareerExplorer.Web.Services.Onet;

/// <summary>The O*NET release a block comes from, as pages name it: "O*NET 29.0 (August 2024)".</summary>
public sealed record OnetReleaseRef(string Version, string? Released, SourceRef Source)
{
    public string Text => OnetNames.Release(Version, Released);

    public static OnetReleaseRef From(Source s) => new(s.Release ?? "", s.PublishedOn, SourceRef.From(s));
}

/// <summary>
/// One block of O*NET content (tasks, skills...): its rows, the release they came from, and when
/// O*NET collected them: <see cref="Date"/> when every row shares one month, else each row's own.
/// </summary>
public sealed record OnetBlock<T>(IReadOnlyList<T> Rows, OnetReleaseRef Release, string? Date, string? DomainSource)
{
    public string DateText => OnetNames.MonthText(Date);
}

public sealed record OnetTaskItem(string Text, OnetTaskType Type, string? Date);

/// <summary>A skill or knowledge area with its importance (1-5) and level (0-7); <see cref="Level"/> null when rated not relevant.</summary>
public sealed record OnetRatingItem(string SkillSlug, string Name, decimal? Importance, bool ImportanceSuppressed, decimal? Level, bool LevelSuppressed, bool LevelNotRelevant, string? Date)
{
    public string ImportanceText => Importance is { } i ? i.ToString("0.0", CultureInfo.InvariantCulture) : "not rated";
    public string LevelText => LevelNotRelevant ? "not relevant" : Level is { } l ? l.ToString("0.0", CultureInfo.InvariantCulture) : "not rated";
}

public sealed record OnetTechnologyItem(string SkillSlug, string Name, bool IsHot, bool IsInDemand);

public sealed record OnetTechnologyGroup(string Title, IReadOnlyList<OnetTechnologyItem> Items);

/// <summary>One category of an education or training distribution: "Bachelor's degree: 62%".</summary>
public sealed record OnetShareItem(int Category, string Label, string Description, decimal Percent, bool Suppressed)
{
    public string PercentText => Percent.ToString("0", CultureInfo.InvariantCulture) + "%";
}

/// <summary>A distribution (education, experience, training) and its most common category.</summary>
public sealed record OnetDistribution(OnetTrainingScale Scale, IReadOnlyList<OnetShareItem> Shares)
{
    public string Heading => Labels.Of(Scale);
    public OnetShareItem? Typical => Shares.Where(s => !s.Suppressed).OrderByDescending(s => s.Percent).ThenBy(s => s.Category).FirstOrDefault();
}

public sealed record OnetJobZoneItem(int Zone, string Name, string Experience, string Education, string Training, string Examples, string? Date);

public sealed record OnetInterestItem(RiasecInterest Interest, decimal? Score, int? HighPoint)
{
    public string Name => Labels.Of(Interest);
    public string ScoreText => Score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : "—";
}

public sealed record OnetRelatedItem(string RoleSlug, string RoleTitle, OnetRelatedTier Tier, int Index);

public sealed record RoleLink(string Slug, string Title, string? Code = null);

/// <summary>Everything O*NET says of a role, block by block, each with its own release.</summary>
public sealed record OnetProfile(
    string Code, string Title, OnetBlock<string>? Description, OnetBlock<OnetTaskItem>? Tasks,
    OnetBlock<OnetRatingItem>? Skills, OnetBlock<OnetRatingItem>? Knowledge, OnetBlock<OnetTechnologyGroup>? Technology,
    OnetBlock<OnetDistribution>? Training, OnetBlock<OnetJobZoneItem>? JobZone, OnetBlock<OnetInterestItem>? Interests,
    OnetBlock<OnetRelatedItem>? Related, OnetBlock<string>? AlsoCalled, RoleLink? PartOf, IReadOnlyList<RoleLink> Specialties)
{
    /// <summary>The releases the page shows content of, newest first: each is credited.</summary>
    public IReadOnlyList<OnetReleaseRef> Releases { get; init; } = [];

    public OnetDistribution? Education => Training?.Rows.FirstOrDefault(d => d.Scale == OnetTrainingScale.RL);
}

/// <summary>Where O*NET files a title that is none of its occupations ("Machine Learning Engineer"): the occupations that list it as an alternate title.</summary>
public sealed record OnetTitleFiling(string Title, IReadOnlyList<RoleLink> Occupations, OnetReleaseRef Release);

/// <summary>Reads a role's O*NET content: one small query a kind, on the role's index.</summary>
public static class OnetProfiles
{
    /// <summary>How many skills or knowledge areas a role page shows before "show all".</summary>
    public const int TopRatings = 6;

    public static async Task<OnetProfile?> ForRoleAsync(CareerDbContext db, int roleId, CancellationToken ct)
    {
        var occupation = await db.OnetOccupations.AsNoTracking().Where(o => o.RoleId == roleId)
            .Select(o => new { o.Code, o.Title, o.Description, o.Source }).SingleOrDefaultAsync(ct);
        if (occupation is null)
            return null;
        var releases = new Dictionary<int, OnetReleaseRef>();
        var sources = await db.Sources.AsNoTracking().Where(s => s.Dataset == Datasets.Onet).ToListAsync(ct);
        foreach (var s in sources)
            releases[s.Id] = OnetReleaseRef.From(s);

        OnetBlock<T>? Block<T, TRow>(IReadOnlyList<TRow> rows, Func<TRow, int> source, Func<TRow, string?> date, Func<TRow, string?> domain, Func<IReadOnlyList<TRow>, IReadOnlyList<T>> items)
        {
            if (rows.Count == 0)
                return null;
            var dates = rows.Select(date).Distinct().ToList();
            var domains = rows.Select(domain).Distinct().ToList();
            return new OnetBlock<T>(items(rows), releases[source(rows[0])], dates.Count == 1 ? dates[0] : null, domains.Count == 1 ? domains[0] : null);
        }

        var tasks = await db.OnetTasks.AsNoTracking().Where(t => t.RoleId == roleId)
            .OrderBy(t => t.Type).ThenByDescending(t => t.IncumbentsResponding).ThenBy(t => t.TaskId)
            .Select(t => new { t.Text, t.Type, t.Date, t.DomainSource, t.SourceId }).ToListAsync(ct);
        var ratings = await db.OnetRatings.AsNoTracking().Where(r => r.RoleId == roleId)
            .Select(r => new { r.Kind, r.Skill.Slug, r.Skill.Name, r.Importance, r.ImportanceSuppressed, r.Level, r.LevelSuppressed, r.LevelNotRelevant, r.Date, r.DomainSource, r.SourceId })
            .ToListAsync(ct);
        var technologies = await db.OnetTechnologies.AsNoTracking().Where(t => t.RoleId == roleId)
            .Select(t => new { t.Skill.Slug, t.Skill.Name, t.CommodityTitle, t.IsHot, t.IsInDemand, t.Date, t.DomainSource, t.SourceId }).ToListAsync(ct);
        var shares = await db.OnetTrainingShares.AsNoTracking().Where(s => s.RoleId == roleId)
            .OrderBy(s => s.Scale).ThenBy(s => s.Category)
            .Select(s => new { s.Scale, s.Category, s.CategoryText, s.Percent, s.Suppressed, s.Date, s.DomainSource, s.SourceId }).ToListAsync(ct);
        var zone = await db.OnetJobZones.AsNoTracking().Where(z => z.RoleId == roleId).Select(z => new { z.Zone, z.Date, z.DomainSource, z.SourceId }).ToListAsync(ct);
        var zoneLevels = await db.OnetJobZoneLevels.AsNoTracking().ToDictionaryAsync(z => z.Zone, ct);
        var interests = await db.OnetInterests.AsNoTracking().Where(i => i.RoleId == roleId).OrderBy(i => i.Interest)
            .Select(i => new { i.Interest, i.Score, i.HighPoint, i.Date, i.DomainSource, i.SourceId }).ToListAsync(ct);
        var related = await db.OnetRelated.AsNoTracking().Where(r => r.RoleId == roleId).OrderBy(r => r.Index)
            .Select(r => new { r.RelatedRole.Slug, r.RelatedRole.Title, r.Tier, r.Index, r.Date, r.DomainSource, r.SourceId }).ToListAsync(ct);
        var titles = await db.OnetAlternateTitles.AsNoTracking().Where(t => t.RoleId == roleId).OrderBy(t => t.Title)
            .Select(t => new { t.Title, t.Date, t.DomainSource, t.SourceId }).ToListAsync(ct);
        var parent = await db.Roles.AsNoTracking().Where(r => r.Id == roleId && r.ParentRole != null)
            .Select(r => new RoleLink(r.ParentRole!.Slug, r.ParentRole.Title, null)).SingleOrDefaultAsync(ct);
        var specialties = await db.Roles.AsNoTracking().Where(r => r.ParentRoleId == roleId).OrderBy(r => r.Title)
            .Select(r => new RoleLink(r.Slug, r.Title, null)).ToListAsync(ct);

        IReadOnlyList<OnetRatingItem> Ratings<TRow>(IEnumerable<TRow> rows, Func<TRow, OnetRatingItem> item) =>
            rows.Select(item).OrderByDescending(r => r.Importance ?? 0).ThenByDescending(r => r.Level ?? 0).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var skillRows = ratings.Where(r => r.Kind == SkillKind.Skill).ToList();
        var knowledgeRows = ratings.Where(r => r.Kind == SkillKind.Knowledge).ToList();

        var profile = new OnetProfile(
            occupation.Code, occupation.Title,
            new OnetBlock<string>([occupation.Description], releases[occupation.Source.Id], null, null),
            Block(tasks, t => t.SourceId, t => t.Date, t => t.DomainSource, rows => rows.Select(t => new OnetTaskItem(t.Text, t.Type, t.Date)).ToList()),
            Block(skillRows, r => r.SourceId, r => r.Date, r => r.DomainSource, rows => Ratings(rows, r => new OnetRatingItem(r.Slug, r.Name, r.Importance, r.ImportanceSuppressed, r.Level, r.LevelSuppressed, r.LevelNotRelevant, r.Date))),
            Block(knowledgeRows, r => r.SourceId, r => r.Date, r => r.DomainSource, rows => Ratings(rows, r => new OnetRatingItem(r.Slug, r.Name, r.Importance, r.ImportanceSuppressed, r.Level, r.LevelSuppressed, r.LevelNotRelevant, r.Date))),
            Block(technologies, t => t.SourceId, t => t.Date, t => t.DomainSource, rows => rows
                .GroupBy(t => t.CommodityTitle)
                .Select(g => new OnetTechnologyGroup(g.Key, g.OrderByDescending(t => t.IsHot).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
                    .Select(t => new OnetTechnologyItem(t.Slug, t.Name, t.IsHot, t.IsInDemand)).ToList()))
                .OrderByDescending(g => g.Items.Count(i => i.IsHot)).ThenByDescending(g => g.Items.Count).ThenBy(g => g.Title, StringComparer.OrdinalIgnoreCase).ToList()),
            Block(shares, s => s.SourceId, s => s.Date, s => s.DomainSource, rows => rows.GroupBy(s => s.Scale)
                .Select(g => new OnetDistribution(g.Key, g.Select(s => new OnetShareItem(s.Category, ShortLabel(s.CategoryText), s.CategoryText, s.Percent, s.Suppressed)).ToList())).ToList()),
            Block(zone, z => z.SourceId, z => z.Date, z => z.DomainSource, rows => rows.Select(z => zoneLevels.TryGetValue(z.Zone, out var l)
                ? new OnetJobZoneItem(z.Zone, l.Name, l.Experience, l.Education, l.Training, l.Examples, z.Date)
                : new OnetJobZoneItem(z.Zone, $"Job Zone {z.Zone}", "", "", "", "", z.Date)).ToList()),
            Block(interests, i => i.SourceId, i => i.Date, i => i.DomainSource, rows => rows.Select(i => new OnetInterestItem(i.Interest, i.Score, i.HighPoint)).ToList()),
            Block(related, r => r.SourceId, r => r.Date, r => r.DomainSource, rows => rows.Select(r => new OnetRelatedItem(r.Slug, r.Title, r.Tier, r.Index)).ToList()),
            Block(titles, t => t.SourceId, t => t.Date, t => t.DomainSource, rows => rows.Select(t => t.Title).Distinct(StringComparer.OrdinalIgnoreCase).ToList()),
            parent, specialties);
        var shown = new[] { occupation.Source.Id }
            .Concat(new[] { tasks.Select(t => t.SourceId), skillRows.Select(r => r.SourceId), knowledgeRows.Select(r => r.SourceId), technologies.Select(t => t.SourceId),
                shares.Select(s => s.SourceId), zone.Select(z => z.SourceId), interests.Select(i => i.SourceId), related.Select(r => r.SourceId), titles.Select(t => t.SourceId) }.SelectMany(x => x))
            .Distinct().Select(id => releases[id])
            .OrderByDescending(r => OnetVersion.TryParse(r.Version, out var v) ? v : default).ToList();
        return profile with { Releases = shown };
    }

    /// <summary>
    /// The occupations O*NET lists a title under, when the role is none of them: "Machine Learning
    /// Engineer" is an alternate title of three. Matched on the role's title and its other names.
    /// </summary>
    public static async Task<OnetTitleFiling?> TitleFilingAsync(CareerDbContext db, int roleId, string title, IReadOnlyList<string> aliases, CancellationToken ct)
    {
        var names = aliases.Prepend(title).Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // SQLite's = compares case-sensitively; the titles are few, so compare the lower-case forms.
        var lower = names.Select(n => n.ToLowerInvariant()).ToList();
        var matches = await db.OnetAlternateTitles.AsNoTracking()
            .Where(t => t.RoleId != roleId && lower.Contains(t.Title.ToLower()))
            .Select(t => new { t.Role.Slug, t.Role.Title, t.SourceId, Code = db.OnetOccupations.Where(o => o.RoleId == t.RoleId).Select(o => o.Code).FirstOrDefault() })
            .ToListAsync(ct);
        if (matches.Count == 0)
            return null;
        var sourceId = matches[0].SourceId;
        var source = await db.Sources.AsNoTracking().SingleAsync(s => s.Id == sourceId, ct);
        var occupations = matches.DistinctBy(m => m.Slug).OrderBy(m => m.Code, StringComparer.Ordinal).Select(m => new RoleLink(m.Slug, m.Title, m.Code)).ToList();
        return new OnetTitleFiling(title, occupations, OnetReleaseRef.From(source));
    }

    /// <summary>"Job Zone Four: Considerable Preparation Needed" → "Considerable Preparation Needed".</summary>
    public static string JobZoneShortName(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? name[(colon + 1)..].Trim() : name;
    }

    /// <summary>"Post-Secondary Certificate - awarded for training completed after high school..." → "Post-Secondary Certificate".</summary>
    public static string ShortLabel(string category)
    {
        var cut = category.IndexOf(" - ", StringComparison.Ordinal);
        return cut > 0 ? category[..cut] : category;
    }
}
