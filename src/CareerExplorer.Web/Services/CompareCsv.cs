using CsvHelper;

namespace CareerExplorer.Web.Services;

/// <summary>The comparison as CSV: RFC 4180 (written by CsvHelper, by <see cref="Csv.Write"/>), UTF-8, one header row, one line per figure.</summary>
public static class CompareCsv
{
    public static readonly string[] Header =
    [
        "figure_id", "role_slug", "role", "source", "cited_in", "year", "month", "statistic", "pay_component", "basis", "currency",
        "nominal", "nominal_low", "nominal_high", "normalised", "normalised_low", "normalised_high",
        "adjusted_for_inflation", "target_year", "note",
    ];

    /// <summary>The file: UTF-8 with a byte-order mark, every cell defused (see <see cref="Csv.Write"/>).</summary>
    public static byte[] Write(Comparison comparison) => Csv.Write(Header,
        comparison.Roles.SelectMany(role => role.Figures.Select(row =>
        {
            var f = row.Figure;
            return (IReadOnlyList<string>)
            [
                Num(f.Id), role.Slug, role.Title, f.Provenance.Source.Publisher, f.Provenance.CitedIn?.ShortName ?? "",
                Num(f.Year), f.Month is { } m ? Num(m) : "", Display.Statistic(f.Statistic), Display.PayComponent(f.PayComponent),
                f.BasisText.ToLowerInvariant(), f.Currency,
                Money(f.Amount), Money(f.Low), Money(f.High),
                Money(row.Point?.Value), Money(row.Low?.Value), Money(row.High?.Value),
                row.Adjusted ? "yes" : "no", Num(comparison.TargetYear), row.Problem ?? row.Partial ?? "",
            ];
        })));

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal? d) => d?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    /// <summary>One cell as <see cref="Write"/> writes it: defused (<see cref="SpreadsheetText.Defuse"/>), then quoted where needed.</summary>
    public static string Escape(string value)
    {
        if (value.Length == 0)
            return ""; // CsvHelper writes a record of one empty cell as "", not to read as a blank line
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteRecord(SpreadsheetText.Defuse(value));
        }
        return text.ToString()[..^2]; // without the record's CRLF
    }
}
