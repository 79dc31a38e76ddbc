namespace CareerExplorer.Web.Services.Downloads;

/// <summary>What a cell holds, for the workbook's number formats: CSV writes every kind as its text.</summary>
public enum CellKind
{
    Text,
    /// <summary>An absolute address: a link in the workbook.</summary>
    Address,
    /// <summary>An amount of money in the cell's currency.</summary>
    Money,
    /// <summary>A whole number of jobs, openings or a rank.</summary>
    Count,
    /// <summary>Percentage points, as sources print them: 33.5 is 33.5%.</summary>
    Percent,
    Year,
}

/// <summary>One cell of a download: its text, and the number behind it where it is one (money with its currency).</summary>
public readonly record struct DownloadCell(string Text, CellKind Kind = CellKind.Text, decimal? Number = null, string? Currency = null)
{
    public static readonly DownloadCell Empty = new("");

    public static DownloadCell Of(string? text) => text is null ? Empty : new(text);

    public static DownloadCell Address(string address) => new(address, CellKind.Address);

    /// <summary>A number (its text as <see cref="SpreadsheetText.Number"/> writes it), or an empty cell.</summary>
    public static DownloadCell Figure(decimal? number, CellKind kind, string? currency = null) =>
        number is { } n ? new(SpreadsheetText.Number(n), kind, n, currency) : Empty;
}

/// <summary>A line of a workbook's About sheet: a label and its text, a heading, or a row of a small table.</summary>
public sealed record AboutLine(IReadOnlyList<string> Cells, bool IsHeading = false)
{
    public static readonly AboutLine Blank = new([]);

    public static AboutLine Heading(params string[] cells) => new(cells, IsHeading: true);

    public static AboutLine Of(params string[] cells) => new(cells);
}

/// <summary>
/// A download as a table: one header row, one row of cells a record, and what the workbook's
/// About sheet says of it. Written as CSV (<see cref="Csv.Write"/>) or as a workbook
/// (<see cref="WorkbookWriter"/>), from the same cells.
/// </summary>
public sealed record DownloadTable(string Title, string SheetName, DateTimeOffset Made,
    IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<DownloadCell>> Rows, IReadOnlyList<AboutLine> About)
{
    public byte[] ToCsv() => Csv.Write(Header, Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => c.Text)]));

    public byte[] ToWorkbook() => WorkbookWriter.Write(this);
}
