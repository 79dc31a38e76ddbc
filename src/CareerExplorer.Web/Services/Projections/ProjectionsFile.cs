using System.Text.RegularExpressions;
using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Projections;

/// <summary>One line of Table 1.2: an occupation (a line item), a group (a summary), or the total. Null values are "—" (not available).</summary>
public sealed record ProjectionRow(
    long Line, string Code, string Title, bool IsLineItem,
    decimal? EmploymentBase, decimal? EmploymentTarget, decimal? ChangeNumber, decimal? ChangePercent,
    decimal? SelfEmployedPercent, decimal? Openings, decimal? MedianWage, bool MedianWageTopCoded,
    string? Education, string? Experience, string? Training);

/// <summary>
/// A release as its workbook states it: the period from the table's title, how it counts
/// openings, which year's OEWS wage it quotes, the "Total, all occupations" line, and the
/// occupations (line items; summary groups are not kept).
/// </summary>
public sealed record ProjectionsRelease(
    string FileName, ProjectionPeriod Period, string Sheet, OpeningsBasis OpeningsBasis, int? MedianWageYear,
    ProjectionRow Total, IReadOnlyList<ProjectionRow> Occupations, IReadOnlyList<string> Columns, string? EducationSheet)
{
    public string Release => Period.ToString();
}

public sealed record ProjectionsReadResult(ProjectionsRelease? Release, IReadOnlyList<SeedError> Problems);

/// <summary>
/// Reads the occupation workbook BLS Employment Projections publishes (occupation.xlsx), Table 1.2,
/// of any release from 2014-24 on. Layouts differ between releases, so nothing is read by
/// position: the header may span one to three rows ("Employment" / "Number" / "2016"), whose
/// texts are joined per column and read by meaning ("employment" and the base year, "change" and
/// "percent"); the period comes from the table's title; education and training come from Table
/// 1.2 or, in releases that put them elsewhere (2019-29: Table 5.4), from that table. Footnote
/// rows are not occupations, and "—" is "not available", never zero.
/// </summary>
public static partial class ProjectionsFile
{
    public const string TableName = "Table 1.2";

    /// <summary>The earliest release whose occupation workbook this reads; its openings are counted the old way until 2016-26.</summary>
    public const int FirstBaseYear = 2014;
    public const int SeparationsMethodFrom = 2016;

    private const int HeaderSearchRows = 12;

    /// <summary>How much of the total's base employment the line items must cover: less is a table cut short.</summary>
    private const decimal MinimumCoverage = 0.95m;

    /// <summary>What a column means, and how its header says so (lower case, dashes as hyphens, footnote markers removed).</summary>
    private enum Field { Title, Code, Type, EmploymentBase, EmploymentTarget, ChangeNumber, ChangePercent, SelfEmployed, Openings, MedianWage, Education, Experience, Training }

    private static string Describe(Field field, ProjectionPeriod period) => field switch
    {
        Field.Title => "the occupation title",
        Field.Code => "the occupation code",
        Field.EmploymentBase => $"employment in {period.BaseYear}",
        Field.EmploymentTarget => $"employment in {period.TargetYear}",
        Field.ChangeNumber => "the employment change (number)",
        Field.ChangePercent => "the employment change (percent)",
        _ => field.ToString(),
    };

    /// <summary>Whether an .xlsx file is a projections workbook: BLS names its sheets "Table 1.1", "Table 1.2"…, and the file occupation.xlsx.</summary>
    public static bool IsProjectionsWorkbook(string fileName, byte[] content) =>
        BlsFileName().IsMatch(Path.GetFileName(fileName))
        || Workbook.SheetNames(content) is { } sheets && sheets.Any(s => TableSheet().IsMatch(s.Trim()));

    public static ProjectionsReadResult Read(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName);
        var problems = new List<SeedError>();
        ProjectionsReadResult Fail(string message, long? line = null, string? column = null)
        {
            problems.Add(new SeedError(name, message, line, column));
            return new ProjectionsReadResult(null, problems);
        }

