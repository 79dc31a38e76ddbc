using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareerExplorer.Web.Services.Importing;

/// <summary>
/// The table of a workbook: its sheet, its rows from the header row on (each with the row number
/// a spreadsheet shows, cells by column, as many as the header has), and the text of the other
/// sheets (a publisher's notes).
/// </summary>
public sealed record WorkbookTable(string Sheet, List<CsvRow> Rows, IReadOnlyList<string> Notes);

/// <summary>A sheet of a workbook: its name and its rows that hold anything, each with the row number a spreadsheet shows.</summary>
public sealed record WorkbookSheet(string Name, List<CsvRow> Rows);

/// <summary>
/// Reads .xlsx workbooks with the Open XML SDK's forward-only reader (no document object model:
/// a sheet streams row by row). Numbers come out as the text a spreadsheet shows (15 significant
/// digits: 37.659999999999997 is 37.66), strings as written. Not a workbook, or a damaged one, is
/// a problem, never an exception.
/// </summary>
public static class Workbook
{
    /// <summary>How far down a sheet its header row may be (title rows above it).</summary>
    private const int HeaderSearchRows = 10;

    /// <summary>
    /// The first sheet with a row, within its first rows, that <paramref name="isHeader"/> takes
    /// for the header; null (with the sheets' names in <paramref name="sheets"/>) when no sheet has one.
    /// </summary>
    public static WorkbookTable? Read(string file, byte[] content, List<SeedError> problems, Func<IReadOnlyList<string>, bool> isHeader, out IReadOnlyList<string> sheets)
    {
        var all = ReadSheets(file, content, problems);
        sheets = all?.Select(s => s.Name).ToList() ?? [];
        if (all is null)
            return null;
        var notes = new List<string>();
        WorkbookTable? table = null;
        foreach (var sheet in all)
        {
            var header = table is null ? sheet.Rows.Take(HeaderSearchRows).FirstOrDefault(r => isHeader(r.Cells)) : null;
            if (header is null)
            {
                notes.AddRange(sheet.Rows.SelectMany(r => r.Cells).Where(c => c.Length > 0));
                continue;
            }
            var width = header.Cells.Count;
            table = new WorkbookTable(sheet.Name, sheet.Rows.SkipWhile(r => r != header).Select(r => Fit(r, width)).ToList(), notes);
        }
        return table;
    }

