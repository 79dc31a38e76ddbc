using System.Text.RegularExpressions;
using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Onet;

/// <summary>
/// Reads an O*NET release: its files in either form O*NET publishes (Excel .xlsx, tab-delimited
/// .txt; same names and columns), one file, several, or a .zip of them. Columns are found by
/// their header names (newer releases add and drop columns); the version and release month come
/// from the release's Read Me.txt, else from what the person importing gave. Every problem comes
/// with file, line and column; a release with any problem is not imported at all.
/// </summary>
public sealed partial class OnetReader : IImportReader<OnetRelease>
{
    /// <summary>An O*NET file by its name (a .zip goes to <see cref="ArchiveImporter"/>, which hands O*NET folders back here).</summary>
    public bool Claims(ImportSource source) => OnetFiles.KindOf(source.Name) is not null || OnetFiles.IsReadMe(source.Name);

    public ImportRead<OnetRelease> Read(ImportSource source) => ReadFiles(source.Name, [(source.Name, source.Content)], source.Options);

    /// <summary>The files of one release. Files O*NET publishes that this app does not use (Abilities.txt...) are passed over.</summary>
    public ImportRead<OnetRelease> ReadFiles(string name, IReadOnlyList<(string File, byte[] Content)> files, ImportOptions options)
    {
        var problems = new List<SeedError>();
        var byKind = new Dictionary<OnetFileKind, (string File, byte[] Content)>();
        (string File, byte[] Content)? readMe = null;
        foreach (var file in files)
        {
            var fileName = Path.GetFileName(file.File);
            if (OnetFiles.IsReadMe(fileName))
                readMe = file;
            else if (OnetFiles.KindOf(fileName) is { } kind)
            {
                if (byKind.TryGetValue(kind, out var other))
                    problems.Add(new SeedError(fileName, $"{OnetFiles.Names[kind]} is given twice ({other.File} and {file.File}); give each file of a release once."));
                else
                    byKind[kind] = file;
            }
        }

        var (version, released) = Version(name, readMe, options, problems);
        if (byKind.Count == 0)
            problems.Add(new SeedError(name, $"No O*NET data file was found: expected files named like O*NET's own ({string.Join(", ", OnetFiles.Names.Values.Select(n => n + ".txt"))}, or .xlsx)."));
        if (version is null || released is null || problems.Count > 0)
            return new ImportRead<OnetRelease>([], problems, 0);

        var release = new OnetRelease { Name = OnetNames.Release(version.Value.ToString(), released), Version = version.Value, Released = released };
        // Occupation Data first: the other files' codes are checked against it.
        foreach (var kind in byKind.Keys.OrderBy(k => k))
        {
            var (file, content) = byKind[kind];
            var before = problems.Count;
            if (Table.Read(Path.GetFileName(file), content, OnetColumns.Required[kind], problems) is { } table)
            {
                var parse = new OnetRowParser(table, release, problems);
                parse.Rows(kind);
            }
            if (problems.Count == before)
                release.Kinds.Add(kind);
        }
        return problems.Count > 0
            ? new ImportRead<OnetRelease>([], problems, release.Records)
            : new ImportRead<OnetRelease>([release], problems, release.Records);
    }

