using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Cpi;

/// <summary>
/// A CPI-U file, claimed by its header only: the monthly CSV (Date,Index[,Inflation]; Date
/// YYYY-MM-DD or YYYY-MM), or a BLS series download (Series ID,Year,Period,Value, comma- or
/// tab-separated as in BLS's flat files). Columns by name, any case; others are ignored. Months
/// are M01-M12; M13 (the annual average) is a cross-check, S01-S03 (half-years) are ignored; rows
/// of other series are skipped, and a file without CUUR0000SA0 is refused.
/// </summary>
public sealed class CpiReader(TimeProvider clock) : IImportReader<CpiSeries>
{
    private enum Layout { None, Monthly, Bls }

    /// <summary>Any text file with a CPI header: BLS names its flat files cu.data.1.AllItems and the like.</summary>
    public bool Claims(ImportSource source) =>
        source.Extension is not (".zip" or ".xlsx" or ".json") && ImportText.TryDecode(source.Content) is { } text && LayoutOf(Header(FirstLine(text))) != Layout.None;

    private static string FirstLine(string text) => text.IndexOf('\n') is var end and >= 0 ? text[..end] : text;

    private static char Separator(string headerLine) => headerLine.Contains('\t') ? '\t' : ',';

    private static List<string> Header(string line) =>
        line.Split(Separator(line)).Select(h => h.Trim().Trim('"').Replace(" ", "").Replace("_", "").ToLowerInvariant()).ToList();

    /// <summary>A Date column with Index or Inflation, or a Series ID column: enough to tell a CPI file, so a damaged one is told what it lacks.</summary>
    private static Layout LayoutOf(List<string> header) =>
        header.Contains("seriesid") ? Layout.Bls
        : header.Contains("date") && (header.Contains("index") || header.Contains("inflation")) ? Layout.Monthly
        : Layout.None;

