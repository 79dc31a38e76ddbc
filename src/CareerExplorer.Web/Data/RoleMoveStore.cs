using CareerExplorer.Web.Rules;

namespace CareerExplorer.Web.Data;

/// <summary>
/// Keeps <see cref="RoleMove"/> in step with O*NET's ratings: every role's nearest occupations in
/// skills and knowledge, recomputed whole (every role against every other, about 900 O*NET
/// occupations: well under a second) in the transaction of the change that alters the ratings (an
/// O*NET import, a save of ratings, a rebuild).
/// </summary>
public static class RoleMoveStore
{
    public static async Task RefreshAsync(CareerDbContext db, CancellationToken ct = default)
    {
        var ratings = await db.OnetRatings.AsNoTracking()
            .Select(r => new { r.RoleId, r.SkillId, r.Importance, r.Level, r.LevelNotRelevant, r.SourceId })
            .ToListAsync(ct);
        var profiles = ratings.GroupBy(r => r.RoleId)
            .Select(g => (RoleId: g.Key, SourceId: g.Max(r => r.SourceId),
                Weights: (IReadOnlyDictionary<int, double>)g.GroupBy(r => r.SkillId)
                    .ToDictionary(e => e.Key, e => e.Max(r => SkillSimilarity.Weight(r.Importance, r.Level, r.LevelNotRelevant)))))
            .Where(p => p.Weights.Values.Any(w => w > 0))
            .ToList();

        var moves = new List<RoleMove>();
        foreach (var from in profiles)
        {
            var nearest = profiles.Where(to => to.RoleId != from.RoleId)
                .Select(to => (to.RoleId, Similarity: SkillSimilarity.Of(from.Weights, to.Weights)))
                .OrderByDescending(m => m.Similarity).ThenBy(m => m.RoleId)
                .Take(SkillSimilarity.NearestStored);
            moves.AddRange(nearest.Select((m, i) => new RoleMove
            {
                FromRoleId = from.RoleId, ToRoleId = m.RoleId, Rank = i + 1, Similarity = Math.Round(m.Similarity, 4), SourceId = from.SourceId,
            }));
        }

        await db.RoleMoves.ExecuteDeleteAsync(ct);
        await BulkInsert.RowsAsync(db, "RoleMoves", ["FromRoleId", "ToRoleId", "Rank", "Similarity", "SourceId"],
            moves.Select(m => new object?[] { m.FromRoleId, m.ToRoleId, m.Rank, m.Similarity, m.SourceId }), ct);
    }
}