    /// <summary>The release's version and month: the Read Me's word, else the person's; both given and different is refused.</summary>
    private static (OnetVersion?, string?) Version(string name, (string File, byte[] Content)? readMe, ImportOptions options, List<SeedError> problems)
    {
        OnetVersion? version = null;
        string? released = null;
        if (readMe is { } file && ImportText.Decode(Path.GetFileName(file.File), file.Content, problems) is { } text)
        {
            if (ReadMeVersion().Match(text) is { Success: true } v && OnetVersion.TryParse(v.Groups[1].Value, out var parsed))
                version = parsed;
            if (ReadMeMonth().Match(text) is { Success: true } m
                && DateTime.TryParseExact($"{m.Groups[1].Value} {m.Groups[2].Value}", "MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
                released = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            if (version is null)
                problems.Add(new SeedError(OnetFiles.ReadMe, "The Read Me does not say which O*NET release this is (a line like “O*NET 29.0 Database”).", 1));
            if (released is null)
                problems.Add(new SeedError(OnetFiles.ReadMe, "The Read Me does not say when the release came out (a line like “August 2024 Release”).", 2));
        }
        if (options.OnetVersion is { } given)
        {
            if (version is { } stated && stated != given)
                problems.Add(new SeedError(OnetFiles.ReadMe, $"The Read Me says O*NET {stated} but the version given is {given}; leave the version out or check the files.", null, "Version"));
            version ??= given;
        }
        if (options.OnetReleased is { } month2)
        {
            if (released is { } stated && stated != month2)
                problems.Add(new SeedError(OnetFiles.ReadMe, $"The Read Me says the release came out in {OnetNames.MonthText(stated)} but {OnetNames.MonthText(month2)} was given; leave the month out or check the files.", null, "Released"));
            released ??= month2;
        }
        if (readMe is null && (version is null || released is null))
        {
            var missing = string.Join(" and ", new[] { version is null ? "its version (--version 29.0)" : null, released is null ? "its release month (--released 2024-08)" : null }.OfType<string>());
            problems.Add(new SeedError(name, $"Which O*NET release is this? There is no Read Me.txt with the files to say, so give {missing}."));
        }
        return (version, released);
    }

    [GeneratedRegex(@"O\*NET\s+(\d{1,3}\.\d{1,2})\s+Database", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMeVersion();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\s+Release", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMeMonth();
}

/// <summary>The columns each file must have, by O*NET's header names; others are read when present.</summary>
public static class OnetColumns
{
    public const string Code = "O*NET-SOC Code";

    public static readonly IReadOnlyDictionary<OnetFileKind, string[]> Required = new Dictionary<OnetFileKind, string[]>
    {
        [OnetFileKind.OccupationData] = [Code, "Title", "Description"],
        [OnetFileKind.TaskStatements] = [Code, "Task ID", "Task"],
        [OnetFileKind.Skills] = [Code, "Element ID", "Element Name", "Scale ID", "Data Value"],
        [OnetFileKind.Knowledge] = [Code, "Element ID", "Element Name", "Scale ID", "Data Value"],
        [OnetFileKind.TechnologySkills] = [Code, "Example", "Commodity Code", "Commodity Title"],
        [OnetFileKind.EducationTrainingExperience] = [Code, "Scale ID", "Category", "Data Value"],
        [OnetFileKind.EducationCategories] = ["Scale ID", "Category", "Category Description"],
        [OnetFileKind.JobZones] = [Code, "Job Zone"],
        [OnetFileKind.JobZoneReference] = ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples", "SVP Range"],
        [OnetFileKind.RelatedOccupations] = [Code, "Related O*NET-SOC Code", "Relatedness Tier", "Index"],
        [OnetFileKind.AlternateTitles] = [Code, "Alternate Title"],
        [OnetFileKind.Interests] = [Code, "Element Name", "Scale ID", "Data Value"],
        [OnetFileKind.ContentModelReference] = ["Element ID", "Element Name", "Description"],
        [OnetFileKind.ScalesReference] = ["Scale ID", "Scale Name", "Minimum", "Maximum"],
    };
}

/// <summary>A file's rows under its header, with cells found by column name; the same for .xlsx and .txt.</summary>
public sealed class Table(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
{
    public string File => file;
    public IReadOnlyList<CsvRow> Rows => rows;

    private readonly Dictionary<string, int> _columns = header.Select((h, i) => (h.Trim(), i))
        .GroupBy(x => x.Item1, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The cell of the column in the row, trimmed; "" when the row is short or the column absent.</summary>
    public string Cell(CsvRow row, string column) =>
        _columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i].Trim() : "";

    /// <summary>The file's table, or null with a problem naming the missing columns.</summary>
    public static Table? Read(string file, byte[] content, string[] required, List<SeedError> problems)
    {
        List<CsvRow> rows;
        if (Path.GetExtension(file).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var table = Workbook.Read(file, content, problems, cells => cells.Any(c => required[0].Equals(c.Trim(), StringComparison.OrdinalIgnoreCase)), out _);
            if (table is null)
            {
                if (!problems.Any(p => p.File == file))
                    problems.Add(new SeedError(file, $"No sheet has a header row with the column “{required[0]}”."));
                return null;
            }
            rows = table.Rows;
        }
        else
        {
            if (ImportText.Decode(file, content, problems) is not { } text)
                return null;
            rows = [];
            var line = 0L;
            foreach (var raw in text.Split('\n'))
            {
                line++;
                var l = raw.TrimEnd('\r');
                if (l.Length > 0)
                    rows.Add(new CsvRow(line, [.. l.Split('\t')]));
            }
        }
        if (rows.Count == 0)
        {
            problems.Add(new SeedError(file, "The file is empty: it has no header row."));
            return null;
        }
        var header = rows[0].Cells;
        var result = new Table(file, header, rows.Skip(1).ToList());
        var missing = required.Where(c => !result.Has(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new SeedError(file, $"The header row lacks the column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(m => $"“{m}”"))}; an O*NET {Path.GetFileNameWithoutExtension(file)} file has {string.Join(", ", required)}.", rows[0].Line));
            return null;
        }
        return result;
    }
}
