using System.Text.RegularExpressions;
using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Oews;

/// <summary>How a published OEWS cell reads: a number, "#" (at or above the top code), or "*"/"**" (not published).</summary>
public enum OewsMark
{
    Number,
    TopCoded,
    NotPublished,
}

public readonly record struct OewsValue(OewsMark Mark, decimal? Number, string Raw)
{
    public static readonly OewsValue Missing = new(OewsMark.NotPublished, null, "");
}

/// <summary>One occupation row of a national OEWS file, read by column name.</summary>
public sealed record OewsRow(
    long Line, string Code, string Title, string Group, OewsValue Employment, decimal? EmploymentRse,
    IReadOnlyDictionary<(SalaryStatistic Statistic, PayBasis Basis), OewsValue> Wages, decimal? MeanRse);

/// <summary>One release: May of <see cref="Year"/>, with the wage at and above which BLS prints "#".</summary>
public sealed record OewsRelease(string FileName, int Year, OewsTopCode? TopCode, IReadOnlyList<OewsRow> Rows)
{
    public IEnumerable<OewsRow> Detailed => Rows.Where(r => r.Group == "detailed");
}

public sealed record OewsTopCode(decimal Hourly, decimal Annual);

public sealed record OewsReadResult(OewsRelease? Release, IReadOnlyList<SeedError> Problems)
{
    /// <summary>A workbook that could be read but has no sheet of OEWS data (another file a BLS zip holds, such as field descriptions).</summary>
    public bool HoldsNoOewsData { get; init; }
}

/// <summary>
/// Reads a BLS OEWS national file (CSV, as in data/oews, or the workbook BLS publishes). Columns are found by header name,
/// case-insensitively, so each year's layout (OCC_GROUP or O_GROUP, lower-case headers, extra
/// columns) reads the same, and so will a future one. Anything that is not such a file, or is
/// damaged, comes back as problems with line and column; nothing is half-read.
/// </summary>
public static partial class OewsFile
{
    /// <summary>The wage columns: statistic and basis for each OEWS column name.</summary>
    public static readonly IReadOnlyList<(string Column, SalaryStatistic Statistic, PayBasis Basis)> WageColumns =
    [
        ("h_mean", SalaryStatistic.Mean, PayBasis.Hourly), ("a_mean", SalaryStatistic.Mean, PayBasis.Annual),
        ("h_pct10", SalaryStatistic.P10, PayBasis.Hourly), ("h_pct25", SalaryStatistic.P25, PayBasis.Hourly),
        ("h_median", SalaryStatistic.Median, PayBasis.Hourly), ("h_pct75", SalaryStatistic.P75, PayBasis.Hourly),
        ("h_pct90", SalaryStatistic.P90, PayBasis.Hourly),
        ("a_pct10", SalaryStatistic.P10, PayBasis.Annual), ("a_pct25", SalaryStatistic.P25, PayBasis.Annual),
        ("a_median", SalaryStatistic.Median, PayBasis.Annual), ("a_pct75", SalaryStatistic.P75, PayBasis.Annual),
        ("a_pct90", SalaryStatistic.P90, PayBasis.Annual),
    ];

    private static readonly string[] Required = ["occ_code", "occ_title", "tot_emp", "emp_prse", "mean_prse", .. WageColumns.Select(w => w.Column)];
    private static readonly string[] GroupColumns = ["o_group", "occ_group"];
    private static readonly string[] Groups = ["total", "major", "minor", "broad", "detailed"];

    /// <summary>
    /// The top-code thresholds BLS states in each release's notes (2019-2022); 2014-2018 carry no
    /// notes, and their data fit $90.00 / $187,200 (2014-2015) and $100.00 / $208,000 (2016-2018).
    /// A later release with "#" cells needs its threshold given (--top-code on the command line).
    /// </summary>
    public static readonly IReadOnlyDictionary<int, OewsTopCode> TopCodes = new Dictionary<int, OewsTopCode>
    {
        [2014] = new(90.00m, 187_200m), [2015] = new(90.00m, 187_200m),
        [2016] = new(100.00m, 208_000m), [2017] = new(100.00m, 208_000m), [2018] = new(100.00m, 208_000m),
        [2019] = new(100.00m, 208_000m), [2020] = new(100.00m, 208_000m), [2021] = new(100.00m, 208_000m),
        [2022] = new(115.00m, 239_200m),
    };

