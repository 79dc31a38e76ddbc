using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Cpi;

/// <summary>
/// The CPI-U monthly series bundled as data/cpi/cpi-u-monthly.csv. Imported first, before the
/// OEWS releases, so adjusted figures are right from early on. Its release is the file's latest
/// month, read from its last line (a small file), so a newer file is imported on the next start.
/// </summary>
public sealed class CpiBundledData(Importer<CpiSeries> importer) : IBundledDataSet
{
    public const string Folder = "cpi";
    public const string FileName = "cpi-u-monthly.csv";

    public IEnumerable<BundledRelease> Find(string dataFolder)
    {
        var file = Path.Combine(dataFolder, Folder, FileName);
        if (!File.Exists(file))
            return [];
        var last = File.ReadLines(file).LastOrDefault(l => l.Trim().Length > 0) ?? "";
        // "2026-05-01,335.123,0.63": the release is the month; anything else is read (and refused) as the file is imported.
        var release = last.Length >= 7 && DateOnly.TryParseExact(last[..7], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? last[..7] : "unknown";
        return [new BundledRelease(Datasets.BlsCpi, release, CpiMapper.ReleaseName(release), [file],
            async ct => importer.Read(new ImportSource(file, await File.ReadAllBytesAsync(file, ct), ImportOptions.None)))];
    }
}
