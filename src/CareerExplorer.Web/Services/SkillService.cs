namespace CareerExplorer.Web.Services;

public sealed record SkillListItem(string Slug, string Name, SkillKind Kind, string? Group, int RoleCount);

/// <summary>The skills page: each kind with its skills; technologies (thousands, from O*NET) the most used ones, or those matching a search.</summary>
public sealed record SkillList(IReadOnlyList<SkillListItem> Skills, IReadOnlyDictionary<SkillKind, int> Totals, string? Query)
{
    public const int TechnologiesShown = 60;
    public const int MaxMatches = 200;
    public const int MaxQueryLength = 100;

    /// <summary>The name searched for, trimmed, at most <see cref="MaxQueryLength"/> characters; null when there is none.</summary>
    public static string? NormaliseSearch(string? query)
    {
        var q = (query ?? "").Trim();
        return q.Length == 0 ? null : q.Length > MaxQueryLength ? q[..MaxQueryLength] : q;
    }
}

public sealed record SkillRoleRow(string Slug, string Title, string Category, IReadOnlyList<Provenance> Provenances);

/// <summary>A role O*NET rates on the skill or knowledge area: importance 1-5, level 0-7 (null when not relevant).</summary>
public sealed record SkillRatingRow(string Slug, string Title, decimal? Importance, bool ImportanceSuppressed, decimal? Level, bool LevelNotRelevant)
{
    public string ImportanceText => Importance?.ToString("0.0", CultureInfo.InvariantCulture) ?? "not rated";
    public string LevelText => LevelNotRelevant ? "not relevant" : Level?.ToString("0.0", CultureInfo.InvariantCulture) ?? "not rated";
}

public sealed record SkillTechnologyRow(string Slug, string Title, string CommodityTitle, bool IsHot, bool IsInDemand);

public sealed record SkillDetails(string Slug, string Name, SkillKind Kind, string? Group, string? Description, IReadOnlyList<SkillRoleRow> Roles)
{
    public string KindText => Display.SkillKind(Kind);

    /// <summary>The roles O*NET rates it most important for (top <see cref="SkillService.TopRated"/>), of <see cref="RatedCount"/>.</summary>
    public IReadOnlyList<SkillRatingRow> RatedBy { get; init; } = [];
    public int RatedCount { get; init; }

    /// <summary>The roles O*NET lists it as a technology of.</summary>
    public IReadOnlyList<SkillTechnologyRow> UsedBy { get; init; } = [];

    /// <summary>The O*NET releases its ratings and technology lists come from.</summary>
    public IReadOnlyList<Onet.OnetReleaseRef> OnetReleases { get; init; } = [];
}

public sealed class SkillService(CareerDbContext db)
{
    public const int TopRated = 50;

    public async Task<SkillList> ListAsync(string? query, CancellationToken ct = default)
    {
        var q = SkillList.NormaliseSearch(query);
        var skills = db.Skills.AsNoTracking();
        var totals = await skills.GroupBy(s => s.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // Counted in SQL, mapped to the read model once loaded (EF cannot order by a record's member).
        async Task<List<SkillListItem>> ItemsAsync(IQueryable<Skill> chosen, bool mostUsed = false, int take = int.MaxValue)
        {
            var counted = chosen.Select(s => new
            {
                s.Slug, s.Name, s.Kind, s.Group,
                Roles = s.Roles.Select(r => r.RoleId).Distinct().Count()
                    + db.OnetRatings.Count(r => r.SkillId == s.Id)
                    + db.OnetTechnologies.Where(t => t.SkillId == s.Id).Select(t => t.RoleId).Distinct().Count(),
            });
            counted = mostUsed ? counted.OrderByDescending(s => s.Roles).ThenBy(s => s.Name) : counted.OrderBy(s => s.Kind).ThenBy(s => s.Name);
            return (await counted.Take(take).ToListAsync(ct)).Select(s => new SkillListItem(s.Slug, s.Name, s.Kind, s.Group, s.Roles)).ToList();
        }
        if (q is not null)
        {
            var pattern = Like.Contains(q);
            return new SkillList(await ItemsAsync(skills.Where(s => EF.Functions.Like(s.Name.ToLower(), pattern.ToLower(), Like.Escape)), take: SkillList.MaxMatches), totals, q);
        }
        // Every skill of the short kinds; of the technologies, the ones most roles use.
        var few = await ItemsAsync(skills.Where(s => s.Kind != SkillKind.Tool));
        var tools = await ItemsAsync(skills.Where(s => s.Kind == SkillKind.Tool), mostUsed: true, take: SkillList.TechnologiesShown);
        return new SkillList([.. few, .. tools.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)], totals, null);
    }

    public async Task<SkillDetails?> GetAsync(string slug, CancellationToken ct = default)
    {
        var skill = await db.Skills.AsNoTracking().Where(s => s.Slug == slug)
            .Select(s => new { s.Id, s.Slug, s.Name, s.Kind, s.Group, s.Description }).SingleOrDefaultAsync(ct);
        if (skill is null)
            return null;

        var links = await db.RoleSkills.AsNoTracking().Where(rs => rs.SkillId == skill.Id)
            .Select(rs => new { rs.Role.Slug, rs.Role.Title, rs.Role.Category, rs.Source, rs.CitedIn })
            .ToListAsync(ct);
        var roles = links.GroupBy(l => (l.Slug, l.Title, l.Category))
            .Select(g => new SkillRoleRow(g.Key.Slug, g.Key.Title, g.Key.Category, g.Select(l => Provenance.From(l.Source, l.CitedIn)).Distinct().ToList()))
            .OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var ratings = db.OnetRatings.AsNoTracking().Where(r => r.SkillId == skill.Id);
        var rated = await ratings.OrderByDescending(r => r.Importance).ThenByDescending(r => r.Level).ThenBy(r => r.Role.Title).Take(TopRated)
            .Select(r => new SkillRatingRow(r.Role.Slug, r.Role.Title, r.Importance, r.ImportanceSuppressed, r.Level, r.LevelNotRelevant)).ToListAsync(ct);
        var used = await db.OnetTechnologies.AsNoTracking().Where(t => t.SkillId == skill.Id)
            .OrderByDescending(t => t.IsHot).ThenBy(t => t.Role.Title)
            .Select(t => new SkillTechnologyRow(t.Role.Slug, t.Role.Title, t.CommodityTitle, t.IsHot, t.IsInDemand)).ToListAsync(ct);
        var sourceIds = await ratings.Select(r => r.SourceId).Distinct()
            .Union(db.OnetTechnologies.Where(t => t.SkillId == skill.Id).Select(t => t.SourceId).Distinct()).ToListAsync(ct);
        var releases = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).ToListAsync(ct);
        return new SkillDetails(skill.Slug, skill.Name, skill.Kind, skill.Group, skill.Description, roles)
        {
            RatedBy = rated,
            RatedCount = await ratings.CountAsync(ct),
            UsedBy = used.DistinctBy(u => u.Slug).ToList(),
            OnetReleases = releases.Select(Onet.OnetReleaseRef.From).ToList(),
        };
    }
}
