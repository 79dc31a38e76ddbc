using System.Text;
using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services;

public sealed record CsvRow(long Line, List<string> Cells);

/// <summary>The CSV reader shared by the salary-figure and OEWS imports.</summary>
public static class Csv
{
    /// <summary>RFC 4180: quoted cells may hold commas, quotes ("") and line breaks.</summary>
    public static List<CsvRow> Parse(string text, string file, List<SeedError> problems)
    {
        var rows = new List<CsvRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        long line = 1, rowLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; cell.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0: quoted = true; break;
                case ',': cells.Add(cell.ToString()); cell.Clear(); break;
                case '\r': break;
                case '\n':
                    cells.Add(cell.ToString()); cell.Clear();
                    rows.Add(new CsvRow(rowLine, cells)); cells = [];
                    line++; rowLine = line;
                    break;
                default: cell.Append(c); break;
            }
        }
        if (quoted)
            problems.Add(new SeedError(file, "A quoted cell is never closed.", rowLine));
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add(new CsvRow(rowLine, cells));
        }
        return rows;
    }
}
