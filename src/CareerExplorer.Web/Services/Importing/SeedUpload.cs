using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace CareerExplorer.Web.Services.Importing;

/// <summary>A data set in the data/seed format read from a file, with the line each record starts on: one import unit.</summary>
public sealed record SeedUnit(
    string FileName, SeedDataSet Set, IReadOnlyDictionary<(string File, int Index), long> Lines)
{
    public int Records =>
        Set.Geographies.Count + Set.Sources.Count + Set.Roles.Count + Set.Skills.Count + Set.RoleSkills.Count +
        Set.SalaryFigures.Count + Set.OutlookFigures.Count + Set.CareerSteps.Count + Set.EducationSteps.Count + Set.Cpi.Count;

    /// <summary>A read: the unit when any record could be read (merged even beside problems, to list them all), and the problems.</summary>
    public static ImportRead<SeedUnit> Read(string fileName, SeedDataSet set, List<SeedError> problems, IReadOnlyDictionary<(string, int), long> lines)
    {
        var unit = new SeedUnit(fileName, set, lines);
        return new ImportRead<SeedUnit>(unit.Records > 0 ? [unit] : [], problems, unit.Records);
    }
}

/// <summary>A data set merged by <see cref="SeedMerger"/>: every row it adds or changes is audited too.</summary>
public sealed class SeedMapper(TimeProvider clock) : IImportMapper<SeedUnit>
{
    public string Name(SeedUnit unit) => unit.FileName;

    public bool AuditsEachRow => true;

    public async Task<ImportMerge> MergeAsync(CareerDbContext db, SeedUnit unit, CancellationToken ct)
    {
        var merge = await SeedMerger.MergeAsync(db, unit.Set, clock, unit.Lines, ct);
        db.ChangeTracker.DetectChanges();
        var counts = $"{merge.Added} added, {merge.Changed} changed, {merge.Unchanged} unchanged";
        return new ImportMerge(merge.Kinds, merge.Errors,
            new ImportAudit("DataSet", null, $"Imported {unit.FileName}", counts + ": " + string.Join("; ", merge.Kinds.Select(k => $"{k.Kind} +{k.Added} ~{k.Changed} ={k.Unchanged}"))),
            $"{unit.FileName}: {counts}.");
    }
}

/// <summary>
/// Reads a .zip of data/seed files (what Export gives) or one data/seed .json file. Anything
/// malformed comes back as problems with file, line and column; nothing here touches the database.
/// </summary>
public sealed class SeedFileReader : IImportReader<SeedUnit>
{
    private const long MaxUnzippedBytes = 50 * 1024 * 1024;

    public static readonly string[] SeedFileNames =
    [
        SeedFiles.Geographies, SeedFiles.Sources, SeedFiles.Roles, SeedFiles.Skills, SeedFiles.RoleSkills, SeedFiles.SalaryFigures,
        SeedFiles.OutlookFigures, SeedFiles.CareerSteps, SeedFiles.EducationSteps, SeedFiles.Cpi,
    ];

    public bool Claims(ImportSource source) => source.Extension is ".zip" or ".json";

    public ImportRead<SeedUnit> Read(ImportSource source)
    {
        var name = source.Name;
        var content = source.Content;
        var problems = new List<SeedError>();
        var lines = new Dictionary<(string, int), long>();
        var set = new SeedDataSet();
        if (source.Extension == ".zip")
        {
            if (content is [(byte)'P', (byte)'K', 3, 4, _, ..])
                set = ReadZip(name, content, problems, lines);
            else
                problems.Add(new SeedError(name, "The file is named .zip but is not a zip archive."));
        }
        else if (SeedFileNames.FirstOrDefault(f => f.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } kind)
            set = ReadJson(kind, content, set, problems, lines);
        else
            problems.Add(new SeedError(name, $"A .json file must be named like one of the data/seed files ({string.Join(", ", SeedFileNames)}) so we know what it holds."));
        return SeedUnit.Read(name, set, problems, lines);
    }

