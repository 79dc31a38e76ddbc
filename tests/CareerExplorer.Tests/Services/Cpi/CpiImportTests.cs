using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Rules;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Services.Cpi;

/// <summary>The CPI-U monthly series imported through the admin upload (the one import pipeline), on the app's own bundled file.</summary>
public class CpiImportTests
{
    /// <summary>The app's own file (data/cpi in the build output).</summary>
    public static readonly string RealFile = Path.Combine(AppContext.BaseDirectory, "data", "cpi", "cpi-u-monthly.csv");

    /// <summary>The real file's months, read here independently of the importer: (year, month) to index.</summary>
    public static Dictionary<(int Year, int Month), decimal> RealMonths() =>
        File.ReadLines(RealFile).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .ToDictionary(c => (int.Parse(c[0][..4], CultureInfo.InvariantCulture), int.Parse(c[0][5..7], CultureInfo.InvariantCulture)), c => decimal.Parse(c[1], CultureInfo.InvariantCulture));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, byte[] content)
    {
        var form = (await client.GetDocumentAsync("/Admin/Import")).Form("main form[enctype='multipart/form-data']");
        return await client.UploadAsync(form, "file", name, content);
    }

    private static async Task<HttpResponseMessage> CommitAsync(HttpClient client, HttpResponseMessage preview) =>
        await client.SubmitAsync((await Html.ParseAsync(preview)).Form("main form[action*='handler=Commit']"));

    private static async Task ImportRealFileAsync(CareerAppFactory app, HttpClient admin)
    {
        var preview = await UploadAsync(admin, "cpi-u-monthly.csv", await File.ReadAllBytesAsync(RealFile));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(admin, preview)).StatusCode);
    }

    [Fact]
    public async Task Import_CpiMonthly_Years2023And2024_MatchThePublishedAnnualAveragesAndUpdateTheSeedRowsInPlace()
    {
        await using var app = new CareerAppFactory();
        var admin = await app.SignedInClientAsync();
        int seedSourceId;
        await using (var db = app.CreateDbContext())
            seedSourceId = await db.Sources.Where(s => s.Slug == "bls-cpi-u").Select(s => s.Id).SingleAsync();

        await ImportRealFileAsync(app, admin);

        await using var check = app.CreateDbContext();
        var years = await check.CpiValues.ToDictionaryAsync(c => c.Year);
        Assert.Equal((304.702m, CpiMonths.All), (years[2023].Value, years[2023].Months));
        Assert.Equal((313.689m, CpiMonths.All), (years[2024].Value, years[2024].Months));
        Assert.Equal(Enumerable.Range(1913, 2026 - 1913 + 1), years.Keys.Order());
        // The seed's source adopted: one CPI source, the seed's rows updated in place.
        var source = await check.Sources.SingleAsync(s => s.Dataset == Datasets.BlsCpi);
        Assert.Equal((seedSourceId, "2026-05", "https://www.bls.gov/cpi/"), (source.Id, source.Release, source.Url));
        Assert.Contains("not seasonally adjusted, series CUUR0000SA0", source.Title);
        Assert.All(years.Values, c => Assert.Equal(seedSourceId, c.SourceId));
        var audits = await check.AuditEntries.Where(a => a.Action == CareerExplorer.Web.Data.Entities.AuditAction.Import).ToListAsync();
        var audit = Assert.Single(audits);
        Assert.Equal("CPI series", audit.EntityType);
        Assert.False(await check.AuditEntries.AnyAsync(a => a.EntityType == "CpiValue"));
    }

    [Fact]
    public async Task Import_CpiMonthly_Year2025_IsMeanOfElevenMonths_AndTheComparePageAndApiLabelIt()
    {
        await using var app = new CareerAppFactory();
        var admin = await app.SignedInClientAsync();
        await ImportRealFileAsync(app, admin);

        var months = RealMonths().Where(m => m.Key.Year == 2025).ToList();
        Assert.Equal(11, months.Count);
        await using (var db = app.CreateDbContext())
        {
            var y2025 = await db.CpiValues.SingleAsync(c => c.Year == 2025);
            Assert.Equal(decimal.Round(months.Average(m => m.Value), 3, MidpointRounding.AwayFromZero), y2025.Value);
            Assert.Equal(11, CpiMonths.Count(y2025.Months));
            Assert.False(CpiMonths.Has(y2025.Months, 10));
            Assert.Equal(5, CpiMonths.Count(await db.CpiValues.Where(c => c.Year == 2026).Select(c => c.Months).SingleAsync()));
        }

        const string note = "2025 dollars: CPI-U mean of 11 months (January–September, November–December 2025; October was not published)";
        var client = app.CreateClient();
        // The default stays the latest full year.
        var byDefault = await client.GetDocumentAsync("/Compare?roles=machine-learning-engineer,data-scientist");
        Assert.Equal("2024", byDefault.QuerySelector("#year option[selected]")!.GetAttribute("value"));
        Assert.Equal("2025 (CPI-U mean of 11 months)", byDefault.QuerySelector("#year option[value='2025']")!.Text().Trim());
        Assert.Equal("2026 (CPI-U mean of 5 months)", byDefault.QuerySelector("#year option[value='2026']")!.Text().Trim());
        Assert.DoesNotContain(byDefault.QuerySelectorAll(".callout.warning"), w => w.Text().Contains("Figures are in"));
        // The seed's 2025 figures, restated in 2024 dollars, rest on 2025's eleven months: said once, and on each of them.
        Assert.Contains(byDefault.QuerySelectorAll(".callout.warning"), w => w.Text().Contains("Figures from 2025 are adjusted from " + note));

        var in2025 = await client.GetDocumentAsync("/Compare?roles=machine-learning-engineer,data-scientist&year=2025");
        Assert.Contains(in2025.QuerySelectorAll(".callout.warning"), w => w.Text().Contains(note));
        var adjusted = in2025.QuerySelectorAll("td.normalised").Where(td => td.QuerySelector(".not-adjusted") is null).ToList();
        Assert.NotEmpty(adjusted);
        Assert.All(adjusted, td => Assert.Contains(note, td.QuerySelector(".partial-cpi")!.Text()));

        var api = await client.GetFromJsonAsync<JsonElement>("/api/compare?roles=machine-learning-engineer,data-scientist&year=2025");
        Assert.Contains(api.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains(note));
        var csv = await client.GetStringAsync("/Compare/Export?roles=machine-learning-engineer,data-scientist&year=2025");
        Assert.Contains(note, csv);
    }

    [Fact]
    public async Task Import_SameFileAgain_PreviewSaysAllUnchanged()
    {
        await using var app = new CareerAppFactory();
        var admin = await app.SignedInClientAsync();
        await ImportRealFileAsync(app, admin);

        var again = await Html.ParseAsync(await UploadAsync(admin, "cpi-u-monthly.csv", await File.ReadAllBytesAsync(RealFile)));

        var row = again.QuerySelector("table.import-preview tr[data-kind='CPI years']")!;
        Assert.Equal(("0", "0", "114"), (row.QuerySelector(".added")!.Text(), row.QuerySelector(".changed")!.Text(), row.QuerySelector(".unchanged")!.Text()));
        Assert.Contains("already in the database", again.Body!.TextContent);
        Assert.Null(again.QuerySelector("main form[action*='handler=Commit']"));
    }

    /// <summary>A BLS series download as the data viewer gives it, the year 2023 from the real file, with its annual average (M13).</summary>
    public static string BlsDownload(char separator = ',', string annual = "304.702", string series = "CUUR0000SA0")
    {
        var lines = new List<string> { string.Join(separator, separator == ',' ? ["Series ID", "Year", "Period", "Value"] : new[] { "series_id", "year", "period", "value", "footnote_codes" }) };
        foreach (var ((year, month), index) in RealMonths().Where(m => m.Key.Year == 2023).OrderBy(m => m.Key.Month))
            lines.Add(string.Join(separator, series, year.ToString(CultureInfo.InvariantCulture), $"M{month:D2}", index.ToString(CultureInfo.InvariantCulture)) + (separator == ',' ? "" : "\t"));
        lines.Add(string.Join(separator, series, "2023", "M13", annual) + (separator == ',' ? "" : "\t"));
        return string.Join('\n', lines) + '\n';
    }

    [Theory]
    [InlineData(',', "CUUR0000SA0_2023.csv")]
    [InlineData('\t', "cu.data.1.AllItems")]
    public async Task Import_BlsSeriesDownload_GivesThePublishedAnnualAverage(char separator, string name)
    {
        await using var app = new CareerAppFactory();
        var admin = await app.SignedInClientAsync();
        var text = BlsDownload(separator);
        if (separator == '\t') // a flat file holds other series too: skipped
            text += "CUSR0000SA0\t2023\tM01\t300.536\t\n";

        var preview = await UploadAsync(admin, name, Encoding.UTF8.GetBytes(text));
        var doc = await Html.ParseAsync(preview);
        Assert.Null(doc.QuerySelector("table.import-problems"));
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(admin, preview)).StatusCode);

        await using var db = app.CreateDbContext();
        var y2023 = await db.CpiValues.Include(c => c.Source).SingleAsync(c => c.Year == 2023);
        Assert.Equal((304.702m, CpiMonths.All, Datasets.BlsCpi, "2023-12"), (y2023.Value, y2023.Months, y2023.Source.Dataset, y2023.Source.Release));
    }

    public static TheoryData<string, string, long, string, string> BadFiles => new()
    {
        { "bad-date.csv", "Date,Index,Inflation\n2024-01-01,308.417,0.54\n2024-13-01,310.326,0.62\n", 3, "Date", "is not a date" },
        { "twice.csv", "Date,Index\n2024-01-01,308.417\n2024-02,310.326\n2024-01-01,308.417\n", 4, "Date", "January 2024 is given twice (also on line 2)" },
        { "not-a-number.csv", "date,INDEX\n2024-01-01,308.417\n2024-02-01,three hundred\n", 3, "Index", "is not a number" },
        { "out-of-bounds.csv", "Date,Index\n2024-01-01,0\n", 2, "Index", "out of bounds" },
        { "no-index.csv", "Date,Inflation\n2024-01-01,0.5\n", 1, "—", "Missing column: index" },
        { "wrong-series.csv", BlsDownload(series: "CUSR0000SA0"), 2, "Series ID", "not CUUR0000SA0" },
        { "bad-period.csv", "Series ID,Year,Period,Value\nCUUR0000SA0,2024,M14,308.417\n", 2, "Period", "is not a month" },
        { "wrong-annual.csv", BlsDownload(annual: "305.000"), 14, "Value", "its twelve months give 304.702" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_BadCpiFile_IsRefusedWithFileLineAndColumn_AndWritesNothing(string name, string content, long line, string column, string message)
    {
        await using var app = new CareerAppFactory();
        var admin = await app.SignedInClientAsync();
        int before, sourcesBefore;
        await using (var db = app.CreateDbContext())
            (before, sourcesBefore) = (await db.CpiValues.CountAsync(), await db.Sources.CountAsync(s => s.Dataset != null));

        var doc = await Html.ParseAsync(await UploadAsync(admin, name, Encoding.UTF8.GetBytes(content)));

        var problems = doc.QuerySelectorAll("table.import-problems tbody tr").ToList();
        Assert.Contains(problems, p => p.QuerySelector("[data-label='File']")!.Text() == name
            && p.QuerySelector("[data-label='Line']")!.Text() == line.ToString(CultureInfo.InvariantCulture)
            && p.QuerySelector("[data-label='Column']")!.Text() == column
            && p.QuerySelector("[data-label='Problem']")!.Text().Contains(message));
        Assert.Null(doc.QuerySelector("main form[action*='handler=Commit']"));
        await using var check = app.CreateDbContext();
        Assert.Equal(before, await check.CpiValues.CountAsync());
        Assert.Equal(sourcesBefore, await check.Sources.CountAsync(s => s.Dataset != null));
    }

    [Fact]
    public async Task ExportResetImportExport_WithTheCpiSeries_GivesIdenticalExports()
    {
        await using var app = new CareerAppFactory();
        var admin = await app.SignedInClientAsync();
        await ImportRealFileAsync(app, admin);
        var first = await admin.GetByteArrayAsync("/Admin/Export?handler=Download");
        using (var zip = new ZipArchive(new MemoryStream(first)))
        {
            var cpi = new StreamReader(zip.GetEntry("cpi.json")!.Open()).ReadToEnd();
            Assert.Contains("\"months\": [", cpi); // 2025 and 2026 carry theirs; full years none
        }

        await using var empty = new EmptyDatabaseApp();
        var client = await empty.SignedInClientAsync();
        var preview = await UploadAsync(client, "careerexplorer-data.zip", first);
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(client, preview)).StatusCode);
        var second = await client.GetByteArrayAsync("/Admin/Export?handler=Download");

        Assert.Equal(first, second);
    }
}
