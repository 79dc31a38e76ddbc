using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Services;
using CareerExplorer.Web.Services.Importing;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Roles;

/// <summary>
/// What the roles list's downloads must hold, checked against the list's own pages (followed
/// through its pager) and the files read back: CSV with CsvHelper, the workbook with the Open XML
/// SDK and the app's workbook reader. Shared by the tests over the seed data and over the
/// official data.
/// </summary>
internal static class RoleDownloadChecks
{
    /// <summary>Each figure the list shows: its value columns, then its source and its year or release columns.</summary>
    public static readonly (string[] Values, string Source, string Year)[] Figures =
    [
        (["Headline pay", "Headline pay low", "Headline pay high"], "Headline pay source", "Headline pay year"),
        (["Official median per year (BLS)"], "Official median source", "Official median release"),
        (["Employment (BLS)"], "Employment source", "Employment release"),
        (["Projected change (%)"], "Projected change source", "Projected change release"),
        (["Openings"], "Openings source", "Openings release"),
        (["Growth (articles)"], "Growth source", "Growth year"),
    ];

    public const string CsvType = "text/csv";
    public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Every row of the list at <paramref name="url"/>, on all its pages (following its pager), and its first page.</summary>
    public static async Task<(List<IElement> Rows, IHtmlDocument First)> ListedAsync(HttpClient client, string url)
    {
        var first = await client.GetDocumentAsync(url);
        var rows = new List<IElement>();
        for (var doc = first; ;)
        {
            rows.AddRange(doc.QuerySelectorAll("table.roles tbody tr"));
            if (doc.QuerySelector("nav.pager a[rel='next']")?.GetAttribute("href") is not { } next)
                break;
            doc = await client.GetDocumentAsync(next);
        }
        return (rows, first);
    }

    /// <summary>The address of the list's "Download CSV" or "Download Excel" link.</summary>
    public static string Link(IHtmlDocument list, string text) =>
        Assert.Single(list.QuerySelectorAll("#downloads a"), a => a.Text() == text).GetAttribute("href")!;

    public static async Task<byte[]> GetFileAsync(HttpClient client, string url, string mediaType)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static Task<byte[]> GetCsvAsync(HttpClient client, string url) => GetFileAsync(client, url, CsvType);

    public static Task<byte[]> GetWorkbookAsync(HttpClient client, string url) => GetFileAsync(client, url, WorkbookType);

