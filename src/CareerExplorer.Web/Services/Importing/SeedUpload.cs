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
        Set.SalaryFigures.Count + Set.OutlookFigures.Count + Set.CareerSteps.Count + Set.EducationSteps.Count + Set.Cpi.Count + Set.Projections.Count;

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
/// Reads data/seed files: one .json file, or those of a .zip (what Export gives). Anything
/// malformed comes back as problems with file, line and column; nothing here touches the database.
/// </summary>
public sealed class SeedFileReader : IImportReader<SeedUnit>
{
    public static readonly string[] SeedFileNames =
    [
        SeedFiles.Geographies, SeedFiles.Sources, SeedFiles.Roles, SeedFiles.Skills, SeedFiles.RoleSkills, SeedFiles.SalaryFigures,
        SeedFiles.OutlookFigures, SeedFiles.CareerSteps, SeedFiles.EducationSteps, SeedFiles.Cpi, SeedFiles.Projections,
    ];

    /// <summary>One data/seed .json file; a .zip goes to <see cref="ArchiveImporter"/>, which hands its data/seed files back here.</summary>
    public bool Claims(ImportSource source) => source.Extension is ".json";

    public ImportRead<SeedUnit> Read(ImportSource source)
    {
        var name = source.Name;
        var content = source.Content;
        var problems = new List<SeedError>();
        var lines = new Dictionary<(string, int), long>();
        var set = new SeedDataSet();
        if (SeedFileNames.FirstOrDefault(f => f.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } kind)
            set = ReadJson(kind, content, set, problems, lines);
        else
            problems.Add(new SeedError(name, $"A .json file must be named like one of the data/seed files ({string.Join(", ", SeedFileNames)}) so we know what it holds."));
        return SeedUnit.Read(name, set, problems, lines);
    }

    /// <summary>The data/seed files of an archive (its other files are the caller's): each once, each a data/seed file.</summary>
    public static ImportRead<SeedUnit> ReadEntries(string name, IReadOnlyList<ZipFileEntry> entries)
    {
        var problems = new List<SeedError>();
        var lines = new Dictionary<(string, int), long>();
        var set = new SeedDataSet();
        var twice = entries.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
        foreach (var group in twice)
            problems.Add(new SeedError(name, $"The zip archive holds {group.Key} {group.Count()} times ({string.Join(", ", group.Select(e => e.FullName))}); it must hold each data/seed file once, so nothing is taken from it."));
        if (twice.Count == 0)
        {
            foreach (var entry in entries)
            {
                if (SeedFileNames.FirstOrDefault(f => f.Equals(entry.Name, StringComparison.OrdinalIgnoreCase)) is { } kind)
                    set = ReadJson(kind, entry.Content, set, problems, lines, inArchive: true);
                else
                    problems.Add(new SeedError(entry.FullName, $"Not a data/seed file; expected only {string.Join(", ", SeedFileNames)}, folders of O*NET release files, and BLS OEWS national data."));
            }
        }
        return SeedUnit.Read(name, set, problems, lines);
    }

    /// <summary>One data/seed file; an empty one is refused on its own (nothing to import) but fine in an archive, as Export writes a kind with no records.</summary>
    private static SeedDataSet ReadJson(string kind, byte[] content, SeedDataSet set, List<SeedError> problems, Dictionary<(string, int), long> lines, bool inArchive = false)
    {
        if (ImportText.Decode(kind, content, problems) is null)
            return set;
        var start = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var json = content[start..];
        var before = problems.Count;
        SeedDataSet With<T>(Func<SeedDataSet, IReadOnlyList<T>, SeedDataSet> assign)
        {
            var records = SeedReader.Parse<T>(kind, json, problems);
            if (problems.Count == before && records.Count == 0 && !inArchive)
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
            SeedFiles.Projections => With<ProjectionRecord>((s, r) => s with { Projections = r }),
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

