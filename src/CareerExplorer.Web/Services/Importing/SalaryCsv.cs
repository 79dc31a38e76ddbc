namespace CareerExplorer.Web.Services.Importing;

/// <summary>Salary figures as CSV: one row a figure, columns by header name; merged as a data/seed set.</summary>
public sealed class SalaryCsv : IImportReader<SeedUnit>
{
    public bool Claims(ImportSource source) => source.Extension == ".csv";

    public ImportRead<SeedUnit> Read(ImportSource source)
    {
        var problems = new List<SeedError>();
        var lines = new Dictionary<(string, int), long>();
        var set = ImportText.Decode(source.Name, source.Content, problems) is { } text
            ? new SeedDataSet { SalaryFigures = Read(source.Name, text, problems, lines) }
            : new SeedDataSet();
        return SeedUnit.Read(source.Name, set, problems, lines);
    }

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
