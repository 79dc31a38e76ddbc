using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Onet;

/// <summary>
/// The O*NET releases bundled in data/onet: a folder a release, named by its version
/// (data/onet/29.0), holding the release's files as O*NET publishes them and its Read Me. Oldest
/// first, after the OEWS releases, so O*NET's ".00" occupations join the roles OEWS made.
/// </summary>
public sealed class OnetBundledData(Importer<OnetRelease> importer) : IBundledDataSet
{
    public const string Folder = "onet";

    public IEnumerable<BundledRelease> Find(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, Folder);
        if (!Directory.Exists(folder))
            return [];
        return Directory.EnumerateDirectories(folder)
            .Select(d => (Path: d, Version: OnetVersion.TryParse(Path.GetFileName(d), out var v) ? v : (OnetVersion?)null))
            .Where(d => d.Version is not null)
            .OrderBy(d => d.Version!.Value)
            .Select(d => Release(d.Version!.Value, d.Path))
            .ToList();
    }

    private BundledRelease Release(OnetVersion version, string folder)
    {
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        return new(Datasets.Onet, version.ToString(), $"O*NET {version}", files, async ct =>
        {
            var contents = new List<(string, byte[])>();
            foreach (var file in files)
                contents.Add((file, await File.ReadAllBytesAsync(file, ct)));
            var read = ((OnetReader)importer.Reader).ReadFiles(folder, contents, ImportOptions.None);
            // The folder's name is how a release already imported is recognised: it must be the release.
            if (read.Units is [var release] && release.Version != version)
                return new ImportPlan(folder, [], [new SeedError(OnetFiles.ReadMe, $"The folder is named {version} but its Read Me says O*NET {release.Version}; rename the folder.")], read.Records);
            return importer.Plan(folder, read.Units, read.Problems, read.Records);
        });
    }
}
