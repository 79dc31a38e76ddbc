using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Cpi;

/// <summary>
/// Merges a CPI-U series into the CPI table: a year the file has is added or brought to the mean of
/// its months; a year it lacks is left as it is. All of it sourced to the series' one source
/// (<see cref="Datasets.BlsCpi"/>, release the latest month). One audit entry an import, not one per year.
/// </summary>
public sealed class CpiMapper : IImportMapper<CpiSeries>
{
    public string Name(CpiSeries series) => ReleaseName(series.Release);

    public static string ReleaseName(string release) => $"BLS CPI-U through {release}";

    public bool AuditsEachRow => false;

    public async Task<ImportMerge> MergeAsync(CareerDbContext db, CpiSeries series, CancellationToken ct)
    {
        var release = series.Release;
        var problems = new List<SeedError>();
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Dataset == Datasets.BlsCpi, ct)
            ?? await db.Sources.FirstOrDefaultAsync(s => s.Slug == CpiSource.SeedSlug && s.Dataset == null, ct);
        // An older file would take months back out of the latest years: the database keeps the newer series.
        if (source is { Dataset: Datasets.BlsCpi, Release: { } stored } && string.CompareOrdinal(stored, release) > 0)
            problems.Add(new SeedError(series.FileName, $"The database has the CPI-U through {stored}, newer than this file, which ends at {release}; import a file at least as recent."));

        KindCounts sources = new("Sources");
        if (source is null)
        {
            source = new Source { Slug = await FreeSlugAsync(db, ct), Publisher = "", Title = "" };
            db.Sources.Add(source);
            sources.Added++;
            sources.AddedExamples.Add(source.Slug);
        }
        var period = CpiSource.ReleasePeriod(series);
        if (source.Id > 0 && source is { Publisher: CpiSource.Publisher, Title: CpiSource.Title, Url: CpiSource.Url, Kind: SourceKind.GovernmentStatistics, Dataset: Datasets.BlsCpi, Note: CpiSource.Note }
            && source.Release == release && source.ReleasePeriod == period)
            sources.Unchanged++;
        else
        {
            if (source.Id > 0)
            {
                sources.Changed++;
                sources.ChangedExamples.Add(source.Slug);
            }
            (source.Publisher, source.Title, source.Url, source.Kind) = (CpiSource.Publisher, CpiSource.Title, CpiSource.Url, SourceKind.GovernmentStatistics);
            (source.Dataset, source.Release, source.ReleasePeriod, source.Note) = (Datasets.BlsCpi, release, period, CpiSource.Note);
            source.Year = int.Parse(release[..4], CultureInfo.InvariantCulture);
        }

        KindCounts years = new("CPI years");
        var existing = await db.CpiValues.ToDictionaryAsync(c => c.Year, ct);
        var derived = series.Years;
        foreach (var year in derived)
        {
            var label = $"CPI {year.Year}: {year.Value.ToString(CultureInfo.InvariantCulture)}" + (year.IsFull ? "" : $" ({CpiMonths.Count(year.Months)} months)");
            if (existing.TryGetValue(year.Year, out var found))
            {
                if (found.Value == year.Value && found.Months == year.Months && found.SourceId == source.Id && source.Id > 0)
                {
                    years.Unchanged++;
                    continue;
                }
                (found.Value, found.Months, found.Source) = (year.Value, year.Months, source);
                years.Changed++;
                if (years.ChangedExamples.Count < 10)
                    years.ChangedExamples.Add(label);
            }
            else
            {
                db.CpiValues.Add(new CpiValue { Year = year.Year, Value = year.Value, Months = year.Months, Source = source });
                years.Added++;
                if (years.AddedExamples.Count < 10)
                    years.AddedExamples.Add(label);
            }
        }
        db.ChangeTracker.DetectChanges();

        var partial = derived.Where(y => !y.IsFull).Select(y => $"{y.Year} ({CpiMonths.Count(y.Months)} months)").ToList();
        var summary = $"{ReleaseName(release)}: {series.Months.Count} months, {derived.Count} years {derived[0].Year}–{derived[^1].Year}"
            + (partial.Count > 0 ? $", partial: {string.Join(", ", partial)}" : "")
            + $"; {years.Added} added, {years.Changed} changed, {years.Unchanged} unchanged";
        return new ImportMerge([sources, years], problems,
            new ImportAudit("CPI series", source.Slug, $"Imported {ReleaseName(release)} from {series.FileName}", summary), summary + ".");
    }

    /// <summary>The seed's slug, unless another source holds it.</summary>
    private static async Task<string> FreeSlugAsync(CareerDbContext db, CancellationToken ct) =>
        await db.Sources.AnyAsync(s => s.Slug == CpiSource.SeedSlug, ct) ? "bls-cpi-u-monthly" : CpiSource.SeedSlug;
}
