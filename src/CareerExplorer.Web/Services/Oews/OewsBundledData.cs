using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Oews;

/// <summary>
/// The BLS OEWS national releases bundled in data/oews: national_M{YYYY}_dl.csv, or the workbook
/// national_M{YYYY}_dl.xlsx as BLS publishes it (taken over a CSV of the same year). The release
/// comes from the file name; a workbook that states another one is refused when read.
/// </summary>
public sealed class OewsBundledData(Importer<OewsRelease> importer) : IBundledDataSet
{
    public const string Folder = "oews";

    public IEnumerable<BundledRelease> Find(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, Folder);
        if (!Directory.Exists(folder))
            return [];
        return Directory.EnumerateFiles(folder, "national_M*_dl.*")
            .Where(f => Path.GetExtension(f) is ".csv" or ".xlsx")
            .Select(f => (File: f, Year: OewsFile.YearFromFileName(f)))
            .Where(f => f.Year is not null)
            .GroupBy(f => f.Year!.Value)
            .OrderBy(g => g.Key) // year order, as import-oews
            .Select(g => Release(g.Key, g.OrderBy(f => Path.GetExtension(f.File) == ".xlsx" ? 0 : 1).First().File))
            .ToList();
    }

    private BundledRelease Release(int year, string file) =>
        new(Datasets.BlsOews, Datasets.OewsRelease(year), OewsMapper.ReleaseName(year), [file],
            async ct => importer.Read(new ImportSource(file, await File.ReadAllBytesAsync(file, ct), ImportOptions.None)));
}
