using System.Text.RegularExpressions;
using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Projections;

/// <summary>
/// The BLS Employment Projections releases bundled in data/projections: occupation_{YYYY-YY}.xlsx,
/// the occupation workbook as BLS publishes it (occupation.xlsx), named by its release. The period
/// the name gives only says whether the release is in the database; the workbook's own title
/// decides what is imported, and a workbook of another period is refused when read.
/// </summary>
public sealed partial class ProjectionsBundledData(Importer<ProjectionsRelease> importer) : IBundledDataSet
{
    public const string Folder = "projections";

    public IEnumerable<BundledRelease> Find(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, Folder);
        if (!Directory.Exists(folder))
            return [];
        return Directory.EnumerateFiles(folder, "occupation_*.xlsx")
            .Select(f => (File: f, Match: FilePeriod().Match(Path.GetFileName(f))))
            .Where(f => f.Match.Success && ProjectionPeriod.TryParse(f.Match.Groups[1].Value, out _))
            .Select(f => (f.File, Period: ProjectionPeriod.TryParse(f.Match.Groups[1].Value, out var p) ? p : default))
            .OrderBy(f => f.Period.BaseYear)
            .Select(f => Release(f.Period, f.File))
            .ToList();
    }

    private BundledRelease Release(ProjectionPeriod period, string file) =>
        new(Datasets.BlsProjections, period.ToString(), ProjectionsMapper.ReleaseName(period.ToString()), [file],
            async ct =>
            {
                var plan = importer.Read(new ImportSource(file, await File.ReadAllBytesAsync(file, ct), ImportOptions.None));
                var stated = plan.Steps.Select(s => s.Name).FirstOrDefault();
                return stated is null || stated == ProjectionsMapper.ReleaseName(period.ToString())
                    ? plan
                    : plan with { Steps = [], Problems = [new SeedError(Path.GetFileName(file), $"The file name says {period}, but the workbook is {stated}; rename it after the release it holds.")] };
            });

    [GeneratedRegex(@"^occupation_(\d{4}-\d{2})\.xlsx$", RegexOptions.IgnoreCase)]
    private static partial Regex FilePeriod();
}