    /// <summary>The CSV parsed back with CsvHelper: the header first, then the records, all as wide.</summary>
    public static List<string[]> ParseCsv(byte[] bytes)
    {
        Assert.True(bytes.Length > 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "the CSV should start with a UTF-8 byte-order mark");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { HasHeader = false, Separator = ',' });
        var records = new List<string[]>();
        while (reader.Read())
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal(records[0].Length, r.Length));
        return records;
    }

    /// <summary>The workbook read back with the app's own reader: each sheet's rows as text, at least as wide as its first row.</summary>
    public static Dictionary<string, List<List<string>>> ReadWorkbook(byte[] bytes)
    {
        var problems = new List<SeedError>();
        var sheets = CareerExplorer.Web.Services.Importing.Workbook.ReadSheets("roles.xlsx", bytes, problems);
        Assert.Empty(problems);
        return sheets!.ToDictionary(s => s.Name, s =>
        {
            var width = s.Rows.Count > 0 ? s.Rows[0].Cells.Count : 0;
            return s.Rows.Select(r => r.Cells.Concat(Enumerable.Repeat("", Math.Max(0, width - r.Cells.Count))).ToList()).ToList();
        });
    }

    /// <summary>A label's text on the About sheet.</summary>
    public static string Line(List<List<string>> about, string label) => Assert.Single(about, r => r[0] == label)[1];

    private static Dictionary<string, int> Columns(IReadOnlyList<string> header) => header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);

    private static bool IsNumber(string text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The number in a figure as the list writes it: "$239,200 or more", "+33.5%", "−1.7%", "12,345 jobs", "#1".</summary>
    private static decimal? Shown(string text, out int decimals)
    {
        var bare = text.Replace("$", "").Replace(",", "").Replace("%", "").Replace("#", "").Replace("+", "").Replace("\u2212", "-")
            .Replace(" or more", "").Replace(" jobs", "").Trim();
        decimals = bare.Contains('.') ? bare.Length - bare.IndexOf('.') - 1 : 0;
        return decimal.TryParse(bare, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>The list's text for a figure and the download's value are the same figure: the same number as the list rounds it, or the same words ("not published"), or both nothing.</summary>
    private static void SameFigure(string shown, string value, string what)
    {
        if (value.Length == 0)
            Assert.True(shown == "—", $"{what}: the list shows “{shown}”, the download nothing");
        else if (!IsNumber(value))
            Assert.Equal(shown, value);
        else
        {
            var number = Shown(shown, out var decimals);
            Assert.True(number is not null, $"{what}: the list shows “{shown}”, the download {value}");
            Assert.Equal(number, decimal.Round(Parse(value), decimals, MidpointRounding.AwayFromZero));
        }
    }

    /// <summary>"$120,000" or "$20.25", as the list writes an amount.</summary>
    private static string Dollars(string number) => Parse(number) is var d && decimal.Truncate(d) == d
        ? "$" + d.ToString("#,0", CultureInfo.InvariantCulture)
        : "$" + d.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>The CSV the list links to holds the list's roles, all pages of them, in its order, each figure the list shows with its source and year.</summary>
    public static async Task<List<string[]>> CsvIsTheListAsync(HttpClient client, string url)
    {
        var (listed, first) = await ListedAsync(client, url);
        Assert.NotEmpty(listed);

        var csv = ParseCsv(await GetCsvAsync(client, Link(first, "Download CSV")));

        var header = Columns(csv[0]);
        var records = csv.Skip(1).ToList();
        Assert.Equal(listed.Select(r => r.GetAttribute("data-role")), records.Select(r => new Uri(r[header["Address"]]).AbsolutePath.Split('/')[^1]));
        for (var i = 0; i < listed.Count; i++)
        {
            var (row, record) = (listed[i], records[i]);
            string Cell(string name) => record[header[name]];
            IElement Td(string label) => row.QuerySelector($"[data-label='{label}']")!;
            string Amount(IElement cell) => (cell.QuerySelector(".amount") ?? cell).Text();
            string Note(IElement cell) => cell.QuerySelector(".small")?.Text() ?? "";
            var what = row.GetAttribute("data-role")!;

            var title = Td("Role").QuerySelector("a")!;
            Assert.Equal(SpreadsheetText.Defuse(title.Text()), Cell("Role")); // as every download's text is: a title may begin with "="
            Assert.Equal(new Uri(client.BaseAddress!, title.GetAttribute("href")).ToString(), Cell("Address"));

            // One pay figure: the official median where there is one, else the articles' headline pay; each with its source and year.
            var pay = Td("Pay");
            var (amount, low, high, note) = (Cell("Headline pay"), Cell("Headline pay low"), Cell("Headline pay high"), Cell("Headline pay note"));
            if (pay.ClassList.Contains("official-median"))
            {
                SameFigure(Amount(pay), Cell("Official median per year (BLS)"), what + " official median");
                Assert.Equal(Amount(pay).EndsWith(" or more", StringComparison.Ordinal), Cell("Official median note") == "or more");
                Assert.Equal(pay.QuerySelector(".small a")!.Text(), "BLS " + Cell("Official median release"));
            }
            else if (pay.ClassList.Contains("headline-pay"))
            {
                Assert.Equal("", Cell("Official median per year (BLS)"));
                Assert.Equal(Amount(pay), low.Length > 0 ? $"{Dollars(low)} – {Dollars(high)}"
                    : IsNumber(amount) ? Dollars(amount) + (note.Length > 0 ? " " + note : "") : amount);
                Assert.EndsWith($"{Cell("Headline pay source")}, {Cell("Headline pay year")}", Note(pay));
            }
            else
            {
                Assert.Equal("—", pay.Text().Trim());
                Assert.Equal(("", ""), (Cell("Official median per year (BLS)"), amount + low));
            }

            // One outlook figure: BLS's projected change where there is one (with its openings), else the articles' growth.
            var outlook = Td("Outlook");
            if (outlook.ClassList.Contains("projection"))
            {
                SameFigure(Amount(outlook), Cell("Projected change (%)"), what + " projected change");
                Assert.EndsWith("BLS " + Cell("Projected change release"), Note(outlook));
                var openings = Cell("Openings");
                Assert.Equal(outlook.QuerySelector(".openings")!.Text(),
                    IsNumber(openings) ? $"{Parse(openings).ToString("#,0", CultureInfo.InvariantCulture)} openings {Cell("Openings per")}" : openings);
                Assert.Equal(Cell("Projected change release"), Cell("Openings release"));
                Assert.Equal(Cell("Projected change source"), Cell("Openings source"));
            }
            else if (outlook.ClassList.Contains("article-growth"))
            {
                SameFigure(Amount(outlook), Cell("Growth (articles)"), what + " growth");
                Assert.EndsWith($"{Cell("Growth source")}, {Cell("Growth year")}", Note(outlook));
            }
            else
            {
                Assert.Equal("—", outlook.Text().Trim());
                Assert.Equal("", Cell("Growth (articles)"));
            }

            // Entry education and job zone, or a dash.
            var entry = Td("Entry education").Text().Trim();
            Assert.Equal(entry == "—" ? "" : entry, Cell("Entry education (BLS)"));
            var zone = Td("Job zone").ChildNodes.First().TextContent.Trim();
            Assert.Equal(zone == "—" ? "" : zone.Replace(" of 5", "", StringComparison.Ordinal), Cell("Job zone (O*NET)"));
        }
        return csv;
    }

    /// <summary>The workbook the list links to reads back as the CSV it links to: the same header and cells, row for row.</summary>
    public static async Task WorkbookIsTheCsvAsync(HttpClient client, string url)
    {
        var (listed, first) = await ListedAsync(client, url);

        var csv = ParseCsv(await GetCsvAsync(client, Link(first, "Download CSV")));
        var book = ReadWorkbook(await GetWorkbookAsync(client, Link(first, "Download Excel")));

        Assert.Equal(["Roles", "About"], book.Keys);
        Assert.Equal(listed.Count + 1, book["Roles"].Count);
        Assert.Equal(csv.Select(r => r.ToList()), book["Roles"]);
    }

    /// <summary>
    /// The workbook is a valid .xlsx whose header row is frozen and bold, every column has a width,
    /// no cell is a formula, every number is stored as a number in its format, and every figure
    /// that is there has its source and its year. Returns how many numbers each value column holds.
    /// </summary>
    public static async Task<Dictionary<string, int>> NumbersAndSourcesAsync(HttpClient client, string url)
    {
        var first = await client.GetDocumentAsync(url);
        var bytes = await GetWorkbookAsync(client, Link(first, "Download Excel"));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var book = document.WorkbookPart!;
        var worksheet = ((WorksheetPart)book.GetPartById(book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Roles").Id!)).Worksheet;
        var styles = book.WorkbookStylesPart!.Stylesheet;
        CellFormat FormatOf(Cell cell) => styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        string NumberFormatOf(Cell cell)
        {
            var id = FormatOf(cell).NumberFormatId?.Value ?? 0;
            return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId?.Value == id)?.FormatCode?.Value
                ?? id switch { 0 => "General", 1 => "0", 3 => "#,##0", 4 => "#,##0.00", _ => $"built-in {id}" };
        }
        static string Text(Cell c) => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "";

        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1D, pane.VerticalSplit!.Value); // the header row
        var rows = worksheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(Text).ToList();
        Assert.All(rows[0].Elements<Cell>(), c => Assert.NotNull(styles.Fonts!.Elements<Font>().ElementAt((int)FormatOf(c).FontId!.Value).Bold));
        Assert.Equal(header.Count, worksheet.Descendants<Column>().Count());
        Assert.All(worksheet.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 8, 60));
        Assert.Empty(worksheet.Descendants<CellFormula>());

        var numbers = Figures.SelectMany(f => f.Values).ToDictionary(v => v, _ => 0);
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Elements<Cell>().ToDictionary(c => header[Index(c.CellReference!.Value!)]);
            string Value(string name) => cells.TryGetValue(name, out var cell) ? Text(cell) : "";
            foreach (var (values, source, year) in Figures)
            {
                if (!values.Any(v => Value(v).Length > 0))
                    continue;
                Assert.False(Value(source).Length == 0, $"row {row.RowIndex?.Value}: {values[0]} without its source");
                Assert.False(Value(year).Length == 0, $"row {row.RowIndex?.Value}: {values[0]} without its year");
            }
            Assert.Equal(CellValues.InlineString, cells["Role"].DataType!.Value);
            foreach (var (name, cell) in cells)
            {
                if (!IsNumber(Text(cell)) || name.StartsWith("SOC", StringComparison.Ordinal))
                    continue;
                Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{cell.CellReference} ({name}) is a number stored as {cell.DataType?.Value}");
                var expected = name switch
                {
                    "Headline pay" or "Headline pay low" or "Headline pay high" when Value("Headline pay currency") == "USD" => "\"$\"#,##0",
                    "Official median per year (BLS)" => "\"$\"#,##0",
                    "Employment (BLS)" or "Openings" or "Job zone (O*NET)" => "#,##0",
                    "Projected change (%)" => "0.0##",
                    "Growth (articles)" => Value("Growth unit") == "percent" ? "0.0##" : "#,##0",
                    "Headline pay year" or "Growth year" => "0",
                    _ => "(not a number)",
                };
                Assert.True(NumberFormatOf(cell).StartsWith(expected, StringComparison.Ordinal), $"{cell.CellReference} ({name}) has the format {NumberFormatOf(cell)}");
                if (numbers.ContainsKey(name))
                    numbers[name]++;
            }
        }
        return numbers;
    }

    /// <summary>"AB12" is column 27 (0-based).</summary>
    private static int Index(string reference) => reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => n * 26 + c - 'A' + 1) - 1;

    /// <summary>
    /// The About sheet says what the data is, when it was made, how many roles, the list's address,
    /// the search and sort as the list shows them; lists every publisher the rows cite; and carries
    /// the BLS credit, and O*NET's whenever the database holds an O*NET release. Returns its rows.
    /// </summary>
    public static async Task<List<List<string>>> AboutAsync(CareerAppFactory app, HttpClient client, string url)
    {
        var (listed, first) = await ListedAsync(client, url);
        var before = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var book = ReadWorkbook(await GetWorkbookAsync(client, Link(first, "Download Excel")));
        var after = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var about = book["About"];
        Assert.Contains("roles list", Line(about, "What this is"));
        Assert.Contains(Line(about, "Made")[..10], new[] { before, after });
        Assert.Equal(listed.Count.ToString(CultureInfo.InvariantCulture), Line(about, "Roles"));
        Assert.Equal(new Uri(client.BaseAddress!, url).ToString(), Line(about, "The list"));
        var typed = ((IHtmlInputElement)first.QuerySelector("input#q")!).Value;
        Assert.Equal(typed.Length > 0 ? $"“{typed}”" : "none", Line(about, "Search"));
        // Each filter the list's form shows, as its label and its chosen option read there (without the count).
        foreach (var select in first.QuerySelectorAll("form.search select").Cast<IHtmlSelectElement>())
        {
            var label = first.QuerySelector($"label[for='{select.Id}']")!.Text();
            var chosen = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options[0];
            var text = System.Text.RegularExpressions.Regex.Replace(chosen.Text(), @" \([\d,]+\)$", "");
            if (select.Id == "sort")
                Assert.StartsWith(typed.Length > 0 && chosen.Value == "name" ? "Relevance" : text, Line(about, label));
            else
                Assert.Equal(text, Line(about, label));
        }

        var roles = book["Roles"];
        var cited = Figures.Select(f => roles[0].IndexOf(f.Source)).SelectMany(i => roles.Skip(1).Select(r => r[i])).Where(s => s.Length > 0).ToHashSet();
        Assert.NotEmpty(cited);
        var sources = about.SkipWhile(r => r[0] != "Publisher").Skip(1).TakeWhile(r => r[0] != "Credits").Select(r => r[0]).ToHashSet();
        Assert.Subset(sources, cited);
        Assert.Contains("public domain", Line(about, "BLS"));
        await using var db = app.CreateDbContext();
        if (await db.Sources.AnyAsync(s => s.Dataset == Datasets.Onet))
            Assert.Contains("CC BY 4.0", Line(about, "O*NET"));
        else
            Assert.DoesNotContain(about, r => r[0] == "O*NET");
        return about;
    }
}
