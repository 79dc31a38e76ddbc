namespace CareerExplorer.Web.Services;

/// <summary>
/// Why a role's figures differ, read off the figures themselves: nothing here is written per role.
/// Each rule looks for one kind of difference and, when it is there, says what it is concretely.
/// </summary>
public static class DifferenceReasons
{
    public static IReadOnlyList<DifferenceReason> Find(
        string roleTitle, IReadOnlyList<CompareFigure> rows,
        IReadOnlyList<(string System, string Code, string Title)> codes, int targetYear, int currentYear, Onet.OnetTitleFiling? filing = null)
    {
        var reasons = new List<DifferenceReason>();
        if (filing is not null)
        {
            var list = string.Join("; ", filing.Occupations.Select(o => $"{o.Title} ({o.Code})"));
            reasons.Add(new("title-filing", "No occupation of its own",
                $"{filing.Release.Text} has no occupation called {roleTitle}: it lists the title under {Count(filing.Occupations.Count, "occupation", "occupations")} ({list}). "
                + "An official figure for any one of them covers everyone in that occupation, not only people with this title, and sources pick different ones."));
        }
        var figures = rows.Select(r => r.Figure).ToList();
        if (figures.Count == 0)
        {
            reasons.Insert(0, new("none", "No pay figures", $"None of our sources gives a pay figure for {roleTitle}."));
            return reasons;
        }

        var statistics = figures.Select(f => f.Statistic).Distinct().Order().ToList();
        if (statistics.Count > 1)
        {
            var names = string.Join(", ", statistics.Select(s => Display.Statistic(s).ToLowerInvariant()));
            var detail = $"The figures mix different statistics ({names}).";
            if (statistics.Contains(SalaryStatistic.Median) && statistics.Contains(SalaryStatistic.Mean))
                detail += " A median is the middle salary; an average (mean) is pulled up by a few very high salaries, so it usually comes out higher.";
            if (statistics.Contains(SalaryStatistic.Range))
                detail += " A range shows how far pay spreads, not what is typical.";
            if (statistics.Any(s => s is SalaryStatistic.P10 or SalaryStatistic.P25 or SalaryStatistic.P75 or SalaryStatistic.P90))
                detail += " Percentiles describe the low or high end of pay, not the middle.";
            reasons.Add(new("statistic", "Different statistics", detail));
        }

        var components = figures.Select(f => f.PayComponent).Distinct().ToList();
        if (components.Contains(PayComponent.Total) && components.Count > 1)
        {
            var total = figures.Count(f => f.PayComponent == PayComponent.Total);
            reasons.Add(new("pay-component", "Total pay and base salary",
                $"{Count(total, "figure is", "figures are")} total pay (which can include bonuses, commissions and stock); the others are base salary or do not say. Total pay runs higher than base salary."));
        }

        var years = figures.Select(f => f.Year).Distinct().Order().ToList();
        if (years.Count > 1)
        {
            var detail = $"The figures are for different years, {years[0]} to {years[^1]}. Pay changes over time, so the normalised column restates each one in {targetYear} dollars using the consumer price index.";
            var nominal = rows.Where(r => !r.Adjusted).Select(r => r.Figure.Year).Distinct().Order().ToList();
            if (nominal.Count > 0)
                detail += $" The index has no value for {string.Join(", ", nominal)}, so {Count(rows.Count(r => !r.Adjusted), "figure is", "figures are")} left in nominal dollars.";
            reasons.Add(new("years", "Different years", detail));
        }

        var occupations = codes.DistinctBy(c => c.Title).ToList();
        if (occupations.Count > 1)
        {
            var list = string.Join("; ", occupations.Select(c => $"{c.Title} ({c.System} {c.Code})"));
            reasons.Add(new("occupation", "Different occupations used as a proxy",
                $"Official statistics have no category of their own for {roleTitle}, and sources file it under different occupations: {list}. A proxy occupation's pay describes everyone in that occupation, not only people in this role."));
        }
        else if (occupations.Count == 1 && figures.Any(f => f.Provenance.Source.Kind == SourceKind.GovernmentStatistics))
        {
            var c = occupations[0];
            reasons.Add(new("occupation", "An occupation used as a proxy",
                $"Government figures here are for the occupation {c.Title} ({c.System} {c.Code}), which includes more people than {roleTitle}s."));
        }

        var bases = figures.Select(f => f.Basis).Distinct().ToList();
        if (bases.Count > 1)
            reasons.Add(new("basis", "Hourly and annual figures",
                $"{Count(figures.Count(f => f.Basis == PayBasis.Hourly), "figure is an hourly wage", "figures are hourly wages")}, converted to a year at {Normalisation.HoursPerYear:#,0} hours (40 hours a week, 52 weeks). People who work fewer hours earn less than that."));

        var selfReported = figures.Where(f => f.Provenance.Source.Kind is SourceKind.SalarySite or SourceKind.JobBoard or SourceKind.ProfessionalNetwork)
            .Select(f => f.Provenance.Source.Publisher).Distinct().ToList();
        var surveys = figures.Where(f => f.Provenance.Source.Kind is SourceKind.GovernmentStatistics or SourceKind.OccupationalDatabase)
            .Select(f => f.Provenance.Source.Publisher).Distinct().ToList();
        var uncredited = figures.Count(f => f.Provenance.Source.Kind is SourceKind.Article or SourceKind.EducationProvider or SourceKind.IndustryReport);
        var kinds = (selfReported.Count > 0 ? 1 : 0) + (surveys.Count > 0 ? 1 : 0) + (uncredited > 0 ? 1 : 0);
        if (kinds > 1)
        {
            var parts = new List<string>();
            if (selfReported.Count > 0)
                parts.Add($"salary sites and job boards ({string.Join(", ", selfReported)}) use pay reported by their users or shown in job adverts, which skews towards people and employers who choose to share it");
            if (surveys.Count > 0)
                parts.Add($"government statistics ({string.Join(", ", surveys)}) come from large surveys of employers");
            if (uncredited > 0)
                parts.Add($"{Count(uncredited, "figure comes", "figures come")} from articles or reports that do not say where the number came from");
            reasons.Add(new("source-kind", "Different kinds of source", Capitalise(string.Join("; ", parts)) + "."));
        }

        var dated = figures.Where(f => f.IsDated(currentYear)).ToList();
        if (dated.Count > 0)
            reasons.Add(new("dated", "Dated figures",
                $"{Count(dated.Count, "figure is", "figures are")} more than {FigureAge.DatedAfterYears} years old ({string.Join(", ", dated.Select(f => f.Year).Distinct().Order())}); the job and its pay may have changed since."));

        var secondHand = figures.Count(f => f.Provenance.CitedIn is not null);
        if (secondHand > 0 && secondHand < figures.Count)
            reasons.Add(new("second-hand", "Quoted second-hand",
                $"{Count(secondHand, "figure is", "figures are")} quoted by an article rather than taken from the publisher; articles may round, relabel or re-date a number."));

        var geographies = figures.Select(f => f.Geography).Distinct().ToList();
        if (geographies.Count > 1)
            reasons.Add(new("geography", "Different places", $"The figures cover different places: {string.Join(", ", geographies)}."));

        if (reasons.Count == 0)
            reasons.Add(new("agree", "Nothing to reconcile", figures.Count == 1 ? "There is only one figure." : "These figures share statistic, year, basis and kind of source."));
        return reasons;
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
