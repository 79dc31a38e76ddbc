using System.IO.Compression;
using CareerExplorer.Web.Services.Oews;
using CareerExplorer.Web.Services.Onet;

namespace CareerExplorer.Web.Services.Importing;

/// <summary>A file of a zip archive, unpacked.</summary>
public sealed record ZipFileEntry(string FullName, byte[] Content)
{
    public string Name => Path.GetFileName(FullName);
    public string Folder => Path.GetDirectoryName(FullName.Replace('\\', '/'))?.Replace('\\', '/') ?? "";
}

/// <summary>
/// Unpacks an uploaded archive without trusting it: the sizes an archive declares are the
/// sender's word, so each is checked on its own (their sum cannot overflow) and reading stops at
/// the limit whatever they say.
/// </summary>
public static class SafeZip
{
    public const long MaxUnzippedBytes = 200 * 1024 * 1024;

    public static IReadOnlyList<ZipFileEntry>? Unpack(string name, byte[] content, List<SeedError> problems)
    {
        if (content is not [(byte)'P', (byte)'K', 3, 4, _, ..])
        {
            problems.Add(new SeedError(name, "The file is named .zip but is not a zip archive."));
            return null;
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var files = zip.Entries.Where(e => e.FullName.Length > 0 && !e.FullName.EndsWith('/')).ToList();
            if (files.Count == 0)
            {
                problems.Add(new SeedError(name, "The zip archive holds no files."));
                return null;
            }
            if (files.FirstOrDefault(e => e.Length is < 0 or > MaxUnzippedBytes) is { } huge)
            {
                problems.Add(new SeedError(huge.FullName, $"The zip archive says this file unpacks to {DescribeSize(huge.Length)}; at most {MaxUnzippedBytes / 1024 / 1024} MB can be imported."));
                return null;
            }
            if (files.Sum(e => e.Length) > MaxUnzippedBytes)
            {
                problems.Add(new SeedError(name, $"The zip archive unpacks to more than {MaxUnzippedBytes / 1024 / 1024} MB; at most {MaxUnzippedBytes / 1024 / 1024} MB can be imported."));
                return null;
            }
            var budget = MaxUnzippedBytes;
            var entries = new List<ZipFileEntry>();
            foreach (var entry in files)
            {
                if (ReadAtMost(entry, budget) is not { } bytes)
                {
                    problems.Add(new SeedError(entry.FullName, $"The file unpacks to more than the archive says, or than {MaxUnzippedBytes / 1024 / 1024} MB in all; nothing was taken from the archive."));
                    return null;
                }
                budget -= bytes.Length;
                entries.Add(new ZipFileEntry(entry.FullName, bytes));
            }
            return entries;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            problems.Add(new SeedError(name, "The zip archive is damaged: " + ex.Message));
            return null;
        }
    }

    /// <summary>An entry's bytes, or null when it unpacks to more than it declares or than <paramref name="budget"/> allows.</summary>
    private static byte[]? ReadAtMost(ZipArchiveEntry entry, long budget)
    {
        var limit = Math.Min(budget, entry.Length);
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>What an archive holds, for a message: its first files' paths.</summary>
    public static string Contents(IReadOnlyList<ZipFileEntry> entries) =>
        string.Join(", ", entries.Take(8).Select(e => e.FullName)) + (entries.Count > 8 ? $" and {entries.Count - 8} more files" : "");

    private static string DescribeSize(long bytes) => bytes < 0 ? "a negative size" : $"{bytes / 1024.0 / 1024.0:#,0.0} MB";
}

/// <summary>
/// A .zip: what Export gives (data/seed files, and a folder of O*NET files for each O*NET release
/// held), an O*NET release as O*NET publishes it, or a BLS OEWS national release as BLS
/// distributes it (oesm23nat.zip). Its data/seed files are one unit, each O*NET folder (one
/// holding a Read Me.txt or a file named like O*NET's) a release, each OEWS data file (found by
/// its header) a release; the data/seed unit commits first, so the roles it names are there for the releases.
/// </summary>
public sealed class ArchiveImporter(Importer<SeedUnit> seed, Importer<OnetRelease> onet, Importer<OewsRelease> oews) : IImporter
{
    public bool Claims(ImportSource source) => source.Extension == ".zip";

    public ImportPlan Read(ImportSource source)
    {
        var problems = new List<SeedError>();
        if (SafeZip.Unpack(source.Name, source.Content, problems) is not { } entries)
            return new ImportPlan(source.Name, [], problems, 0);

        var onetFolders = entries.Where(e => OnetFiles.IsReadMe(e.Name) || OnetFiles.KindOf(e.Name) is not null)
            .Select(e => e.Folder).ToHashSet(StringComparer.Ordinal);
        // Other files O*NET publishes in a release's folder (Abilities.txt...) are not used.
        var rest = entries.Where(e => !onetFolders.Contains(e.Folder) || e.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ToList();
        var oewsRead = ((OewsReader)oews.Reader).ReadArchive(source.Name, rest.Where(e => !IsSeedFile(e)), source.Options);
        var seedEntries = rest.Where(e => IsSeedFile(e) || oewsRead.Others.Contains(e)).ToList();
        if (onetFolders.Count == 0 && !oewsRead.HoldsOewsData && !seedEntries.Any(IsSeedFile))
            return new ImportPlan(source.Name, [], [new SeedError(source.Name, NothingToImport(entries))], 0);

        var steps = new List<ImportStep>();
        var records = 0;
        if (seedEntries.Count > 0)
        {
            var read = SeedFileReader.ReadEntries(source.Name, seedEntries);
            problems.AddRange(read.Problems);
            steps.AddRange(seed.Plan(source.Name, read.Units).Steps);
            records += read.Records;
        }
        problems.AddRange(oewsRead.Read.Problems);
        steps.AddRange(oews.Plan(source.Name, oewsRead.Read.Units).Steps);
        records += oewsRead.Read.Records;
        var releases = new List<OnetRelease>();
        foreach (var folder in onetFolders.Order(StringComparer.Ordinal))
        {
            var files = entries.Where(e => e.Folder == folder && !e.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                .Select(e => (e.FullName, e.Content)).ToList();
            var read = ((OnetReader)onet.Reader).ReadFiles(folder.Length > 0 ? folder : source.Name, files, source.Options);
            records += read.Records;
            releases.Collect(read, problems, (a, b) => a.Version == b.Version,
                (release, _) => new SeedError(folder, $"{release.Title} is in two folders of the archive; give each release once."));
        }
        steps.AddRange(onet.Plan(source.Name, releases).Steps);
        return new ImportPlan(source.Name, steps, problems, records);
    }

    private static bool IsSeedFile(ZipFileEntry entry) =>
        SeedFileReader.SeedFileNames.Contains(entry.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Why a zip of none of the kinds is refused, naming the files it holds.</summary>
    public static string NothingToImport(IReadOnlyList<ZipFileEntry> entries) =>
        $"The zip archive holds nothing that can be imported ({SafeZip.Contents(entries)}): "
        + "a zip is imported when it holds data/seed files (what Export gives), an O*NET release, or a BLS OEWS national release (oesm23nat.zip, holding national_M2023_dl.xlsx).";
}
