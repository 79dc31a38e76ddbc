namespace CareerExplorer.Web.Services.Importing;

/// <summary>
/// Which role an official occupation row (OEWS, Employment Projections) belongs to, so every BLS
/// data set joins the same role for the same occupation.
/// </summary>
public static class OccupationMatch
{
    /// <summary>
    /// The role carrying the code in the same SOC edition; else, across the 2018 revision, one
    /// whose code in the other edition has the same number or the identical title. Only codes
    /// from a classification count, not a proxy an article used (those have a "cited in"), and
    /// never a role that already has another code in this edition.
    /// </summary>
    public static Role? Find(IEnumerable<Role> roles, string system, string code, string title)
    {
        static bool Direct(OccupationCode c) => c.CitedInId is null && c.CitedIn is null;
        bool Free(Role r) => !r.OccupationCodes.Any(c => Direct(c) && c.System == system && c.Code != code);
        Role? Best(IEnumerable<Role> candidates) => candidates.Distinct()
            .OrderByDescending(r => Singular(r.Title) == Singular(title)).ThenBy(r => r.Slug, StringComparer.Ordinal).FirstOrDefault();

        return Best(roles.Where(r => r.OccupationCodes.Any(c => Direct(c) && c.System == system && c.Code == code)))
            ?? Best(roles.Where(r => Free(r) && r.OccupationCodes.Any(c => Direct(c) && c.System != system && c.System.StartsWith("SOC", StringComparison.Ordinal)
                && (c.Code == code || c.Title.Equals(title, StringComparison.OrdinalIgnoreCase)))));
    }

    private static string Singular(string title) => title.Trim().TrimEnd('s').ToLowerInvariant();
}
