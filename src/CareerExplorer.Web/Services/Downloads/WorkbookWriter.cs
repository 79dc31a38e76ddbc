using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareerExplorer.Web.Services.Downloads;

/// <summary>
/// Writes a <see cref="DownloadTable"/> as an .xlsx workbook with the Open XML SDK, the library
/// that reads the imported workbooks (<see cref="Importing.Workbook"/>): the table's sheet (a
/// bold header row, frozen with the first column, a filter on it, numbers stored as numbers with
/// currency, count, percent and year formats, text as inline strings, addresses as links, widths
/// fitted to the contents) and an "About" sheet. The table's rows stream through
/// <see cref="OpenXmlWriter"/>, so thousands of roles never build a document in memory. Text is
/// defused against formulas by the same rule as the CSV (<see cref="SpreadsheetText.Defuse"/>),
/// and characters XML cannot hold are left out.
/// </summary>
public static class WorkbookWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string AboutSheet = "About";

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /// <summary>The most characters a cell holds (Excel's limit).</summary>
    private const int MaxCellText = 32_767;

    // The cell formats of the stylesheet (Styles), by index.
    private const uint Plain = 0, HeaderStyle = 1, Dollars = 2, Cents = 3, Count = 4, TwoDecimals = 5, PercentPoints = 6, YearStyle = 7, Link = 8, Wrapped = 9, Bold = 10;

    public static byte[] Write(DownloadTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = table.Title;
            document.PackageProperties.Creator = "CareerExplorer";
            document.PackageProperties.Created = table.Made.UtcDateTime;
            var book = document.AddWorkbookPart();
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var data = book.AddNewPart<WorksheetPart>();
            WriteTable(data, table);
            var about = book.AddNewPart<WorksheetPart>();
            about.Worksheet = About(table.About);
            var range = $"${ColumnName(0)}$1:${ColumnName(table.Header.Count - 1)}${table.Rows.Count + 1}";
            book.Workbook = new Workbook(
                new BookViews(new WorkbookView()),
                new Sheets(
                    new Sheet { Name = table.SheetName, SheetId = 1U, Id = book.GetIdOfPart(data) },
                    new Sheet { Name = AboutSheet, SheetId = 2U, Id = book.GetIdOfPart(about) }),
                // The filter's range, as Excel names it.
                new DefinedNames(new DefinedName($"'{table.SheetName}'!{range}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0U, Hidden = true }));
        }
        return stream.ToArray();
    }

    private static void WriteTable(WorksheetPart part, DownloadTable table)
    {
        var columns = table.Header.Count;
        // The links' relationships first: the sheet's last element names them.
        var links = new List<Hyperlink>();
        for (var r = 0; r < table.Rows.Count; r++)
        for (var c = 0; c < columns && c < table.Rows[r].Count; c++)
        {
            if (table.Rows[r][c] is { Kind: CellKind.Address, Text: var address } && Uri.TryCreate(address, UriKind.Absolute, out var uri))
                links.Add(new Hyperlink { Reference = ColumnName(c) + (r + 2).ToString(CultureInfo.InvariantCulture), Id = part.AddHyperlinkRelationship(uri, true).Id });
        }

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet(), [], [new KeyValuePair<string, string>("r", RelationshipsNamespace)]);
        // The header row and the first column (the role) stay in view.
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { HorizontalSplit = 1D, VerticalSplit = 1D, TopLeftCell = "B2", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.TopRight },
            new Selection { Pane = PaneValues.BottomLeft },
            new Selection { Pane = PaneValues.BottomRight, ActiveCell = "B2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("B2")]) })
        { TabSelected = true, WorkbookViewId = 0U }));
        writer.WriteElement(new Columns(Enumerable.Range(0, columns).Select(c => new Column
        {
            Min = (uint)c + 1, Max = (uint)c + 1, Width = ColumnWidth(table.Header[c], table.Rows.Select(r => c < r.Count ? r[c] : DownloadCell.Empty)), CustomWidth = true,
        })));
        writer.WriteStartElement(new SheetData());
        writer.WriteElement(new Row(table.Header.Select((h, c) => TextCell(ColumnName(c) + "1", h, HeaderStyle))) { RowIndex = 1U });
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var number = (uint)r + 2;
            var row = new Row { RowIndex = number };
            for (var c = 0; c < columns && c < table.Rows[r].Count; c++)
            {
                if (table.Rows[r][c] is { Text.Length: > 0 } cell)
                    row.Append(DataCell(ColumnName(c) + number.ToString(CultureInfo.InvariantCulture), cell));
            }
            writer.WriteElement(row);
        }
        writer.WriteEndElement(); // sheetData
        writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(columns - 1)}{table.Rows.Count + 1}" });
        if (links.Count > 0)
            writer.WriteElement(new Hyperlinks(links));
        writer.WriteEndElement(); // worksheet
    }

    /// <summary>The About sheet: labels in the first column, their text beside them (wrapped), headings in bold.</summary>
    private static Worksheet About(IReadOnlyList<AboutLine> lines)
    {
        var data = new SheetData();
        for (var i = 0; i < lines.Count; i++)
        {
            var number = (uint)i + 1;
            var line = lines[i];
            data.Append(new Row(line.Cells.Select((text, c) =>
                TextCell(ColumnName(c) + number.ToString(CultureInfo.InvariantCulture), text, line.IsHeading ? Bold : c == 0 ? Plain : Wrapped))) { RowIndex = number });
        }
        double[] widths = [34, 90, 16, 50, 50];
        return new Worksheet(
            new Columns(widths.Select((w, c) => new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = w, CustomWidth = true })),
            data);
    }

    private static Cell DataCell(string reference, DownloadCell cell) => cell.Number is { } n
        ? new Cell(new CellValue(SpreadsheetText.Number(n))) { CellReference = reference, StyleIndex = NumberStyle(cell, n) }
        : TextCell(reference, cell.Text, cell.Kind == CellKind.Address ? Link : Plain);

    private static uint NumberStyle(DownloadCell cell, decimal n) => cell.Kind switch
    {
        CellKind.Money when cell.Currency is null or "USD" => decimal.Truncate(n) == n ? Dollars : Cents,
        CellKind.Money => decimal.Truncate(n) == n ? Count : TwoDecimals, // another currency: its code is in a column of its own
        CellKind.Count => Count,
        CellKind.Percent => PercentPoints,
        CellKind.Year => YearStyle,
        _ => Plain,
    };

    private static Cell TextCell(string reference, string text, uint style) =>
        new(new InlineString(new Text(CellText(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style,
        };

    /// <summary>Defused, without the characters XML 1.0 cannot hold (control characters, lone surrogates), at most Excel's length.</summary>
    internal static string CellText(string text)
    {
        text = SpreadsheetText.Defuse(text);
        if (text.Any(ch => !XmlConvert.IsXmlChar(ch)))
        {
            var kept = new System.Text.StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (XmlConvert.IsXmlChar(text[i]))
                    kept.Append(text[i]);
                else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
                    kept.Append(text[i]).Append(text[++i]);
            }
            text = kept.ToString();
        }
        return text.Length > MaxCellText ? text[..MaxCellText] : text;
    }

    /// <summary>A column as wide as its longest cell as shown (or its header), within reason; in characters.</summary>
    private static double ColumnWidth(string header, IEnumerable<DownloadCell> cells)
    {
        var widest = cells.Select(c => c.Number is { } n && c.Kind is CellKind.Money or CellKind.Count ? n.ToString("#,0.##", CultureInfo.InvariantCulture).Length + 1 : c.Text.Length)
            .DefaultIfEmpty(0).Max();
        return Math.Clamp(Math.Max(widest, Math.Min(header.Length, 24)) + 2, 8, 60);
    }

    /// <summary>"A" for 0, "Z" for 25, "AA" for 26.</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
            name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    private static Stylesheet Styles()
    {
        static Font MakeFont(bool bold = false, bool link = false)
        {
            var font = new Font();
            if (bold)
                font.Append(new Bold());
            if (link)
                font.Append(new Underline());
            font.Append(new FontSize { Val = 11D });
            if (link)
                font.Append(new Color { Rgb = "FF0563C1" });
            font.Append(new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
            return font;
        }
        static CellFormat MakeFormat(uint numberFormat = 0, uint font = 0, uint fill = 0, Alignment? alignment = null)
        {
            var format = new CellFormat { NumberFormatId = numberFormat, FontId = font, FillId = fill, BorderId = 0U, FormatId = 0U };
            if (numberFormat != 0)
                format.ApplyNumberFormat = true;
            if (font != 0)
                format.ApplyFont = true;
            if (fill != 0)
                format.ApplyFill = true;
            if (alignment is not null)
            {
                format.Append(alignment);
                format.ApplyAlignment = true;
            }
            return format;
        }
        const uint dollars = 164, cents = 165, points = 166;
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = dollars, FormatCode = "\"$\"#,##0" },
                new NumberingFormat { NumberFormatId = cents, FormatCode = "\"$\"#,##0.00" },
                new NumberingFormat { NumberFormatId = points, FormatCode = "0.0##" }) { Count = 3U },
            new Fonts(MakeFont(), MakeFont(bold: true), MakeFont(link: true)) { Count = 3U },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid })) { Count = 3U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                MakeFormat(), // Plain
                MakeFormat(font: 1, fill: 2, alignment: new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }), // HeaderStyle
                MakeFormat(dollars), // Dollars
                MakeFormat(cents), // Cents
                MakeFormat(3), // Count: #,##0
                MakeFormat(4), // TwoDecimals: #,##0.00
                MakeFormat(points), // PercentPoints
                MakeFormat(1), // YearStyle: 0
                MakeFormat(font: 2), // Link
                MakeFormat(alignment: new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }), // Wrapped
                MakeFormat(font: 1)) { Count = 11U }, // Bold
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }
}
