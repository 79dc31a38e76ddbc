namespace CareerExplorer.Web.Services;

public sealed record PathRole(string Slug, string Title, CareerStepKind Kind, IReadOnlyList<Provenance> Provenances)
{
    public string SourcesText => string.Join("; ", Provenances.Select(p => p.Text).Distinct());
}

/// <summary>One career ladder: the ways into a role, the role, and where it leads.</summary>
public sealed record CareerLadder(string Slug, string Title, IReadOnlyList<PathRole> WaysIn, IReadOnlyList<PathRole> LeadsTo);

public sealed class PathService(CareerDbContext db)
{
    /// <summary>Ladders for every role that has a way in or a step onwards, busiest first.</summary>
    public async Task<IReadOnlyList<CareerLadder>> LaddersAsync(CancellationToken ct = default)
    {
        var steps = await db.CareerSteps.AsNoTracking()
            .Where(s => s.Kind != CareerStepKind.Related)
            .Select(s => new
            {
                s.Kind, FromSlug = s.FromRole.Slug, FromTitle = s.FromRole.Title,
                ToSlug = s.ToRole.Slug, ToTitle = s.ToRole.Title, s.Source, s.CitedIn,
            })
            .ToListAsync(ct);

        IReadOnlyList<PathRole> Group<T>(IEnumerable<T> items, Func<T, (string Slug, string Title, CareerStepKind Kind)> key, Func<T, Provenance> provenance) =>
            items.GroupBy(key)
                .Select(g => new PathRole(g.Key.Slug, g.Key.Title, g.Key.Kind, g.Select(provenance).Distinct().ToList()))
                .OrderBy(r => r.Kind).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
                .ToList();

        var hubs = steps.Select(s => (s.ToSlug, s.ToTitle)).Concat(steps.Select(s => (s.FromSlug, s.FromTitle))).Distinct();
        return hubs
            .Select(hub => new CareerLadder(hub.Item1, hub.Item2,
                Group(steps.Where(s => s.ToSlug == hub.Item1), s => (s.FromSlug, s.FromTitle, s.Kind), s => Provenance.From(s.Source, s.CitedIn)),
                Group(steps.Where(s => s.FromSlug == hub.Item1), s => (s.ToSlug, s.ToTitle, s.Kind), s => Provenance.From(s.Source, s.CitedIn))))
            // A ladder needs both a way in and a way on; roles that are only a rung appear within others.
            .Where(l => l.WaysIn.Count > 0 && l.LeadsTo.Count > 0)
            .OrderByDescending(l => l.WaysIn.Count + l.LeadsTo.Count).ThenBy(l => l.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
