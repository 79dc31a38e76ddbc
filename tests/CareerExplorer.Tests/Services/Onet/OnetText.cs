using System.Text;
using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Tests.Services.Onet;

/// <summary>The real O*NET Excel files as the tab-delimited text O*NET also publishes (same names and columns), and small edits of them.</summary>
public static class OnetText
{
    /// <summary>The .txt form of one of the release's .xlsx files: header and rows, tab-delimited, UTF-8.</summary>
    public static (string File, byte[] Content) FromWorkbook(string xlsx)
    {
        var problems = new List<SeedError>();
        var table = Workbook.Read(Path.GetFileName(xlsx), System.IO.File.ReadAllBytes(xlsx), problems, cells => cells.Count > 1, out _)
            ?? throw new InvalidOperationException(string.Join("; ", problems));
        var width = table.Rows[0].Cells.Count;
        var text = new StringBuilder();
        foreach (var row in table.Rows)
            text.Append(string.Join('\t', row.Cells.Take(width).Concat(Enumerable.Repeat("", Math.Max(0, width - row.Cells.Count))))).Append('\n');
        return (Path.ChangeExtension(xlsx, ".txt"), Encoding.UTF8.GetBytes(text.ToString()));
    }

    public static (string File, byte[] Content) ReadMe(string version, string month) =>
        ("Read Me.txt", Encoding.UTF8.GetBytes($"O*NET {version} Database\n{month} Release\n\nFor information on current and future releases, see https://www.onetcenter.org/database.html\n"));

    public static (string File, byte[] Content) File(string name, params string[] lines) =>
        (name, Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

    public static string[] Lines((string File, byte[] Content) file) =>
        Encoding.UTF8.GetString(file.Content).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The real file of that name from the release, as text.</summary>
    public static (string File, byte[] Content) Real(string name) =>
        FromWorkbook(Path.Combine(Infrastructure.OnetApp.ReleaseFolder, name + ".xlsx"));
}
