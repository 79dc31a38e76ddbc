using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Oews;

namespace CareerExplorer.Web.Services.Admin;

/// <summary>An uploaded file read into the data/seed format, with where each record starts.</summary>
public sealed record ImportFile(
    string FileName, SeedDataSet Set, IReadOnlyList<SeedError> Problems, IReadOnlyDictionary<(string File, int Index), long> Lines)
{
    public int RecordCount =>
        Set.Geographies.Count + Set.Sources.Count + Set.Roles.Count + Set.Skills.Count + Set.RoleSkills.Count +
        Set.SalaryFigures.Count + Set.OutlookFigures.Count + Set.CareerSteps.Count + Set.EducationSteps.Count + Set.Cpi.Count;
}

/// <summary>
/// Reads what an admin uploads: a .zip of data/seed files (what Export gives), one data/seed
/// .json file, or a .csv of salary figures. Anything else, or anything malformed, comes back as
/// problems with file, line and column; nothing here touches the database.
/// </summary>
public static class ImportReader
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    private const long MaxUnzippedBytes = 50 * 1024 * 1024;

    public static readonly string[] SeedFileNames =
    [
        SeedFiles.Geographies, SeedFiles.Sources, SeedFiles.Roles, SeedFiles.Skills, SeedFiles.RoleSkills, SeedFiles.SalaryFigures,
        SeedFiles.OutlookFigures, SeedFiles.CareerSteps, SeedFiles.EducationSteps, SeedFiles.Cpi,
    ];

    public static string TooLarge(long length) =>
        $"The file is {length / 1024.0 / 1024.0:0.0} MB; the most that can be imported at once is {MaxFileBytes / 1024 / 1024} MB.";

    /// <summary>
    /// An uploaded BLS OEWS national file: a .csv whose header names OCC_CODE or OCC_TITLE (any
    /// case). Null when the upload is anything else (or not text), so the data/seed path reads and
    /// reports it. Either column is enough to take this path: a damaged OEWS header is better told
    /// which OEWS column it lacks than that it is not a salary-figure CSV.
    /// </summary>
    public static OewsReadResult? ReadOews(string fileName, byte[] content, int? year, OewsTopCode? topCode, int latestYear)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (!Path.GetExtension(name).Equals(".csv", StringComparison.OrdinalIgnoreCase) || content.Length == 0 || content.Length > MaxFileBytes)
            return null;
        if (Text(name, content, []) is not { } text || !IsOewsHeader(text))
            return null;
        var read = OewsFile.Read(name, text, year, topCode, latestYear);
        if (year is { } given && OewsFile.YearFromFileName(name) is { } named && named != given)
        {
            // Two years for one file: one of them is a slip, and importing under the wrong one cannot be undone by re-importing.
            return new OewsReadResult(null, [new SeedError(name, $"The file name says May {named} but the release year given is {given}; leave the year empty or rename the file.", null, "Release year"), .. read.Problems]);
        }
        return read;
    }

    private static bool IsOewsHeader(string text)
    {
        var end = text.IndexOf('\n');
        var header = (end < 0 ? text : text[..end]).Split(',').Select(h => h.Trim().Trim('"').Trim().ToLowerInvariant()).ToList();
        return header.Contains("occ_code") || header.Contains("occ_title");
    }

    public static ImportFile Read(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        var problems = new List<SeedError>();
        var lines = new Dictionary<(string, int), long>();
        var set = new SeedDataSet();
        ImportFile Result() => new(name, set, problems, lines);

        if (content.Length == 0)
            return Fail("The file is empty.");
        if (content.Length > MaxFileBytes)
            return Fail(TooLarge(content.Length));

        var extension = Path.GetExtension(name).ToLowerInvariant();
        switch (extension)
        {
            case ".zip":
                if (!(content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4))
                    return Fail("The file is named .zip but is not a zip archive.");
                set = ReadZip(name, content, problems, lines);
                break;
            case ".json":
                var kind = SeedFileNames.FirstOrDefault(f => f.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (kind is null)
                    return Fail($"A .json file must be named like one of the data/seed files ({string.Join(", ", SeedFileNames)}) so we know what it holds.");
                set = ReadJson(kind, content, new SeedDataSet(), problems, lines);
                break;
            case ".csv":
                if (Text(name, content, problems) is { } csv)
                    set = new SeedDataSet { SalaryFigures = SalaryCsv.Read(name, csv, problems, lines) };
                break;
            default:
                return Fail("Only .zip (a whole data set, as Export gives it), .json (one data/seed file) and .csv (salary figures) files can be imported.");
        }
        return Result();

        ImportFile Fail(string message)
        {
            problems.Add(new SeedError(name.Length > 0 ? name : "(no file)", message));
            return Result();
        }
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
        if (Text(kind, content, problems) is null)
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

    /// <summary>Strict UTF-8 text, or a problem naming the first bad byte.</summary>
    public static string? Text(string file, byte[] content, List<SeedError> problems)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            if (text.Contains('\0'))
            {
                problems.Add(new SeedError(file, "The file is binary, not text."));
                return null;
            }
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            problems.Add(new SeedError(file, $"The file is not UTF-8 text (invalid byte at position {ex.Index}). Save it as UTF-8 and try again."));
            return null;
        }
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

/// <summary>Salary figures as CSV: one row a figure, columns by header name.</summary>
public static class SalaryCsv
{
    public static readonly string[] Required = ["role", "statistic", "basis", "currency", "year", "source"];
    public static readonly string[] Optional = ["amount", "low", "high", "note", "pay_component", "month", "cited_in", "geography", "quote", "top_coded", "not_published", "relative_standard_error"];

    public static IReadOnlyList<SalaryFigureRecord> Read(string file, string text, List<SeedError> problems, Dictionary<(string, int), long> lines)
    {
        var rows = Csv.Parse(text, file, problems);
        if (rows.Count == 0)
        {
            if (problems.Count == 0)
                problems.Add(new SeedError(file, "The file has no header row."));
            return [];
        }
        var header = rows[0].Cells.Select(h => h.Trim().ToLowerInvariant().Replace(' ', '_').Replace("-", "_")).ToList();
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        // A file of withheld figures only has no amount column to speak of.
        if (!header.Contains("amount") && !(header.Contains("low") && header.Contains("high")) && !header.Contains("not_published"))
            missing.Add("amount (or low and high)");
        if (missing.Count > 0)
        {
            problems.Add(new SeedError(file, $"Missing column{(missing.Count == 1 ? "" : "s")}: {string.Join(", ", missing)}. The header row needs {string.Join(", ", Required)} and amount or low/high; optional: {string.Join(", ", Optional.Where(o => o is not "amount" and not "low" and not "high"))}. "
                + "(A BLS OEWS national file is recognised by its OCC_CODE and OCC_TITLE columns.)", 1));
            return [];
        }
        var unknown = header.Where(h => !Required.Contains(h) && !Optional.Contains(h)).ToList();
        if (unknown.Count > 0)
            problems.Add(new SeedError(file, $"Unknown column{(unknown.Count == 1 ? "" : "s")}: {string.Join(", ", unknown)}.", 1));
        var duplicates = header.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
            problems.Add(new SeedError(file, $"Repeated column{(duplicates.Count == 1 ? "" : "s")}: {string.Join(", ", duplicates)}.", 1));
        if (rows.Count == 1)
            problems.Add(new SeedError(file, "The file has a header row but no figures.", 1));

        var records = new List<SalaryFigureRecord>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace))
                continue;
            var before = problems.Count;
            if (row.Cells.Count != header.Count)
            {
                problems.Add(new SeedError(file, $"The row has {row.Cells.Count} cells; the header has {header.Count}.", row.Line));
                continue;
            }
            string? Cell(string column)
            {
                var i = header.IndexOf(column);
                return i < 0 || string.IsNullOrWhiteSpace(row.Cells[i]) ? null : row.Cells[i].Trim();
            }
            void Bad(string column, string message) => problems.Add(new SeedError(file, message, row.Line, column));
            T? Enum<T>(string column, T? fallback) where T : struct, System.Enum
            {
                var value = Cell(column);
                if (value is null)
                {
                    if (fallback is null) Bad(column, $"The {column} is required.");
                    return fallback;
                }
                var normalised = value.Replace("-", "").Replace("_", "").Replace(" ", "");
                if (System.Enum.TryParse<T>(normalised, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
                    return parsed;
                Bad(column, $"'{value}' is not a known {column}; use one of {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}.");
                return null;
            }
            decimal? Number(string column)
            {
                var value = Cell(column);
                if (value is null)
                    return null;
                var cleaned = value.Replace("$", "").Replace(",", "");
                if (decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d))
                    return d;
                Bad(column, $"'{value}' is not a number.");
                return null;
            }
            int? Integer(string column)
            {
                var value = Cell(column);
                if (value is null)
                    return null;
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    return n;
                Bad(column, $"'{value}' is not a whole number.");
                return null;
            }

            var statistic = Enum<SalaryStatistic>("statistic", null);
            var basis = Enum<PayBasis>("basis", null);
            var component = Enum<PayComponent>("pay_component", PayComponent.Unspecified);
            var amount = Number("amount");
            var low = Number("low");
            var high = Number("high");
            var year = Integer("year");
            var month = Integer("month");
            if (year is null && Cell("year") is null)
                Bad("year", "The year is required.");
            foreach (var column in new[] { "role", "currency", "source" })
                if (Cell(column) is null)
                    Bad(column, $"The {column} is required.");
            bool? Flag(string column) => Cell(column)?.ToLowerInvariant() switch
            {
                null or "" or "false" or "no" or "0" => null,
                "true" or "yes" or "1" => true,
                var other => Fail(column, other),
            };
            bool? Fail(string column, string other) { Bad(column, $"'{other}' is not true or false."); return null; }
            var topCoded = Flag("top_coded");
            var notPublished = Flag("not_published");
            var rse = Number("relative_standard_error");
            if (problems.Count > before)
                continue;

            lines[(SeedFiles.SalaryFigures, records.Count)] = row.Line;
            records.Add(new SalaryFigureRecord(
                Cell("role")!, statistic!.Value, component!.Value, basis!.Value, Cell("currency")!.ToUpperInvariant(), Cell("geography") ?? "US",
                year!.Value, Cell("source")!, Cell("quote") ?? Cell("note") ?? "Imported from CSV.",
                amount, low, high, topCoded, month, Cell("cited_in"), Cell("note"), notPublished, rse));
        }
        return records;
    }
}