        var sheets = Workbook.ReadSheets(name, content, problems);
        if (sheets is null)
            return new ProjectionsReadResult(null, problems);
        var sheet = sheets.FirstOrDefault(s => s.Name.Trim().Equals(TableName, StringComparison.OrdinalIgnoreCase))
            ?? sheets.FirstOrDefault(s => s.Rows.Take(3).Any(r => r.Cells.Any(c => c.TrimStart().StartsWith(TableName + " ", StringComparison.OrdinalIgnoreCase))));
        if (sheet is null)
            return Fail($"This workbook has no {TableName} (the occupational projections BLS publishes in occupation.xlsx); its sheets are {string.Join(", ", sheets.Select(s => $"“{s.Name}”"))}.");
        var table = Table.Of(sheet);
        if (table is null)
            return Fail($"{TableName} (sheet “{sheet.Name}”) has no occupation rows: no row in it holds a code like 15-2051, so its header cannot be found.");
        if (table.Period(problems, name) is not { } period)
            return new ProjectionsReadResult(null, problems);
        if (period.BaseYear < FirstBaseYear)
            return Fail($"{table.TitleText} is the {period} release; releases from {FirstBaseYear}-{(FirstBaseYear + 10) % 100:D2} on can be read.", table.TitleLine);

        var columns = table.Columns(period);
        var missing = new[] { Field.Code, Field.Title, Field.EmploymentBase, Field.EmploymentTarget, Field.ChangePercent }
            .Where(f => !columns.ContainsKey(f)).Select(f => Describe(f, period)).ToList();
        if (missing.Count > 0)
            return Fail($"{TableName} (sheet “{sheet.Name}”) cannot be read: its header has no column for {Join(missing)}. "
                + $"The columns it has: {string.Join("; ", table.Headers.Where(h => h.Length > 0).Select(h => $"“{h}”"))}.", table.HeaderLine);

        // Releases that give education and training in another table (2019-29: Table 5.4).
        Dictionary<string, (string? Education, string? Experience, string? Training)>? assignments = null;
        string? educationSheet = null;
        if (!columns.ContainsKey(Field.Education))
        {
            // BLS's assignments table (Table 5.4) before a projections table that repeats them (2019-29's Table 1.7).
            var source = sheets.Where(s => s != sheet)
                .Select(s => (Sheet: s, Table: Table.Of(s)))
                .Select(x => (x.Sheet, x.Table, Columns: x.Table?.Columns(period)))
                .Where(x => x.Columns is { } c && c.ContainsKey(Field.Code) && c.ContainsKey(Field.Education))
                .OrderBy(x => x.Columns!.ContainsKey(Field.EmploymentBase) ? 1 : 0)
                .FirstOrDefault();
            if (source is { Table: { } t, Columns: { } c })
            {
                assignments = [];
                foreach (var row in t.Data)
                {
                    var code = Clean(t.Cell(row, c[Field.Code]));
                    if (!CodePattern().IsMatch(code) || assignments.ContainsKey(code))
                        continue;
                    assignments[code] = (Category(t, row, c, Field.Education, problems, name), Category(t, row, c, Field.Experience, problems, name),
                        Category(t, row, c, Field.Training, problems, name));
                }
                educationSheet = source.Sheet.Name;
            }
        }

        var wageYear = columns.TryGetValue(Field.MedianWage, out var wageColumn) && YearIn().Match(table.Headers[wageColumn]) is { Success: true } w
            ? int.Parse(w.Value, CultureInfo.InvariantCulture) : (int?)null;
        var basis = columns.TryGetValue(Field.Openings, out var openingsColumn)
            && (Normalise(table.Headers[openingsColumn]).Contains("annual", StringComparison.Ordinal) || period.BaseYear >= SeparationsMethodFrom)
            ? OpeningsBasis.AnnualAverage : OpeningsBasis.PeriodTotal;