    /// <summary>Every sheet of a workbook, in order, with the rows that hold anything; null (and a problem) when it cannot be read.</summary>
    public static IReadOnlyList<WorkbookSheet>? ReadSheets(string file, byte[] content, List<SeedError> problems)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
            var book = document.WorkbookPart ?? throw new InvalidDataException("it has no workbook part");
            var strings = SharedStrings(book);
            var sheets = new List<WorkbookSheet>();
            foreach (var sheet in book.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                var name = sheet.Name?.Value ?? "";
                var rows = sheet.Id?.Value is { } id && book.GetPartById(id) is WorksheetPart part ? Rows(part, strings).ToList() : [];
                sheets.Add(new WorkbookSheet(name, rows));
            }
            return sheets;
        }
        catch (Exception ex) when (IsDamaged(ex))
        {
            problems.Add(Damaged(file, ex));
            return null;
        }
    }

    /// <summary>The sheets' names, without reading their rows; null when it is not a workbook that can be read.</summary>
    public static IReadOnlyList<string>? SheetNames(byte[] content)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
            return document.WorkbookPart?.Workbook.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value ?? "").ToList();
        }
        catch (Exception ex) when (IsDamaged(ex))
        {
            return null;
        }
    }

    private static bool IsDamaged(Exception ex) => ex is FileFormatException or OpenXmlPackageException or InvalidDataException or IOException
        or System.Xml.XmlException or InvalidOperationException or ArgumentException or FormatException;

    private static SeedError Damaged(string file, Exception ex) =>
        new(file, $"The workbook cannot be read: it is not an .xlsx file, or it is damaged or cut short ({ex.Message}). Download it again and upload it as published.");

    private static List<string> SharedStrings(WorkbookPart book)
    {
        var strings = new List<string>();
        if (book.SharedStringTablePart is not { } part)
            return strings;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = System.Xml.XmlReader.Create(stream, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit });
        System.Text.StringBuilder? item = null;
        var inText = false;
        var inPhonetic = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case System.Xml.XmlNodeType.Element when xml.LocalName == "si":
                    item = new System.Text.StringBuilder();
                    if (xml.IsEmptyElement)
                    {
                        strings.Add("");
                        item = null;
                    }
                    break;
                case System.Xml.XmlNodeType.Element when xml.LocalName == "rPh":
                    inPhonetic = !xml.IsEmptyElement; // phonetic guides are not the text
                    break;
                case System.Xml.XmlNodeType.Element when xml.LocalName == "t":
                    inText = !xml.IsEmptyElement;
                    break;
                case System.Xml.XmlNodeType.Text or System.Xml.XmlNodeType.SignificantWhitespace or System.Xml.XmlNodeType.Whitespace or System.Xml.XmlNodeType.CDATA:
                    if (inText && !inPhonetic)
                        item?.Append(xml.Value);
                    break;
                case System.Xml.XmlNodeType.EndElement when xml.LocalName == "t":
                    inText = false;
                    break;
                case System.Xml.XmlNodeType.EndElement when xml.LocalName == "rPh":
                    inPhonetic = false;
                    break;
                case System.Xml.XmlNodeType.EndElement when xml.LocalName == "si":
                    strings.Add(item?.ToString() ?? "");
                    item = null;
                    break;
            }
        }
        return strings;
    }

    /// <summary>
    /// The sheet's rows that hold anything, with their row numbers; cells placed by their column
    /// letters. Read with a plain XmlReader over the sheet's XML: the SDK's typed reader makes an
    /// object of every element, which costs seconds on a 60,000-row sheet.
    /// </summary>
    private static IEnumerable<CsvRow> Rows(WorksheetPart part, List<string> strings)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = System.Xml.XmlReader.Create(stream, new System.Xml.XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = System.Xml.DtdProcessing.Prohibit });
        long previous = 0;
        List<string>? cells = null;
        long number = 0;
        string? reference = null, type = null, value = null;
        System.Text.StringBuilder? inline = null;
        var inValue = false;
        var inInline = false;
        while (xml.Read())
        {
            if (xml.NodeType == System.Xml.XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "row":
                        number = long.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : previous + 1;
                        previous = number;
                        cells = [];
                        if (xml.IsEmptyElement)
                            cells = null;
                        break;
                    case "c":
                        (reference, type, value, inline) = (xml.GetAttribute("r"), xml.GetAttribute("t"), null, null);
                        if (xml.IsEmptyElement)
                            AddCell();
                        break;
                    case "v":
                        inValue = !xml.IsEmptyElement;
                        value = "";
                        break;
                    case "is":
                        inInline = !xml.IsEmptyElement;
                        inline = new System.Text.StringBuilder();
                        break;
                }
            }
            else if (xml.NodeType is System.Xml.XmlNodeType.Text or System.Xml.XmlNodeType.SignificantWhitespace or System.Xml.XmlNodeType.Whitespace or System.Xml.XmlNodeType.CDATA)
            {
                if (inValue)
                    value += xml.Value;
                else if (inInline && xml.NodeType != System.Xml.XmlNodeType.Whitespace)
                    inline!.Append(xml.Value);
            }
            else if (xml.NodeType == System.Xml.XmlNodeType.EndElement)
            {
                switch (xml.LocalName)
                {
                    case "v": inValue = false; break;
                    case "is": inInline = false; break;
                    case "c": AddCell(); break;
                    case "row":
                        if (cells is not null && cells.Any(c => c.Length > 0))
                            yield return new CsvRow(number, cells);
                        cells = null;
                        break;
                }
            }
        }

        void AddCell()
        {
            if (cells is null)
                return;
            var column = reference is null ? cells.Count : Column(reference);
            while (cells.Count < column)
                cells.Add("");
            cells.Add(Text(type, value ?? "", inline?.ToString(), reference, strings));
        }
    }

    private static string Text(string? type, string value, string? inline, string? reference, List<string> strings)
    {
        switch (type)
        {
            case null or "n":
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && Math.Abs(number) < 1e28
                    ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
                    : value;
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
                    ? strings[i]
                    : throw new InvalidDataException($"cell {reference} names a string the workbook does not hold");
            case "inlineStr":
                return inline ?? "";
            case "b":
                return value == "1" ? "TRUE" : "FALSE";
            default:
                return value;
        }
    }

    /// <summary>"AB12" is column 27 (0-based).</summary>
    private static int Column(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return column - 1;
    }

    /// <summary>As wide as the header: missing cells at the end are empty; cells past it are kept only when they hold something.</summary>
    private static CsvRow Fit(CsvRow row, int width)
    {
        var cells = row.Cells;
        while (cells.Count < width)
            cells.Add("");
        while (cells.Count > width && cells[^1].Length == 0)
            cells.RemoveAt(cells.Count - 1);
        return row;
    }
}
