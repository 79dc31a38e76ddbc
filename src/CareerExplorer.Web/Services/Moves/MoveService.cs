using CareerExplorer.Web.Services.Onet;

namespace CareerExplorer.Web.Services.Moves;

/// <summary>What the moves page lets a reader ask for: only moves that pay more, grow faster than average, need no more education; all of them, not a handful.</summary>
public sealed record MoveFilters(bool PaysMore = false, bool GrowsFaster = false, bool NoMoreEducation = false, bool All = false)
{
    /// <summary>How many moves are shown unless all are asked for.</summary>
    public const int Handful = 8;

    public static bool Flag(string? value) => value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("on", StringComparison.OrdinalIgnoreCase));

    public static MoveFilters Parse(string? more, string? faster, string? education, string? all) => new(Flag(more), Flag(faster), Flag(education), Flag(all));
}

/// <summary>A role as the moves page shows it: its latest official pay and projection (each with source and year), and what it takes.</summary>
public sealed record MoveRole(string Slug, string Title, OfficialHeadline? Official, ProjectionHeadline? Projection, int? JobZone, string? JobZoneName, int? RequiredLevel, string? RequiredText)
{
    public decimal? Median => Official?.Median.Amount;
    public string JobZoneText => JobZone is { } z ? (JobZoneName is { } n ? $"{z}: {OnetProfiles.JobZoneShortName(n)}" : $"Job zone {z}") : "not rated";
    public string RequiredShort => RequiredText is { } t ? OnetProfiles.ShortLabel(t) : "not rated";
}

/// <summary>A skill or knowledge area in a move: the levels (0–7) both roles need, and how important it is to the target (1–5). A level O*NET rated not relevant counts as 0 and is shown as "not relevant".</summary>
public sealed record SkillLevels(string Slug, string Name, SkillKind Kind, decimal FromLevel, decimal ToLevel, decimal? ToImportance)
{
    public bool FromNotRelevant { get; init; }
    public bool ToNotRelevant { get; init; }
    public decimal Difference => ToLevel - FromLevel;
    public string FromText => FromNotRelevant ? "not relevant" : Text(FromLevel);
    public string ToText => ToNotRelevant ? "not relevant" : Text(ToLevel);
    public static string Text(decimal level) => level.ToString("0.0", CultureInfo.InvariantCulture);
}

/// <summary>One move from a role: where to, why it is suggested, and what it changes and takes.</summary>
public sealed record CareerMove(MoveRole To, OnetRelatedTier? Tier, double? Similarity, decimal? PayDifference,
    decimal? AverageChange, IReadOnlyList<SkillLevels> Gaps, IReadOnlyList<SkillLevels> Strengths)
{
    /// <summary>Whether the target's projected change beats the all-occupations change of the same release; null when either is missing.</summary>
    public bool? GrowsFaster => To.Projection?.ChangePercent is { } c && AverageChange is { } a ? c > a : null;

    public string SimilarityText => Similarity is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "";
}

/// <summary>The moves page of a role: the articles' ladders first, then the moves computed from O*NET for every occupation.</summary>
public sealed record RoleMoves(MoveRole From, IReadOnlyList<PathRole> WaysIn, IReadOnlyList<PathRole> LeadsTo,
    IReadOnlyList<CareerMove> Moves, int Found, MoveFilters Filters, OnetReleaseRef? OnetRelease, bool HasRatings);

/// <summary>One move in full: both roles' skills and knowledge on one scale, the target's tasks and the technologies to learn.</summary>
public sealed record MoveDetails(MoveRole From, CareerMove Move, IReadOnlyList<SkillLevels> Skills, IReadOnlyList<string> Tasks,
    IReadOnlyList<OnetTechnologyItem> TechnologiesToLearn, OnetReleaseRef? OnetRelease)
{
    public bool IsGap(SkillLevels s) => Move.Gaps.Contains(s);
}