        ProjectionRow? total = null;
        var occupations = new List<ProjectionRow>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var summaries = columns.ContainsKey(Field.Type) ? null : Summaries(table, columns[Field.Code]);
        foreach (var row in table.Data)
        {
            var code = Clean(table.Cell(row, columns[Field.Code]));
            var title = Clean(table.Cell(row, columns[Field.Title]));
            if (!CodePattern().IsMatch(code))
            {
                // Footnotes, notes and the source line sit below the data: text without figures.
                if (!HasFigures(table, row, columns))
                    continue;
                problems.Add(new SeedError(name, $"This row has figures but its code “{Shorten(code)}” is not an occupation code like 15-2051.", row.Line, table.Headers[columns[Field.Code]]));
                continue;
            }
            var before = problems.Count;
            if (title.Length == 0 || title.Length > TextLimits.RoleTitle)
                problems.Add(new SeedError(name, $"The occupation title is missing or longer than {TextLimits.RoleTitle} characters.", row.Line, table.Headers[columns[Field.Title]]));
            else if (TextRules.CharacterProblem(title) is { } characters)
                problems.Add(new SeedError(name, "The occupation title " + characters, row.Line, table.Headers[columns[Field.Title]]));
            var type = columns.TryGetValue(Field.Type, out var typeColumn) ? Clean(table.Cell(row, typeColumn)).ToLowerInvariant() : null;
            if (type is not (null or "line item" or "summary"))
                problems.Add(new SeedError(name, $"“{Shorten(type)}” is not an occupation type; BLS marks each row “Line item” or “Summary”.", row.Line, table.Headers[typeColumn]));
            var lineItem = summaries is not null ? !summaries.Contains(row.Line) : type == "line item";

            decimal? Number(Field field, NumberRange bounds) =>
                columns.TryGetValue(field, out var column) ? Value(table, row, column, bounds, problems, name) : null;
            var projection = new ProjectionRow(row.Line, code, title, lineItem && code != ProjectionCodes.Total,
                Number(Field.EmploymentBase, Bounds.ThousandsEmployed), Number(Field.EmploymentTarget, Bounds.ThousandsEmployed),
                Number(Field.ChangeNumber, Bounds.ThousandsChange), Number(Field.ChangePercent, Bounds.Percent),
                Number(Field.SelfEmployed, Bounds.Share), Number(Field.Openings, Bounds.ThousandsEmployed), Number(Field.MedianWage, Bounds.PayAmount),
                columns.TryGetValue(Field.MedianWage, out var wageAt) && TopCoded().IsMatch(Clean(table.Cell(row, wageAt))),
                Category(table, row, columns, Field.Education, problems, name), Category(table, row, columns, Field.Experience, problems, name),
                Category(table, row, columns, Field.Training, problems, name));
            if (problems.Count > before)
                continue;
            if (code == ProjectionCodes.Total)
            {
                total ??= projection;
                continue;
            }
            if (!projection.IsLineItem)
                continue;
            if (seen.TryGetValue(code, out var first))
            {
                problems.Add(new SeedError(name, $"{code} is listed twice as an occupation (first on row {first}).", row.Line, table.Headers[columns[Field.Code]]));
                continue;
            }
            seen[code] = row.Line;
            if (assignments?.GetValueOrDefault(code) is { } assigned)
                projection = projection with { Education = assigned.Education, Experience = assigned.Experience, Training = assigned.Training };
            occupations.Add(projection);
        }

        if (problems.Count > 0)
            return new ProjectionsReadResult(null, problems);
        if (total is null)
            return Fail($"{TableName} has no “Total, all occupations” row ({ProjectionCodes.Total}), which every occupation's growth is compared with.");
        if (occupations.Count == 0)
            return Fail($"{TableName} has no occupations (rows marked “Line item”).");
        // A table cut short still reads: check the occupations add up to nearly all of the total.
        if (total.EmploymentBase is { } all && all > 0)
        {
            var covered = occupations.Sum(o => o.EmploymentBase ?? 0);
            if (covered < all * MinimumCoverage)
                return Fail($"The occupations in {TableName} add up to {Percent(covered / all)} of the {all.ToString("#,0.#", CultureInfo.InvariantCulture)} thousand jobs in its total row; a complete table covers at least {Percent(MinimumCoverage)} of them. Is the file cut short?");
        }
        return new ProjectionsReadResult(
            new ProjectionsRelease(name, period, sheet.Name, basis, wageYear, total, occupations,
                columns.OrderBy(c => c.Value).Select(c => table.Headers[c.Value]).ToList(), educationSheet), problems);
    }

    /// <summary>A sheet split into its title rows, its header (one to three rows, joined per column) and its data rows.</summary>
    private sealed class Table
    {
        public required string TitleText { get; init; }
        public long? TitleLine { get; init; }
        public long HeaderLine { get; init; }
        public required IReadOnlyList<string> Headers { get; init; }
        public required IReadOnlyList<CsvRow> Data { get; init; }

        public string Cell(CsvRow row, int column) => column < row.Cells.Count ? row.Cells[column] : "";