    private static SeedDataSet ReadZip(string name, byte[] content, List<SeedError> problems, Dictionary<(string, int), long> lines)
    {
        var set = new SeedDataSet();
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var files = zip.Entries.Where(e => e.FullName.Length > 0 && !e.FullName.EndsWith('/')).ToList();
            if (files.Count == 0)
                problems.Add(new SeedError(name, "The zip archive holds no files."));
            // The sizes an archive declares are the sender's word: each is checked on its own
            // (so their sum cannot overflow), and reading stops at the limit whatever they say.
            if (files.FirstOrDefault(e => e.Length is < 0 or > MaxUnzippedBytes) is { } huge)
            {
                problems.Add(new SeedError(huge.FullName, $"The zip archive says this file unpacks to {DescribeSize(huge.Length)}; at most {MaxUnzippedBytes / 1024 / 1024} MB can be imported."));
                return set;
            }
            if (files.Sum(e => e.Length) > MaxUnzippedBytes)
            {
                problems.Add(new SeedError(name, $"The zip archive unpacks to more than {MaxUnzippedBytes / 1024 / 1024} MB."));
                return set;
            }
            var twice = files.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
            foreach (var group in twice)
                problems.Add(new SeedError(name, $"The zip archive holds {group.Key} {group.Count()} times ({string.Join(", ", group.Select(e => e.FullName))}); it must hold each data/seed file once, so nothing is taken from it."));
            if (twice.Count > 0)
                return set;

            var budget = MaxUnzippedBytes;
            foreach (var entry in files)
            {
                var kind = SeedFileNames.FirstOrDefault(f => f.Equals(entry.Name, StringComparison.OrdinalIgnoreCase));
                if (kind is null)
                {
                    problems.Add(new SeedError(entry.FullName, $"Not a data/seed file; expected only {string.Join(", ", SeedFileNames)}."));
                    continue;
                }
                if (ReadAtMost(entry, budget) is not { } bytes)
                {
                    problems.Add(new SeedError(entry.FullName, $"The file unpacks to more than the archive says, or than {MaxUnzippedBytes / 1024 / 1024} MB in all; nothing was taken from the archive."));
                    return new SeedDataSet();
                }
                budget -= bytes.Length;
                set = ReadJson(kind, bytes, set, problems, lines);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            problems.Add(new SeedError(name, "The zip archive is damaged: " + ex.Message));
        }
        return set;
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

    private static string DescribeSize(long bytes) => bytes < 0 ? "a negative size" : $"{bytes / 1024.0 / 1024.0:#,0.0} MB";

    private static SeedDataSet ReadJson(string kind, byte[] content, SeedDataSet set, List<SeedError> problems, Dictionary<(string, int), long> lines)
    {
        if (ImportText.Decode(kind, content, problems) is null)
            return set;
        var start = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var json = content[start..];
        var before = problems.Count;
        SeedDataSet With<T>(Func<SeedDataSet, IReadOnlyList<T>, SeedDataSet> assign)
        {
            var records = SeedReader.Parse<T>(kind, json, problems);
            if (problems.Count == before && records.Count == 0)
                problems.Add(new SeedError(kind, "The file holds no records."));
            foreach (var (line, index) in ElementLines(json).Select((l, i) => (l, i)))
                lines[(kind, index)] = line;
            return assign(set, records);
        }
        return kind switch
        {
            SeedFiles.Geographies => With<GeographyRecord>((s, r) => s with { Geographies = r }),
            SeedFiles.Sources => With<SourceRecord>((s, r) => s with { Sources = r }),
            SeedFiles.Roles => With<RoleRecord>((s, r) => s with { Roles = r }),
            SeedFiles.Skills => With<SkillRecord>((s, r) => s with { Skills = r }),
            SeedFiles.RoleSkills => With<RoleSkillRecord>((s, r) => s with { RoleSkills = r }),
            SeedFiles.SalaryFigures => With<SalaryFigureRecord>((s, r) => s with { SalaryFigures = r }),
            SeedFiles.OutlookFigures => With<OutlookFigureRecord>((s, r) => s with { OutlookFigures = r }),
            SeedFiles.CareerSteps => With<CareerStepRecord>((s, r) => s with { CareerSteps = r }),
            SeedFiles.EducationSteps => With<EducationStepRecord>((s, r) => s with { EducationSteps = r }),
            SeedFiles.Cpi => With<CpiRecord>((s, r) => s with { Cpi = r }),
            _ => set,
        };
    }

    /// <summary>The line on which each element of the top-level JSON array starts.</summary>
    public static IReadOnlyList<long> ElementLines(ReadOnlySpan<byte> json)
    {
        var result = new List<long>();
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.Null or JsonTokenType.True or JsonTokenType.False)
                {
                    result.Add(1 + json[..(int)reader.TokenStartIndex].Count((byte)'\n'));
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported by the parser with its own line number.
        }
        return result;
    }
}