public sealed class MoveService(CareerDbContext db, RoleService roles)
{
    public async Task<RoleMoves?> MovesAsync(string slug, MoveFilters filters, CancellationToken ct = default)
    {
        await db.OpenForReadsAsync(ct);
        var from = await db.Roles.AsNoTracking().Where(r => r.Slug == slug).Select(r => new { r.Id, r.Slug, r.Title }).SingleOrDefaultAsync(ct);
        if (from is null)
            return null;

        // Candidates, in order: the occupations O*NET relates to it (by tier and rank), then the
        // stored nearest in skills and knowledge that O*NET does not list.
        // (Ordered here: the tier is stored by name, and the database would sort the names.)
        var related = (await db.OnetRelated.AsNoTracking().Where(r => r.RoleId == from.Id)
                .Select(r => new { r.RelatedRoleId, r.Tier, r.Index }).ToListAsync(ct))
            .OrderBy(r => r.Tier).ThenBy(r => r.Index).ToList();
        var nearest = await db.RoleMoves.AsNoTracking().Where(m => m.FromRoleId == from.Id).OrderBy(m => m.Rank)
            .Select(m => new { m.ToRoleId, m.Similarity }).ToListAsync(ct);
        var candidates = related.Select(r => (Id: r.RelatedRoleId, Tier: (OnetRelatedTier?)r.Tier))
            .Concat(nearest.Where(n => related.All(r => r.RelatedRoleId != n.ToRoleId)).Select(n => (Id: n.ToRoleId, Tier: (OnetRelatedTier?)null)))
            .DistinctBy(c => c.Id).Where(c => c.Id != from.Id).ToList();
        var built = await BuildAsync(from.Id, candidates, ct);
        var fromRole = built.From;

        var kept = built.Moves.Select(m => m.Move).Where(m =>
            (!filters.PaysMore || m.PayDifference > 0)
            && (!filters.GrowsFaster || m.GrowsFaster == true)
            && (!filters.NoMoreEducation || (m.To.RequiredLevel is { } need && fromRole.RequiredLevel is { } has && need <= has))).ToList();

        var steps = await db.CareerSteps.AsNoTracking().Where(s => s.Kind != CareerStepKind.Related && (s.FromRoleId == from.Id || s.ToRoleId == from.Id))
            .Select(s => new { s.Kind, s.FromRoleId, FromSlug = s.FromRole.Slug, FromTitle = s.FromRole.Title, ToSlug = s.ToRole.Slug, ToTitle = s.ToRole.Title, s.Source, s.CitedIn })
            .ToListAsync(ct);
        IReadOnlyList<PathRole> Group(IEnumerable<(string Slug, string Title, CareerStepKind Kind, Provenance Provenance)> found) =>
            found.GroupBy(s => (s.Slug, s.Title, s.Kind)).Select(g => new PathRole(g.Key.Slug, g.Key.Title, g.Key.Kind, g.Select(s => s.Provenance).Distinct().ToList()))
                .OrderBy(r => r.Kind).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToList();
        return new RoleMoves(fromRole,
            Group(steps.Where(s => s.FromRoleId != from.Id).Select(s => (s.FromSlug, s.FromTitle, s.Kind, Provenance.From(s.Source, s.CitedIn)))),
            Group(steps.Where(s => s.FromRoleId == from.Id).Select(s => (s.ToSlug, s.ToTitle, s.Kind, Provenance.From(s.Source, s.CitedIn)))),
            filters.All ? kept : kept.Take(MoveFilters.Handful).ToList(), kept.Count, filters, built.Release, built.FromRated);
    }

    /// <summary>One move in full, between any two roles (null when either is unknown or they are the same).</summary>
    public async Task<MoveDetails?> MoveAsync(string fromSlug, string toSlug, CancellationToken ct = default)
    {
        await db.OpenForReadsAsync(ct);
        var ids = await db.Roles.AsNoTracking().Where(r => r.Slug == fromSlug || r.Slug == toSlug).Select(r => new { r.Id, r.Slug }).ToListAsync(ct);
        if (ids.FirstOrDefault(r => r.Slug == fromSlug) is not { } from || ids.FirstOrDefault(r => r.Slug == toSlug) is not { } to || from.Id == to.Id)
            return null;
        var tier = await db.OnetRelated.AsNoTracking().Where(r => r.RoleId == from.Id && r.RelatedRoleId == to.Id).Select(r => (OnetRelatedTier?)r.Tier).FirstOrDefaultAsync(ct);
        var built = await BuildAsync(from.Id, [(to.Id, tier)], ct);
        var (move, skills) = built.Moves.Single();

        var tasks = await db.OnetTasks.AsNoTracking().Where(t => t.RoleId == to.Id && t.Type == OnetTaskType.Core).OrderBy(t => t.TaskId).Select(t => t.Text).Take(8).ToListAsync(ct);
        var known = db.OnetTechnologies.Where(t => t.RoleId == from.Id).Select(t => t.SkillId);
        var technologies = (await db.OnetTechnologies.AsNoTracking().Where(t => t.RoleId == to.Id && !known.Contains(t.SkillId))
                .Select(t => new { t.Skill.Slug, t.Skill.Name, t.IsHot, t.IsInDemand }).ToListAsync(ct))
            .DistinctBy(t => t.Slug).OrderByDescending(t => t.IsInDemand).ThenByDescending(t => t.IsHot).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .Take(15).Select(t => new OnetTechnologyItem(t.Slug, t.Name, t.IsHot, t.IsInDemand)).ToList();
        return new MoveDetails(built.From, move, skills, tasks, technologies, built.Release);
    }

