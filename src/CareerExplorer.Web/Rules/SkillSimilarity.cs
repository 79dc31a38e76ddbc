namespace CareerExplorer.Web.Rules;

/// <summary>
/// How alike two occupations' skill and knowledge profiles are, from O*NET's ratings: the cosine
/// similarity of their weighted level vectors. Each element (O*NET's 35 skills and 33 knowledge
/// areas) counts as its level (LV, 0 to 7) times its importance weight ((IM − 1) / 4, 0 to 1), so
/// an element neither needs weighs nothing and one both need at a high level weighs most; a level
/// rated not relevant counts as 0. 1 is the same profile, 0 nothing in common.
/// </summary>
public static class SkillSimilarity
{
    /// <summary>One element's weight in a profile.</summary>
    public static double Weight(decimal? importance, decimal? level, bool levelNotRelevant) =>
        importance is not { } im || level is not { } lv || levelNotRelevant ? 0 : (double)(lv * Math.Clamp((im - 1) / 4, 0, 1));

    /// <summary>The cosine similarity of two profiles (element id → weight); 0 when either is empty.</summary>
    public static double Of(IReadOnlyDictionary<int, double> a, IReadOnlyDictionary<int, double> b)
    {
        double dot = 0, aa = 0, bb = 0;
        foreach (var (element, wa) in a)
        {
            aa += wa * wa;
            if (b.TryGetValue(element, out var wb))
                dot += wa * wb;
        }
        foreach (var wb in b.Values)
            bb += wb * wb;
        return aa == 0 || bb == 0 ? 0 : dot / Math.Sqrt(aa * bb);
    }

    /// <summary>How much more of an element a move needs for it to count as a gap: a whole level on O*NET's 0–7 scale.</summary>
    public const decimal GapLevels = 1.0m;

    /// <summary>The importance (1–5) from which an element counts as one the target needs ("important" in O*NET's terms).</summary>
    public const decimal Important = 3.0m;

    /// <summary>How many nearest occupations are stored for each.</summary>
    public const int NearestStored = 10;
}
