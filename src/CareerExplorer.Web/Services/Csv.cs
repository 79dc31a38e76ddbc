using System.Text;
using CareerExplorer.Web.Services.Importing;
using CsvHelper;

namespace CareerExplorer.Web.Services;

public sealed record CsvRow(long Line, List<string> Cells);

/// <summary>
/// The CSV reader shared by the salary-figure and OEWS imports, and the writer of the downloads.
/// CsvHelper, not Sep: one library both reads and writes RFC 4180; it gives the line each
/// record starts on, counting the line breaks inside quoted cells, and reports a quote that is
/// never closed, which is what the import messages need. Sep is faster, but these files are at
/// most 10 MB and its ref-struct rows suit streaming more than this row-by-row checking.
/// </summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',', // never guessed from the data
        HasHeader = false, // the callers check the header themselves, with their own messages
        TrackLineNumbers = true,
        SkipEmptyLines = true,
    };

    /// <summary>RFC 4180: quoted cells may hold commas, quotes ("") and line breaks.</summary>
    public static List<CsvRow> Parse(string text, string file, List<SeedError> problems)
    {
        var rows = new List<CsvRow>();
        var options = Options with
        {
            OnMalformedRecord = m =>
            {
                if (m.Reason == CsvMalformedReason.UnterminatedQuote)
                    problems.Add(new SeedError(file, "A quoted cell is never closed.", m.LineNumber));
            },
        };
        using var reader = CsvReader.Create(new StringReader(text), options);
        while (reader.Read())
        {
            var cells = new List<string>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
                cells.Add(reader.GetString(i));
            rows.Add(new CsvRow(reader.LineNumber, cells));
        }
        return rows;
    }

    /// <summary>
    /// A download: RFC 4180, one header row, every cell defused (<see cref="SpreadsheetText.Defuse"/>),
    /// as UTF-8 with a byte-order mark, so that Excel reads accents and dashes right.
    /// </summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> records)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(header.Select(SpreadsheetText.Defuse).ToArray());
            foreach (var record in records)
                csv.WriteRecord(record.Select(SpreadsheetText.Defuse).ToArray());
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