        /// <summary>
        /// The header is the rows between the title (leading rows of one cell) and the first row
        /// with an occupation code. In a header of several rows, a group's name spans the columns
        /// under it ("Employment" over "2016" and "2026"): a blank cell above a named one takes the
        /// name to its left.
        /// </summary>
        public static Table? Of(WorkbookSheet sheet)
        {
            var rows = sheet.Rows;
            var first = rows.Take(HeaderSearchRows + 1).ToList().FindIndex(r => r.Cells.Any(c => CodePattern().IsMatch(Clean(c))));
            if (first <= 0)
                return null;
            var titleCount = rows.Take(first).TakeWhile(r => r.Cells.Count(c => c.Trim().Length > 0) <= 1).Count();
            var headerRows = rows.Skip(titleCount).Take(first - titleCount).ToList();
            if (headerRows.Count == 0)
                return null;
            var width = rows.Max(r => r.Cells.Count);
            var headers = new List<string>();
            for (var c = 0; c < width; c++)
            {
                var parts = new List<string>();
                for (var h = 0; h < headerRows.Count; h++)
                {
                    var text = At(headerRows[h], c);
                    if (text.Length == 0 && h < headerRows.Count - 1 && headerRows.Skip(h + 1).Any(lower => At(lower, c).Length > 0))
                    {
                        for (var left = c - 1; left >= 0 && text.Length == 0; left--)
                            text = At(headerRows[h], left);
                    }
                    if (text.Length > 0)
                        parts.Add(text);
                }
                headers.Add(string.Join(" ", parts));
            }
            var title = string.Join(" ", rows.Take(titleCount).SelectMany(r => r.Cells).Select(c => c.Trim()).Where(c => c.Length > 0));
            return new Table
            {
                TitleText = Whitespace().Replace(title.Length > 0 ? title : sheet.Name, " "),
                TitleLine = titleCount > 0 ? rows[0].Line : null,
                HeaderLine = headerRows[0].Line,
                Headers = headers,
                Data = rows.Skip(first).ToList(),
            };

            static string At(CsvRow row, int column) => column < row.Cells.Count ? Whitespace().Replace(row.Cells[column].Trim(), " ") : "";
        }

        /// <summary>"Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024": 2024-34. Else the header's "change, 2016-26".</summary>
        public ProjectionPeriod? Period(List<SeedError> problems, string file)
        {
            foreach (var text in Headers.Prepend(TitleText))
            {
                if (PeriodPattern().Match(Normalise(text)) is { Success: true } m)
                {
                    var start = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                    var end = m.Groups[2].Value;
                    var target = end.Length == 4 ? int.Parse(end, CultureInfo.InvariantCulture) : start / 100 * 100 + int.Parse(end, CultureInfo.InvariantCulture);
                    if (target <= start)
                        target += 100;
                    if (target - start != 10)
                        continue;
                    return new ProjectionPeriod(start, target);
                }
            }
            problems.Add(new SeedError(file, $"The table's title (“{Shorten(TitleText)}”) does not state its period, e.g. “2024–2034”, and neither does its header.", TitleLine ?? HeaderLine));
            return null;
        }

        public Dictionary<Field, int> Columns(ProjectionPeriod period)
        {
            var found = new Dictionary<Field, int>();
            var baseYear = period.BaseYear.ToString(CultureInfo.InvariantCulture);
            var targetYear = period.TargetYear.ToString(CultureInfo.InvariantCulture);
            for (var i = 0; i < Headers.Count; i++)
            {
                var h = Normalise(Headers[i]);
                bool Has(string word) => h.Contains(word, StringComparison.Ordinal);
                Field? field =
                    Has("occupation type") ? Field.Type
                    : Has("code") && !Has("title and code") ? Field.Code
                    : Has("title") ? Field.Title
                    : Has("self") && Has("employ") ? Field.SelfEmployed
                    : Has("openings") ? Field.Openings
                    : Has("median") && Has("wage") ? Field.MedianWage
                    : Has("education") ? Field.Education
                    : Has("work experience") ? Field.Experience
                    : Has("training") ? Field.Training
                    : Has("change") && Has("percent") ? Field.ChangePercent
                    : Has("change") && (Has("numeric") || Has("number")) ? Field.ChangeNumber
                    : Has("employment") && !Has("distribution") && !Has("change") && !Has("percent") && Has(targetYear) ? Field.EmploymentTarget
                    : Has("employment") && !Has("distribution") && !Has("change") && !Has("percent") && Has(baseYear) ? Field.EmploymentBase
                    : null;
                if (field is { } f)
                    found.TryAdd(f, i);
            }
            // "2016 National Employment Matrix title and code" heads two columns: the code is the one whose cells are codes.
            if (!found.ContainsKey(Field.Code))
            {
                var codeColumn = Enumerable.Range(0, Headers.Count)
                    .Select(c => (Column: c, Codes: Data.Take(50).Count(r => CodePattern().IsMatch(Clean(Cell(r, c))))))
                    .OrderByDescending(x => x.Codes).FirstOrDefault();
                if (codeColumn.Codes > 0)
                {
                    found[Field.Code] = codeColumn.Column;
                    if (!found.ContainsKey(Field.Title) && codeColumn.Column > 0)
                        found[Field.Title] = codeColumn.Column - 1;
                }
            }
            if (found.TryGetValue(Field.Title, out var titleColumn) && found.TryGetValue(Field.Code, out var code) && titleColumn == code)
                found[Field.Title] = code > 0 ? code - 1 : code + 1; // one header over both: the title is beside the code
            return found;
        }
    }