    /// <summary>
    /// The moves from one role to the candidates: both roles as the page shows them (official
    /// pay, projection, what it takes) and the skills and knowledge they both rate, with the gaps
    /// and strengths; a fixed number of queries for any number of candidates.
    /// </summary>
    private async Task<(MoveRole From, List<(CareerMove Move, List<SkillLevels> Skills)> Moves, OnetReleaseRef? Release, bool FromRated)> BuildAsync(
        int fromId, IReadOnlyList<(int Id, OnetRelatedTier? Tier)> candidates, CancellationToken ct)
    {
        var ids = candidates.Select(c => c.Id).Append(fromId).ToList();
        var items = (await roles.ItemsAsync(ids, ct)).ToDictionary(i => i.Slug);
        var keys = await db.Roles.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Join(db.RoleSummaries, r => r.Id, s => s.RoleId, (r, s) => new { r.Id, r.Slug, s.JobZone, s.RequiredLevel, s.RequiredLevelText })
            .ToDictionaryAsync(k => k.Id, ct);
        var zoneNames = (await db.OnetJobZoneLevels.AsNoTracking().Select(z => new { z.Zone, z.Name }).ToListAsync(ct))
            .DistinctBy(z => z.Zone).ToDictionary(z => z.Zone, z => z.Name);
        var ratings = (await db.OnetRatings.AsNoTracking().Where(r => ids.Contains(r.RoleId))
                .Select(r => new { r.RoleId, r.SkillId, r.Skill.Slug, r.Skill.Name, r.Kind, r.Importance, r.Level, r.LevelNotRelevant, r.SourceId })
                .ToListAsync(ct))
            .ToLookup(r => r.RoleId);
        var nearest = await db.RoleMoves.AsNoTracking().Where(m => m.FromRoleId == fromId && ids.Contains(m.ToRoleId))
            .ToDictionaryAsync(m => m.ToRoleId, m => m.Similarity, ct);
        var averages = (await db.EmploymentProjections.AsNoTracking().Where(p => p.RoleId == null)
                .Select(p => new { p.Source.Slug, p.ChangePercent }).ToListAsync(ct))
            .DistinctBy(p => p.Slug).ToDictionary(p => p.Slug, p => p.ChangePercent);

        MoveRole Role(int id)
        {
            var k = keys[id];
            var item = items.GetValueOrDefault(k.Slug);
            return new MoveRole(k.Slug, item?.Title ?? k.Slug, item?.Official, item?.Projection, k.JobZone,
                k.JobZone is { } z ? zoneNames.GetValueOrDefault(z) : null, k.RequiredLevel, k.RequiredLevelText);
        }
        IReadOnlyDictionary<int, double> Profile(int id) => ratings[id].GroupBy(r => r.SkillId)
            .ToDictionary(g => g.Key, g => g.Max(r => SkillSimilarity.Weight(r.Importance, r.Level, r.LevelNotRelevant)));
        // Each element's level (0 when rated not relevant), with its importance: what the gap compares.
        Dictionary<int, (string Slug, string Name, SkillKind Kind, decimal Level, bool NotRelevant, decimal? Importance)> Levels(int id) =>
            ratings[id].Where(r => r.Level is not null).GroupBy(r => r.SkillId).ToDictionary(g => g.Key, g =>
            {
                var r = g.First();
                return (r.Slug, r.Name, r.Kind, r.LevelNotRelevant ? 0m : r.Level!.Value, r.LevelNotRelevant, r.Importance);
            });

        var fromRole = Role(fromId);
        var fromProfile = Profile(fromId);
        var fromLevels = Levels(fromId);
        var moves = candidates.Where(c => keys.ContainsKey(c.Id)).Select(c =>
        {
            var to = Role(c.Id);
            var shared = Levels(c.Id).Where(t => fromLevels.ContainsKey(t.Key))
                .Select(t => new SkillLevels(t.Value.Slug, t.Value.Name, t.Value.Kind, fromLevels[t.Key].Level, t.Value.Level, t.Value.Importance)
                {
                    FromNotRelevant = fromLevels[t.Key].NotRelevant, ToNotRelevant = t.Value.NotRelevant,
                })
                .OrderByDescending(s => s.ToImportance).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
            var similarity = nearest.TryGetValue(c.Id, out var stored) ? stored
                : fromProfile.Count > 0 && ratings[c.Id].Any() ? SkillSimilarity.Of(fromProfile, Profile(c.Id)) : (double?)null;
            var move = new CareerMove(to, c.Tier, similarity,
                fromRole.Median is { } a && to.Median is { } b ? b - a : null,
                to.Projection?.SourceSlug is { } release ? averages.GetValueOrDefault(release) : null,
                // The gap: what the target needs clearly more of, among what it rates important; the strengths: what carries over.
                shared.Where(s => s.ToImportance >= SkillSimilarity.Important && s.Difference >= SkillSimilarity.GapLevels)
                    .OrderByDescending(s => s.Difference).ThenByDescending(s => s.ToImportance).Take(5).ToList(),
                shared.Where(s => s.ToImportance >= SkillSimilarity.Important && s.Difference <= 0)
                    .OrderByDescending(s => s.ToImportance).ThenByDescending(s => s.FromLevel).Take(3).ToList());
            return (move, shared);
        }).ToList();
        var fromSourceId = ratings[fromId].Select(r => (int?)r.SourceId).Max();
        var fromSource = fromSourceId is { } sid ? await db.Sources.AsNoTracking().SingleAsync(s => s.Id == sid, ct) : null;
        return (fromRole, moves, fromSource is null ? null : OnetReleaseRef.From(fromSource), fromLevels.Count > 0);
    }
}
