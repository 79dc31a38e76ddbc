using System.Globalization;
using CareerExplorer.Web.Services.Importing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetWorkbook = CareerExplorer.Web.Services.Importing.Workbook;

namespace CareerExplorer.Tests.Services.Projections;

/// <summary>
/// A table of a projections workbook as its sheet holds it: its header row and the rows below it.
/// Columns are found by the header's own texts (as the published file names them), never by the
/// reader's reading of meaning, so a test can check the reader against the sheet.
/// </summary>
public sealed class ProjectionsTable(string title, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
{
    /// <summary>The table's title, the first row of its sheet.</summary>
    public string Title => title;

    public IReadOnlyList<string> Header => header;

    /// <summary>The rows below the header, footnote rows included.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => rows;

    /// <summary>The table of a sheet of a published workbook: its header is the row that names the matrix code.</summary>
    public static ProjectionsTable Published(byte[] workbook, string sheet)
    {
        var read = SheetWorkbook.ReadSheets("occupation.xlsx", workbook, []) ?? throw new InvalidDataException("not a workbook");
        var all = read.Single(s => s.Name == sheet).Rows;
        var at = all.FindIndex(r => r.Cells.Any(c => c.EndsWith("National Employment Matrix code", StringComparison.Ordinal)));
        Assert.True(at > 0, $"{sheet} has no header naming the matrix code");
        return new ProjectionsTable(all[0].Cells[0], all[at].Cells, all.Skip(at + 1).Select(r => (IReadOnlyList<string>)r.Cells).ToList());
    }

    public int Column(string name)
    {
        var at = header.ToList().IndexOf(name);
        Assert.True(at >= 0, $"no column “{name}” in {string.Join(" | ", header)}");
        return at;
    }

    private int ColumnEnding(string end) => Column(header.Single(h => h.EndsWith(end, StringComparison.Ordinal)));

    private int ColumnStarting(string start, int skip = 0) => Column(header.Where(h => h.StartsWith(start, StringComparison.Ordinal)).Skip(skip).First());

    /// <summary>The column whose header starts so, if the table has one.</summary>
    public int? Optional(string start) => header.Any(h => h.StartsWith(start, StringComparison.Ordinal)) ? ColumnStarting(start) : null;

    public int CodeColumn => ColumnEnding("National Employment Matrix code");
    public int TitleColumn => ColumnEnding("National Employment Matrix title");
    public int TypeColumn => Column("Occupation type");
    public int BaseColumn => ColumnStarting("Employment, ");
    public int TargetColumn => ColumnStarting("Employment, ", skip: 1);
    public int ChangeNumberColumn => ColumnStarting("Employment change, numeric");
    public int ChangePercentColumn => ColumnStarting("Employment change, percent");
    public int OpeningsColumn => ColumnStarting("Occupational openings");

    public static string Cell(IReadOnlyList<string> row, int column) => column < row.Count ? row[column] : "";

    public string Code(IReadOnlyList<string> row) => Cell(row, CodeColumn);

    /// <summary>The rows the sheet marks "Line item" (occupations).</summary>
    public IEnumerable<IReadOnlyList<string>> LineItems => rows.Where(r => Cell(r, TypeColumn) == "Line item");

    public IReadOnlyList<string> Row(string code) => rows.Single(r => Code(r) == code);

    /// <summary>
    /// The "Total, all occupations" row and the rows after it up to its <paramref name="lineItems"/>th
    /// line item (the summaries among them kept), with the total's employment, change and openings
    /// made the sums of those line items', so the sample covers all of its total.
    /// </summary>
    public ProjectionsTable Sample(int lineItems)
    {
        var start = rows.ToList().FindIndex(r => Code(r) == "00-0000");
        var taken = new List<IReadOnlyList<string>>();
        var count = 0;
        foreach (var row in rows.Skip(start + 1).TakeWhile(_ => count < lineItems))
        {
            taken.Add(row);
            if (Cell(row, TypeColumn) == "Line item")
                count++;
        }
        var items = taken.Where(r => Cell(r, TypeColumn) == "Line item").ToList();
        decimal Sum(int column) => items.Sum(r => decimal.Parse(Cell(r, column), CultureInfo.InvariantCulture));
        var total = rows[start].ToList();
        var (employed, projected) = (Sum(BaseColumn), Sum(TargetColumn));
        total[BaseColumn] = Text(employed);
        total[TargetColumn] = Text(projected);
        total[ChangeNumberColumn] = Text(projected - employed);
        total[ChangePercentColumn] = Text(Math.Round((projected - employed) / employed * 100, 1));
        total[OpeningsColumn] = Text(Sum(OpeningsColumn));
        return new ProjectionsTable(title, header, [total, .. taken]);
    }

    /// <summary>The table with its rows changed (the header kept).</summary>
    public ProjectionsTable With(Func<IReadOnlyList<IReadOnlyList<string>>, IEnumerable<IReadOnlyList<string>>> change) => new(title, header, change(rows).ToList());

    /// <summary>The table with one cell changed: the column named, in the row of the code given.</summary>
    public ProjectionsTable WithCell(string code, string column, string value) =>
        With(all => all.Select(r => Code(r) == code ? r.Select((c, i) => i == Column(column) ? value : c).ToList() : r));

    /// <summary>The sheet as the published workbook lays it out: its title, its one header row, its rows.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Sheet() => [[title], header, .. rows];

    /// <summary>The row number a spreadsheet shows for the <paramref name="occurrence"/>th row of this code in <see cref="Sheet"/>.</summary>
    public long SheetLine(string code, int occurrence = 0) =>
        3 + rows.Select((r, i) => (Row: r, Index: i)).Where(x => Code(x.Row) == code).Skip(occurrence).First().Index;

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A column of a synthetic layout: its header, one cell per header row, and the column of the real table whose cells it takes (none: empty).</summary>
public sealed record LayoutColumn(string[] Header, int? From);

/// <summary>Workbooks built for tests: sheets of cells, numbers stored as numbers and text as text, as BLS's workbooks hold them.</summary>
public static class ProjectionsWorkbook
{
    public static string Path(string release) => System.IO.Path.Combine(AppContext.BaseDirectory, "data", "projections", $"occupation_{release}.xlsx");

    public static byte[] Published(string release) => File.ReadAllBytes(Path(release));

    /// <summary>
    /// A sheet in another release's layout: its title rows, a header of one to three rows (a
    /// group's name only over the first of its columns, as a merged cell reads), the table's rows in
    /// the columns given, and the footer rows below.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Layout(IReadOnlyList<string> titles, IReadOnlyList<LayoutColumn> columns, ProjectionsTable table, params string[] footer)
    {
        var depth = columns.Max(c => c.Header.Length);
        var sheet = titles.Select(t => (IReadOnlyList<string>)[t]).ToList();
        for (var h = 0; h < depth; h++)
            sheet.Add(columns.Select(c => h < c.Header.Length ? c.Header[h] : "").ToList());
        sheet.AddRange(table.Rows.Select(r => (IReadOnlyList<string>)columns.Select(c => c.From is { } f ? ProjectionsTable.Cell(r, f) : "").ToList()));
        sheet.AddRange(footer.Select(f => (IReadOnlyList<string>)[f]));
        return sheet;
    }

    /// <summary>An .xlsx workbook of the sheets given, in order; a cell that reads as a number is stored as one.</summary>
    public static byte[] Build(params (string Name, IReadOnlyList<IReadOnlyList<string>> Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddWorkbookPart();
            book.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var list = book.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var data = new SheetData();
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Count; c++)
                    {
                        if (rows[r][c].Length > 0)
                            row.Append(Cell($"{ColumnName(c)}{r + 1}", rows[r][c]));
                    }
                    data.Append(row);
                }
                var part = book.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(data);
                list.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = id++, Name = name });
            }
            book.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Cell Cell(string reference, string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(text) }
            : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

    private static string ColumnName(int column) => column < 26 ? ((char)('A' + column)).ToString() : ColumnName(column / 26 - 1) + (char)('A' + column % 26);
}
