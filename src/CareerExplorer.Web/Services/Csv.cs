using CareerExplorer.Web.Services.Importing;
using CsvHelper;

namespace CareerExplorer.Web.Services;

public sealed record CsvRow(long Line, List<string> Cells);

/// <summary>
/// The CSV reader shared by the salary-figure and OEWS imports. CsvHelper, not Sep: one library
/// both reads (here) and writes (<see cref="CompareCsv"/>) RFC 4180; it gives the line each
/// record starts on, counting the line breaks inside quoted cells, and reports a quote that is
/// never closed, which is what the import messages need. Sep is faster, but these files are at
/// most 10 MB and its ref-struct rows suit streaming more than this row-by-row checking.
/// </summary>
public static class Csv
{
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
}