    public const int FirstYear = 1997;

    /// <summary>"national_M2022_dl.csv" is May 2022.</summary>
    public static int? YearFromFileName(string fileName) =>
        FileYear().Match(Path.GetFileName(fileName)) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>"oesm23nat.zip", as BLS names the zip of a release, is May 2023; so is a zip named like its files ("national_M2023_dl.zip").</summary>
    public static int? YearFromArchiveName(string archive) =>
        YearFromFileName(archive)
        ?? (ArchiveYear().Match(Path.GetFileName(archive)) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var yy
            ? (yy >= FirstYear % 100 ? 1900 : 2000) + yy
            : null);

    /// <summary>
    /// What a file's year is said to be besides what the file states: the year given, else its
    /// file name; and the name of the zip it came in (<paramref name="archive"/>).
    /// </summary>
    private static IEnumerable<(int Year, string Said)> YearClaims(string name, int? year, string? archive)
    {
        if (year is { } given)
            yield return (given, "the year given is");
        else if (YearFromFileName(name) is { } named)
            yield return (named, "its file name says");
        if (archive is not null && YearFromArchiveName(archive) is { } zipped)
            yield return (zipped, $"the name of the zip it came in ({Path.GetFileName(archive)}) says");
    }

    /// <summary>A national file as CSV (the data/oews files); <paramref name="archive"/> is the zip it came in, if any.</summary>
    public static OewsReadResult Read(string fileName, string text, int? year = null, OewsTopCode? topCode = null, int? latestYear = null, string? archive = null)
    {
        var problems = new List<SeedError>();
        var rows = Csv.Parse(text, Path.GetFileName(fileName), problems);
        return problems.Count > 0 ? new OewsReadResult(null, problems) : Read(fileName, rows, year, topCode, latestYear, archive);
    }

    /// <summary>
    /// A national file as BLS publishes it: an .xlsx workbook. The data are the sheet whose header
    /// names OCC_CODE (national_M2023_dl, with AREA...OWN_CODE columns first); the notes in the other
    /// sheets (Field Descriptions) state the release's top code.
    /// </summary>
    public static OewsReadResult ReadWorkbook(string fileName, byte[] content, int? year = null, OewsTopCode? topCode = null, int? latestYear = null, string? archive = null)
    {
        var name = Path.GetFileName(fileName);
        var problems = new List<SeedError>();
        var table = Workbook.Read(name, content, problems, IsHeader, out var sheets);
        if (problems.Count > 0)
            return new OewsReadResult(null, problems);
        if (table is null)
            return new OewsReadResult(null, [new SeedError(name,
                $"This workbook holds no OEWS data: none of its sheets ({string.Join(", ", sheets.Select(s => $"“{s}”"))}) has a header row naming OCC_CODE or OCC_TITLE.")]) { HoldsNoOewsData = true };
        // The workbook names its own release (the sheet "national_M2023_dl", the title "May 2023 OEWS
        // Estimates"): a renamed file or a mistyped year must not file its figures under another year.
        var stated = StatedYear(table);
        if (stated is { } statedYear && YearClaims(name, year, archive).FirstOrDefault(c => c.Year != statedYear) is { Said: not null } other)
            return new OewsReadResult(null, [new SeedError(name,
                $"The workbook states it is May {statedYear} (its sheet “{table.Sheet}”), but {other.Said} {other.Year}; nothing was imported. "
                + $"Give the year the workbook states, or check that this is the file you meant.")]);
        return Read(fileName, table.Rows, year ?? stated, topCode ?? StatedTopCode(table.Notes), latestYear, archive);
    }

    /// <summary>The release a workbook names: its data sheet's name, else a note such as "May 2023 OEWS Estimates".</summary>
    private static int? StatedYear(WorkbookTable table) =>
        YearFromFileName(table.Sheet)
        ?? table.Notes.Where(n => n.Contains("OEWS", StringComparison.OrdinalIgnoreCase)).Select(YearFromFileName).FirstOrDefault(y => y is not null);

