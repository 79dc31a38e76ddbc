using CsvHelper;

namespace CareerExplorer.Web.Services;

/// <summary>The comparison as CSV: RFC 4180 (written by CsvHelper, as <see cref="Csv"/> reads), UTF-8, one header row, one line per figure.</summary>
public static class CompareCsv
{
    public static readonly string[] Header =
    [
        "figure_id", "role_slug", "role", "source", "cited_in", "year", "month", "statistic", "pay_component", "basis", "currency",
        "nominal", "nominal_low", "nominal_high", "normalised", "normalised_low", "normalised_high",
        "adjusted_for_inflation", "target_year", "note",
    ];

    public static string Write(Comparison comparison)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var role in comparison.Roles)
            foreach (var row in role.Figures)
            {
                var f = row.Figure;
                string[] cells =
                [
                    Num(f.Id), role.Slug, role.Title, f.Provenance.Source.Publisher, f.Provenance.CitedIn?.ShortName ?? "",
                    Num(f.Year), f.Month is { } m ? Num(m) : "", Display.Statistic(f.Statistic), Display.PayComponent(f.PayComponent),
                    f.BasisText.ToLowerInvariant(), f.Currency,
                    Money(f.Amount), Money(f.Low), Money(f.High),
                    Money(row.Point?.Value), Money(row.Low?.Value), Money(row.High?.Value),
                    row.Adjusted ? "yes" : "no", Num(comparison.TargetYear), row.Problem ?? row.Partial ?? "",
                ];
                csv.WriteRecord(cells.Select(Defuse).ToArray());
            }
        }
        return text.ToString();
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal? d) => d?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    /// <summary>One cell as <see cref="Write"/> writes it: defused (<see cref="Defuse"/>), then quoted where needed.</summary>
    public static string Escape(string value)
    {
        if (value.Length == 0)
            return ""; // CsvHelper writes a record of one empty cell as "", not to read as a blank line
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteRecord(Defuse(value));
        }
        return text.ToString()[..^2]; // without the record's CRLF
    }

    /// <summary>
    /// Defuses text a spreadsheet would run as a formula (titles and notes come from admins and
    /// imports, so they are not trusted); numbers such as -5 stay numbers. Our own rule rather
    /// than CsvHelper's injection option, which cannot tell "-5" written as text from a formula.
    /// </summary>
    public static string Defuse(string value) =>
        value.Length > 0 && "=+-@\t\r".Contains(value[0]) && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;
}
