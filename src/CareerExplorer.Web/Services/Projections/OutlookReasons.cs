namespace CareerExplorer.Web.Services.Projections;

/// <summary>
/// Why the articles' growth figures for a role differ from the official projection, read off the
/// figures: the period each covers, what it counts (job postings, search results, rankings or
/// jobs), the occupation it is for, the place, and how openings were counted. Nothing is written per role.
/// </summary>
public static class OutlookReasons
{
    public static IReadOnlyList<DifferenceReason> Find(string roleTitle, IReadOnlyList<OutlookFigureRow> articles, RoleOutlook? outlook)
    {
        var reasons = new List<DifferenceReason>();
        if (outlook is null || articles.Count == 0)
            return reasons;
        var latest = outlook.Latest;
        var official = $"BLS's latest projection, {latest.Period.Display}, is {ProjectedGrowth.SignedPercent(latest.ChangePercent)} for {latest.Title} ({latest.Code})";

        // Different periods: a ten-year projection ending in 2033 is the 2023-33 release, not 2024-34.
        var growth = articles.Where(a => a.Kind == OutlookKind.EmploymentGrowth && a.Unit == OutlookUnit.Percent && IsUnitedStates(a.Geography) && a.EndYear is not null).ToList();
        var otherPeriods = growth.Where(a => a.EndYear != latest.Period.TargetYear).ToList();
        if (otherPeriods.Count > 0)
        {
            var parts = otherPeriods.OrderBy(a => a.EndYear).Select(a =>
            {
                var start = a.StartYear ?? a.EndYear!.Value - 10;
                var period = new ProjectionPeriod(start, a.EndYear!.Value);
                var text = $"{a.ValueText} ({a.Provenance.Source.ShortName}) runs {start} to {a.EndYear}, the period of BLS's {period.Display} release";
                var match = outlook.History.FirstOrDefault(h => h.Period.TargetYear == a.EndYear);
                if (match is not null)
                    text += $", which projected {ProjectedGrowth.SignedPercent(match.ChangePercent)}";
                return text;
            });
            reasons.Add(new("outlook-period", "Different projection periods",
                $"{Capitalise(string.Join("; ", parts))}. {official}. BLS projects anew every year, ten years ahead from a new base year, so an older release's percentage is not today's outlook."));
        }

        var postings = articles.Where(a => a.Kind == OutlookKind.JobPostingGrowth).ToList();
        if (postings.Count > 0)
        {
            var list = string.Join("; ", postings.Select(p => $"{p.ValueText}{(p.PeriodText.Length > 0 ? $" ({p.PeriodText})" : "")} from {p.Provenance.Source.Publisher}"));
            reasons.Add(new("outlook-postings", "Job-posting growth is not employment growth",
                $"{Capitalise(list)}: growth in job postings, how many adverts employers put up, which jumps in a hiring boom and falls back after it. "
                + $"BLS projects how many people will hold the job ten years on: {ProjectedGrowth.SignedPercent(latest.ChangePercent)} over {latest.Period.Display}, from {ProjectedGrowth.Thousands(latest.EmploymentBase)} jobs. The two count different things."));
        }

        var counts = articles.Where(a => a.Kind is OutlookKind.Ranking || a.Kind == OutlookKind.Openings && a.Unit == OutlookUnit.Jobs && a.StartYear is null && a.EndYear is null).ToList();
        if (counts.Count > 0)
        {
            var list = string.Join("; ", counts.Select(c => $"{c.KindText.ToLowerInvariant()} {c.ValueText} ({c.Provenance.Source.Publisher}, {c.Year})"));
            reasons.Add(new("outlook-snapshot", "A snapshot, not a projection",
                $"{Capitalise(list)}: a count or a ranking on one day (job listings or search results open at the time, a list's place), not a projection over years. "
                + $"BLS's openings figure is a yearly average over {latest.Period.Display}: {ProjectedGrowth.Thousands(latest.Openings)} a year."));
        }

        if (outlook.Via == ProjectionVia.Proxy)
            reasons.Add(new("outlook-proxy", "A proxy occupation",
                $"BLS projects no occupation called {roleTitle}. The articles file it under {outlook.Occupation.Title} ({outlook.Occupation.Code}), whose projection is shown: "
                + $"{ProjectedGrowth.SignedPercent(latest.ChangePercent)} over {latest.Period.Display}. It counts everyone in that occupation, not only people with this title, "
                + "so a figure an article gives for the title may be another occupation's."
                + (outlook.OtherProxies.Count > 0
                    ? " Articles also file it under " + string.Join("; ", outlook.OtherProxies.Select(o => $"{o.Title} ({o.Code}), {ProjectedGrowth.SignedPercent(o.ChangePercent)}")) + ": different proxies, different growth."
                    : "")));
        else if (outlook.Via == ProjectionVia.PartOf)
            reasons.Add(new("outlook-proxy", "Projected as part of a wider occupation",
                $"BLS projects {roleTitle} within {outlook.Occupation.Title} ({latest.Code}): its {ProjectedGrowth.SignedPercent(latest.ChangePercent)} is for the whole occupation."));

        var elsewhere = articles.Where(a => !IsUnitedStates(a.Geography) && a.Kind is OutlookKind.EmploymentGrowth or OutlookKind.NewJobs).ToList();
        if (elsewhere.Count > 0)
            reasons.Add(new("outlook-place", "A different place",
                $"{Capitalise(string.Join("; ", elsewhere.Select(e => $"{e.ValueText} ({e.Provenance.Source.Publisher}) is for {(e.Geography is "WORLD" or "World" ? "the world" : e.Geography)}")))}. BLS projects U.S. employment only."));

        // BLS changed how it counts openings with the 2016-26 release: figures from before are not comparable.
        var oldPeriods = articles.Where(a => a.Kind is OutlookKind.Openings or OutlookKind.NewJobs
            && (a.StartYear ?? (a.EndYear is { } end ? end - 10 : int.MaxValue)) < ProjectionsFile.SeparationsMethodFrom).ToList();
        var oldReleases = outlook.History.Where(h => !h.OpeningsComparable).ToList();
        if (latest.Openings is not null && (oldPeriods.Count > 0 || oldReleases.Count > 0 || articles.Any(a => a.Kind == OutlookKind.Openings)))
        {
            var which = oldPeriods.Count > 0
                ? $"{Capitalise(string.Join("; ", oldPeriods.Select(a => $"{a.ValueText} ({a.Provenance.Source.ShortName}, {a.PeriodText})")))} comes from before the 2016–26 release. "
                : oldReleases.Count > 0 ? $"The {string.Join(", ", oldReleases.Select(r => r.Period.Display))} release{(oldReleases.Count == 1 ? "" : "s")} in the history came before the 2016–26 release. " : "";
            reasons.Add(new("outlook-openings", "Openings counted differently",
                which + "Until 2016–26, BLS counted openings from growth and net replacement needs (people leaving the labour force, net of those joining); "
                + "since then it counts every worker expected to leave the occupation, including those moving to another one, as an annual average. "
                + $"So openings now come out several times higher for the same jobs: {ProjectedGrowth.Thousands(latest.Openings)} a year for {latest.Title} in {latest.Period.Display}. "
                + "An article's count of openings may be yet another thing, such as job listings online."));
        }
        return reasons;
    }

    /// <summary>Rows carry the geography's name ("United States"); seed files its code.</summary>
    private static bool IsUnitedStates(string geography) => geography is "US" or "United States";

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