    /// <summary>
    /// A header row of an OEWS file: it names OCC_CODE or OCC_TITLE, in any case, and another OEWS
    /// column; a field-descriptions sheet names each column on a row of its own, so is not taken for data.
    /// </summary>
    public static bool IsHeader(IReadOnlyList<string> cells)
    {
        var names = cells.Select(c => c.Trim().ToLowerInvariant()).ToHashSet();
        return (names.Contains("occ_code") || names.Contains("occ_title")) && names.Count(KnownColumns.Contains) >= 2;
    }

    private static readonly HashSet<string> KnownColumns = [.. Required, .. GroupColumns, "area", "area_title", "naics", "i_group", "own_code"];

    /// <summary>The threshold a release's notes state: "#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year".</summary>
    public static OewsTopCode? StatedTopCode(IEnumerable<string> notes) =>
        notes.Select(n => StatedTopCodePattern().Match(n)).FirstOrDefault(m => m.Success) is { } m
        && decimal.TryParse(m.Groups[1].Value.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hourly)
        && decimal.TryParse(m.Groups[2].Value.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var annual)
            ? new OewsTopCode(hourly, annual)
            : null;

    /// <summary>Rows read from a CSV file or a workbook's sheet: the header first, each row with its line.</summary>
    private static OewsReadResult Read(string fileName, IReadOnlyList<CsvRow> rows, int? year, OewsTopCode? topCode, int? latestYear, string? archive)
    {
        var name = Path.GetFileName(fileName);
        var problems = new List<SeedError>();
        void Problem(string message, long? line = null, string? column = null) => problems.Add(new SeedError(name, message, line, column));
        OewsReadResult Fail(string message, long? line = null)
        {
            Problem(message, line);
            return new OewsReadResult(null, problems);
        }

        if (YearClaims(name, year, archive).ToList() is [var first, var second] && first.Year != second.Year)
            return Fail($"{char.ToUpperInvariant(first.Said[0])}{first.Said[1..]} {first.Year}, but {second.Said} {second.Year}; nothing was imported. Check that this is the file you meant.");
        var releaseYear = year ?? YearFromFileName(name) ?? (archive is null ? null : YearFromArchiveName(archive));
        if (releaseYear is null)
            return Fail("The release year is not in the file name (e.g. national_M2022_dl.csv); give it with --year, or in the form's year box.");
        if (releaseYear < FirstYear || releaseYear > (latestYear ?? DateTime.UtcNow.Year))
            return Fail($"{releaseYear} is not an OEWS release year (they run from {FirstYear} to last year).");

        if (topCode is { } given && !(Bounds.PayAmount.Contains(given.Hourly) && Bounds.PayAmount.Contains(given.Annual)))
            return Fail($"The top code is out of bounds: a wage {Bounds.PayAmount.Requirement}.");

        if (rows.Count == 0)
            return Fail("The file is empty.");

        var header = rows[0].Cells.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string column) => header.IndexOf(column);
        var groupColumn = GroupColumns.Select(Column).FirstOrDefault(i => i >= 0, -1);
        var missing = Required.Where(c => Column(c) < 0).Select(c => c.ToUpperInvariant()).ToList();
        if (groupColumn < 0)
            missing.Insert(2, "O_GROUP (or OCC_GROUP)");
        if (missing.Count > 0)
        {
            var notOews = Column("occ_code") < 0 && Column("occ_title") < 0;
            return Fail((notOews ? "This is not a BLS OEWS file: " : "This OEWS file cannot be read: ")
                + $"the header row lacks {(missing.Count == 1 ? "the column" : "the columns")} {string.Join(", ", missing)}.", rows[0].Line);
        }
        var duplicated = header.Where(h => h.Length > 0).GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key.ToUpperInvariant()).ToList();
        if (duplicated.Count > 0)
            return Fail($"The header row repeats {string.Join(", ", duplicated)}.", rows[0].Line);
        if (rows.Count == 1)
            return Fail("The file has a header row but no occupations.", rows[0].Line);

        // Files with area or industry columns (some BLS layouts) hold the national,
        // cross-industry, all-ownership estimates in only some rows: keep just those.
        var filters = new (string Column, string[] Keep)[] { ("area", ["99", "US"]), ("i_group", ["cross-industry"]), ("naics", ["000000"]), ("own_code", ["1235", "123"]) }
            .Where(f => Column(f.Column) >= 0).ToList();

        var notNational = new List<CsvRow>();
        var topCodeUsed = topCode ?? (TopCodes.TryGetValue(releaseYear.Value, out var known) ? known : null);
        var result = new List<OewsRow>();
        var seen = new Dictionary<(string Code, string Group), long>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Cells.Count == 1 && row.Cells[0].Length == 0)
                continue; // a blank line
            if (row.Cells.Count != header.Count)
            {
                Problem($"The row has {row.Cells.Count} cells; the header has {header.Count}. Is the file cut short or damaged?", row.Line);
                continue;
            }
            string Cell(int i) => row.Cells[i].Trim();
            if (filters.Any(f => !f.Keep.Contains(Cell(Column(f.Column)), StringComparer.OrdinalIgnoreCase)))
            {
                notNational.Add(row);
                continue;
            }

            var before = problems.Count;
            var code = Cell(Column("occ_code"));
            var title = Cell(Column("occ_title"));
            var group = Cell(groupColumn).ToLowerInvariant();
            if (!CodePattern().IsMatch(code))
                Problem($"'{Shorten(code)}' is not an occupation code like 15-1252.", row.Line, "OCC_CODE");
            if (title.Length == 0 || title.Length > TextLimits.RoleTitle)
                Problem($"The occupation title is missing or longer than {TextLimits.RoleTitle} characters.", row.Line, "OCC_TITLE");
            else if (TextRules.CharacterProblem(title) is { } characters)
                Problem("The occupation title " + characters, row.Line, "OCC_TITLE");
            if (!Groups.Contains(group))
                Problem($"'{Shorten(group)}' is not an occupation group; expected one of {string.Join(", ", Groups)}.", row.Line, header[groupColumn].ToUpperInvariant());

            OewsValue Value(string column, bool wage)
            {
                var raw = Cell(Column(column));
                if (raw is "*" or "**")
                    return new OewsValue(OewsMark.NotPublished, null, raw);
                if (raw == "#" && wage)
                {
                    if (topCodeUsed is null)
                    {
                        Problem($"'#' marks a wage at or above the top code, and the top code of May {releaseYear} is not known: give it with --top-code HOURLY/ANNUAL (e.g. 115.00/239200).", row.Line, column.ToUpperInvariant());
                        return OewsValue.Missing;
                    }
                    return new OewsValue(OewsMark.TopCoded, column.StartsWith('h') ? topCodeUsed.Hourly : topCodeUsed.Annual, raw);
                }
                var bounds = wage ? Bounds.PayAmount : Bounds.Employment;
                if (decimal.TryParse(raw.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number > 0)
                {
                    if (bounds.Contains(number))
                        return new OewsValue(OewsMark.Number, number, raw);
                    Problem($"'{Shorten(raw)}' is out of bounds: {(wage ? "a wage" : "an employment count")} {bounds.Requirement}.", row.Line, column.ToUpperInvariant());
                    return OewsValue.Missing;
                }
                Problem(raw.Length == 0
                    ? "The cell is empty; OEWS files mark a missing value with * or **."
                    : $"'{Shorten(raw)}' is not a positive number{(wage ? ", #, * or **" : ", * or **")}.", row.Line, column.ToUpperInvariant());
                return OewsValue.Missing;
            }
            decimal? Rse(string column)
            {
                var raw = Cell(Column(column));
                if (raw is "" or "*" or "**")
                    return null;
                if (decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rse) && Bounds.RelativeStandardError.Contains(rse))
                    return rse;
                Problem($"'{Shorten(raw)}' is not a relative standard error (a percentage such as 1.2; it {Bounds.RelativeStandardError.Requirement}).", row.Line, column.ToUpperInvariant());
                return null;
            }

            var employment = Value("tot_emp", wage: false);
            var employmentRse = Rse("emp_prse");
            var wages = WageColumns.ToDictionary(w => (w.Statistic, w.Basis), w => Value(w.Column, wage: true));
            var meanRse = Rse("mean_prse");
            if (problems.Count > before)
                continue;
            if (seen.TryGetValue((code, group), out var firstLine))
            {
                Problem($"{code} appears twice as a {group} occupation (first on line {firstLine}).", row.Line, "OCC_CODE");
                continue;
            }
            seen[(code, group)] = row.Line;
            result.Add(new OewsRow(row.Line, code, title, group, employment, employmentRse, wages, meanRse));
        }

        if (problems.Count == 0 && result.Count == 0 && notNational.Count > 0)
            return Fail(NotNational(notNational, filters, Column));
        if (problems.Count == 0)
            CheckComplete(result, Problem);
        return problems.Count > 0
            ? new OewsReadResult(null, problems)
            : new OewsReadResult(new OewsRelease(name, releaseYear.Value, topCodeUsed, result), problems);
    }

    /// <summary>
    /// A file cut short at a line break still parses, so check it adds up: the detailed
    /// occupations account for nearly all of the "All Occupations" employment in every release.
    /// </summary>
    private static void CheckComplete(IReadOnlyList<OewsRow> rows, Action<string, long?, string?> problem)
    {
        var total = rows.FirstOrDefault(r => r.Group == "total");
        var detailed = rows.Where(r => r.Group == "detailed").ToList();
        if (detailed.Count == 0)
        {
            problem("The file has no detailed occupations, so there is nothing to import.", null, null);
            return;
        }
        if (total?.Employment.Number is not { } all)
        {
            problem("The file has no total row (00-0000 All Occupations) with its employment, so it cannot be checked for completeness.", null, null);
            return;
        }
        var covered = detailed.Sum(r => r.Employment.Number ?? 0);
        if (covered < all * 0.98m)
            problem($"The detailed occupations add up to {(covered / all).ToString("0%", CultureInfo.InvariantCulture)} of the {all.ToString("#,0", CultureInfo.InvariantCulture)} jobs in the total row; a complete release covers nearly all of them. Is the file cut short?", null, null);
    }

    /// <summary>Why a file of only other estimates (a state, metropolitan or industry file) is refused, naming what it holds.</summary>
    private static string NotNational(IReadOnlyList<CsvRow> rows, IEnumerable<(string Column, string[] Keep)> filters, Func<string, int> column)
    {
        var held = filters.Select(f =>
            {
                var title = column(f.Column + "_title");
                var values = rows.Select(r => (Code: r.Cells[column(f.Column)].Trim(), Title: title >= 0 ? r.Cells[title].Trim() : ""))
                    .Where(v => !f.Keep.Contains(v.Code, StringComparer.OrdinalIgnoreCase)).DistinctBy(v => v.Code).ToList();
                var shown = values.Take(3).Select(v => v.Title.Length > 0 ? $"{v.Code} ({Shorten(v.Title)})" : v.Code);
                return values.Count == 0 ? null : $"{f.Column.ToUpperInvariant()} {string.Join(", ", shown)}{(values.Count > 3 ? $" and {values.Count - 3} more" : "")}";
            })
            .OfType<string>();
        return "This OEWS file holds no national cross-industry estimates (the rows with AREA 99 or US, and NAICS 000000 where it has industries): "
            + $"its rows are for {string.Join("; ", held)}. Only the national file can be imported (such as national_M2023_dl.xlsx, in the zip BLS names oesm23nat.zip).";
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    [GeneratedRegex(@"#\s*=.*?\$\s*(\d[\d,]*(?:\.\d+)?)\s*per hour or \$\s*(\d[\d,]*(?:\.\d+)?)\s*per year", RegexOptions.IgnoreCase)]
    private static partial Regex StatedTopCodePattern();

    [GeneratedRegex(@"^oesm(\d{2})[a-z]*\.zip$", RegexOptions.IgnoreCase)]
    private static partial Regex ArchiveYear();

    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"(?:^|[^0-9])(?:M|May[ _-]?)((?:19|20)\d{2})(?:[^0-9]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FileYear();
}