    /// <summary>
    /// The rows that are groups, in a table without an occupation type: a group's rows follow it
    /// (11-1000 before 11-1011, 11-2020 before 11-2021), so a row is a summary when the next code
    /// falls under its own. Not "a code ending in 0": a broad occupation with no detail under it
    /// (11-2030, 31-1120) is a line item, and holds about 4% of all jobs.
    /// </summary>
    private static HashSet<long> Summaries(Table table, int codeColumn)
    {
        var coded = table.Data.Select(r => (r.Line, Code: Clean(table.Cell(r, codeColumn)))).Where(x => CodePattern().IsMatch(x.Code)).ToList();
        return coded.Zip(coded.Skip(1))
            .Where(p => p.First.Code != p.Second.Code && p.Second.Code.StartsWith(p.First.Code.TrimEnd('0'), StringComparison.Ordinal))
            .Select(p => p.First.Line).ToHashSet();
    }

    /// <summary>A share rounded down to a tenth of a percent, so a share short of 95% never reads as 95%.</summary>
    private static string Percent(decimal share) => (Math.Floor(share * 1000) / 1000).ToString("0.#%", CultureInfo.InvariantCulture);

    private static bool HasFigures(Table table, CsvRow row, Dictionary<Field, int> columns) =>
        new[] { Field.EmploymentBase, Field.EmploymentTarget, Field.ChangePercent }
            .Any(f => decimal.TryParse(Clean(table.Cell(row, columns[f])), NumberStyles.Number, CultureInfo.InvariantCulture, out _));

    private static decimal? Value(Table table, CsvRow row, int column, NumberRange bounds, List<SeedError> problems, string file)
    {
        var raw = Clean(table.Cell(row, column));
        if (IsNotAvailable(raw))
            return null;
        // OEWS's top code, as the wage column prints it: ">=$239,200" is that wage or more.
        if (TopCoded().Match(raw) is { Success: true } top)
            raw = top.Groups[1].Value;
        raw = raw.TrimStart('$');
        if (!decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(new SeedError(file, $"“{Shorten(raw)}” is not a number, nor “—” (not available).", row.Line, table.Headers[column]));
            return null;
        }
        if (!bounds.Contains(value))
        {
            problems.Add(new SeedError(file, $"{raw} is out of bounds: the value {bounds.Requirement}.", row.Line, table.Headers[column]));
            return null;
        }
        return value;
    }

    private static string? Category(Table table, CsvRow row, Dictionary<Field, int> columns, Field field, List<SeedError> problems, string file)
    {
        if (!columns.TryGetValue(field, out var column))
            return null;
        var text = Clean(table.Cell(row, column));
        if (IsNotAvailable(text))
            return null;
        if (text.Length > TextLimits.ProjectionCategory || TextRules.CharacterProblem(text) is not null)
        {
            problems.Add(new SeedError(file, $"“{Shorten(text)}” is not a category BLS uses: too long, or with control or invisible characters.", row.Line, table.Headers[column]));
            return null;
        }
        return text;
    }

    /// <summary>BLS's "—" (and the en dash, hyphen or n/a some tables use); an empty cell says nothing either.</summary>
    private static bool IsNotAvailable(string text) => text is "" or "—" or "–" or "-" or "--" || text.Equals("n/a", StringComparison.OrdinalIgnoreCase);

    /// <summary>A cell without its footnote markers ("[1]", "(1)") and spaces.</summary>
    private static string Clean(string cell) => Footnote().Replace(cell, "").Trim();

    private static string Normalise(string header) =>
        Whitespace().Replace(Footnote().Replace(header, " ").Replace('\u2013', '-').Replace('\u2014', '-').ToLowerInvariant(), " ").Trim();

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;

    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial Regex CodePattern();

    /// <summary>"occupation.xlsx" as BLS names it, or "occupation_2024-34.xlsx"; not O*NET's "Occupation Data.xlsx".</summary>
    [GeneratedRegex(@"^occupation(?:[_-][^ ]*)?\.xlsx$", RegexOptions.IgnoreCase)]
    private static partial Regex BlsFileName();

    [GeneratedRegex(@"^Table \d+\.\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex TableSheet();

    [GeneratedRegex(@"\[\d+\]|\(\d\)")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b((?:19|20)\d{2})\s*(?:-|to|and projected)\s*((?:19|20)?\d{2})\b")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"^(?:>=|≥)\s*\$?\s*(\d[\d,]*(?:\.\d+)?)$")]
    private static partial Regex TopCoded();

    [GeneratedRegex(@"(?:19|20)\d{2}")]
    private static partial Regex YearIn();
}