    public ImportRead<CpiSeries> Read(ImportSource source)
    {
        var file = source.Name;
        var problems = new List<SeedError>();
        if (ImportText.Decode(file, source.Content, problems) is not { } text)
            return new([], problems, 0);
        var rows = Separator(FirstLine(text)) == '\t' ? TabRows(text) : Csv.Parse(text, file, problems);
        if (rows.Count == 0)
            return new([], [.. problems, new SeedError(file, "The file has no header row.")], 0);
        var header = Header(string.Join(Separator(FirstLine(text)), rows[0].Cells));
        var layout = LayoutOf(header);
        string[] required = layout == Layout.Bls ? ["seriesid", "year", "period", "value"] : ["date", "index"];
        var missing = required.Where(r => !header.Contains(r)).ToList();
        if (layout == Layout.None || missing.Count > 0)
        {
            problems.Add(new SeedError(file, $"Missing column{(missing.Count == 1 ? "" : "s")}: {string.Join(", ", missing)}. A CPI file has the columns Date,Index (the monthly series) "
                + "or Series ID,Year,Period,Value (a BLS download of series CUUR0000SA0).", 1));
            return new([], problems, 0);
        }

        var months = new List<CpiMonth>();
        var seen = new Dictionary<(int, int), long>();
        var annual = new List<(int Year, decimal Value, string Text, long Line)>();
        var otherSeries = new SortedSet<string>(StringComparer.Ordinal);
        long? firstOtherLine = null;
        var latestYear = Bounds.MaxYear(clock);
        foreach (var row in rows.Skip(1))
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace))
                continue;
            string Cell(string column) => header.IndexOf(column) is var i && i < row.Cells.Count ? row.Cells[i].Trim().Trim('"').Trim() : "";
            void Bad(string column, string message) => problems.Add(new SeedError(file, message, row.Line, column));
            var before = problems.Count;
            int year = 0, month = 0;
            string dateColumn;
            if (layout == Layout.Bls)
            {
                var seriesId = Cell("seriesid");
                if (!seriesId.Equals(CpiSeries.SeriesId, StringComparison.OrdinalIgnoreCase))
                {
                    otherSeries.Add(Short(seriesId));
                    firstOtherLine ??= row.Line;
                    continue;
                }
                dateColumn = "Period";
                if (!int.TryParse(Cell("year"), NumberStyles.None, CultureInfo.InvariantCulture, out year))
                    Bad("Year", $"'{Short(Cell("year"))}' is not a year.");
                var period = Cell("period").ToUpperInvariant();
                if (period is "S01" or "S02" or "S03")
                    continue; // half-year averages: the months are there
                if (period == "M13")
                {
                    if (Number(Cell("value"), "Value", Bad) is { } average && problems.Count == before)
                        annual.Add((year, average, Cell("value"), row.Line));
                    continue;
                }
                if (period.Length != 3 || period[0] != 'M' || !int.TryParse(period.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12)
                    Bad("Period", $"'{Short(Cell("period"))}' is not a month: BLS periods are M01-M12 (M13 is the annual average).");
            }
            else
            {
                dateColumn = "Date";
                var date = Cell("date");
                if (DateOnly.TryParseExact(date, ["yyyy-MM-dd", "yyyy-MM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    (year, month) = (d.Year, d.Month);
                else
                    Bad("Date", $"'{Short(date)}' is not a date: use YYYY-MM-DD or YYYY-MM.");
            }
            var index = Number(Cell(layout == Layout.Bls ? "value" : "index"), layout == Layout.Bls ? "Value" : "Index", Bad);
            if (year != 0 && (year < Bounds.MinYear || year > latestYear))
                Bad(layout == Layout.Bls ? "Year" : "Date", $"The year must be between {Bounds.MinYear} and {latestYear}.");
            if (problems.Count > before)
                continue;
            if (seen.TryGetValue((year, month), out var earlier))
            {
                Bad(dateColumn, $"{CpiMonths.MonthName(month)} {year} is given twice (also on line {earlier}).");
                continue;
            }
            seen[(year, month)] = row.Line;
            months.Add(new CpiMonth(year, month, index!.Value, row.Line));
        }

        if (otherSeries.Count > 0 && months.Count == 0 && problems.Count == 0)
            problems.Add(new SeedError(file, $"The file holds series {string.Join(", ", otherSeries)}, not {CpiSeries.SeriesId} (CPI-U, U.S. city average, all items, not seasonally adjusted); only that series is imported.", firstOtherLine, "Series ID"));
        else if (months.Count == 0 && problems.Count == 0)
            problems.Add(new SeedError(file, "The file has a header row but no months.", 1));
        if (problems.Count > 0)
            return new([], problems, months.Count);

        var series = new CpiSeries(file, months);
        CrossCheck(file, series, annual, problems);
        return problems.Count > 0 ? new([], problems, months.Count) : new([series], problems, months.Count);
    }

    /// <summary>BLS's annual average (M13) of a full year must be the mean of its twelve months, to the decimals BLS gives it.</summary>
    private static void CrossCheck(string file, CpiSeries series, List<(int Year, decimal Value, string Text, long Line)> annual, List<SeedError> problems)
    {
        var years = series.Months.GroupBy(m => m.Year).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (year, value, text, line) in annual)
        {
            if (!years.TryGetValue(year, out var ofYear) || ofYear.Count != 12)
                continue;
            var decimals = text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0;
            var mean = decimal.Round(ofYear.Average(m => m.Index), decimals, MidpointRounding.AwayFromZero);
            if (mean != value)
                problems.Add(new SeedError(file, $"The annual average (M13) of {year} is {text}, but its twelve months give {mean.ToString(CultureInfo.InvariantCulture)}.", line, "Value"));
        }
    }

    private static decimal? Number(string text, string column, Action<string, string> bad)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            bad(column, text.Length == 0 ? $"The {column.ToLowerInvariant()} is missing." : $"'{Short(text)}' is not a number.");
            return null;
        }
        if (!Bounds.CpiValue.Contains(value))
        {
            bad(column, $"The index value {text} is out of bounds: it {Bounds.CpiValue.Requirement}.");
            return null;
        }
        return value;
    }

    private static string Short(string s) => s.Length > 30 ? s[..30] + "…" : s;

    /// <summary>BLS's tab-separated flat files: no quoting, cells padded with spaces.</summary>
    private static List<CsvRow> TabRows(string text)
    {
        var rows = new List<CsvRow>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length > 0)
                rows.Add(new CsvRow(i + 1, [.. line.Split('\t')]));
        }
        return rows;
    }
}
