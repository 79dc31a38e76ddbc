using CareerExplorer.Web.Services.Importing;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

public class ImportExportTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private static async Task<byte[]> ExportAsync(HttpClient client)
    {
        var response = await client.GetAsync("/Admin/Export?handler=Download");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static Dictionary<string, string> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.Name, e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, byte[] content)
    {
        var form = (await client.GetDocumentAsync("/Admin/Import")).Form("main form[enctype='multipart/form-data']");
        return await client.UploadAsync(form, "file", name, content);
    }

    private static async Task<HttpResponseMessage> CommitAsync(HttpClient client, HttpResponseMessage preview)
    {
        var doc = await Html.ParseAsync(preview);
        return await client.SubmitAsync(doc.Form("main form[action*='handler=Commit']"));
    }

    [Fact]
    public async Task Export_HoldsEveryDataSeedFileWithEveryRecord()
    {
        var client = await app.SignedInClientAsync();
        var files = Unzip(await ExportAsync(client));
        await using var db = app.CreateDbContext();

        Assert.Equal(["career-steps.json", "cpi.json", "education-steps.json", "employment-projections.json", "geographies.json", "outlook-figures.json", "role-skills.json", "roles.json", "salary-figures.json", "skills.json", "sources.json"], files.Keys.Order());
        Assert.Equal(await db.SalaryFigures.CountAsync(), JsonNode.Parse(files["salary-figures.json"])!.AsArray().Count);
        Assert.Equal(await db.Roles.CountAsync(), JsonNode.Parse(files["roles.json"])!.AsArray().Count);
    }

    [Fact]
    public async Task Export_OfTheSeededDatabase_MatchesTheSeedFiles()
    {
        // Its own app: other tests in this class change the shared one's data.
        await using var pristine = new CareerAppFactory();
        var client = await pristine.SignedInClientAsync();
        var files = Unzip(await ExportAsync(client));

        foreach (var (name, json) in files)
        {
            var seed = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedFolder.Path, name)));
            Assert.True(JsonNode.DeepEquals(Normalise(seed), Normalise(JsonNode.Parse(json))), $"{name} differs from data/seed/{name}");
        }
    }

    /// <summary>Numbers compared by value (245.120 is 245.12); otherwise exact.</summary>
    private static JsonNode? Normalise(JsonNode? node) => node switch
    {
        JsonArray a => new JsonArray(a.Select(Normalise).ToArray()),
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key).Select(p => KeyValuePair.Create(p.Key, Normalise(p.Value)))),
        JsonValue v when v.TryGetValue<decimal>(out var d) => JsonValue.Create(d / 1.000000000000000000000000000000000m),
        _ => node?.DeepClone(),
    };

    [Fact]
    public async Task ExportResetImportExport_GivesIdenticalExports()
    {
        var first = await ExportAsync(await app.SignedInClientAsync());

        await using var empty = new EmptyDatabaseApp();
        var client = await empty.SignedInClientAsync();
        await using (var db = empty.CreateDbContext())
            Assert.Equal(0, await db.Roles.CountAsync());
        var preview = await UploadAsync(client, "careerexplorer-data.zip", first);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var committed = await CommitAsync(client, preview);
        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        var second = await ExportAsync(client);

        var (a, b) = (Unzip(first), Unzip(second));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var name in a.Keys)
            Assert.Equal(a[name], b[name]);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Import_ChangedFigure_PreviewsThenCommitsAndIsAudited()
    {
        var client = await app.SignedInClientAsync();
        var files = Unzip(await ExportAsync(client));
        var figures = JsonNode.Parse(files["salary-figures.json"])!.AsArray();
        var payscale = figures.Single(f => (string?)f!["source"] == "payscale")!;
        payscale["amount"] = 107000;
        figures.Add(new JsonObject
        {
            ["role"] = "data-scientist", ["statistic"] = "median", ["payComponent"] = "base", ["basis"] = "annual", ["currency"] = "USD",
            ["geography"] = "US", ["year"] = 2024, ["source"] = "glassdoor", ["quote"] = "Imported in a test", ["amount"] = 123456,
        });

        var preview = await UploadAsync(client, "salary-figures.json", Encoding.UTF8.GetBytes(figures.ToJsonString()));
        var doc = await Html.ParseAsync(preview);
        var row = doc.QuerySelector("table.import-preview tr[data-kind='Salary figures']")!;
        Assert.Equal("1", row.QuerySelector(".added")!.Text());
        Assert.Equal("1", row.QuerySelector(".changed")!.Text());
        Assert.Equal((figures.Count - 2).ToString(), row.QuerySelector(".unchanged")!.Text());
        await using (var db = app.CreateDbContext())
            Assert.False(await db.SalaryFigures.AnyAsync(f => f.Amount == 107000m)); // a preview saves nothing

        var committed = await CommitAsync(client, preview);

        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        await using var check = app.CreateDbContext();
        Assert.True(await check.SalaryFigures.AnyAsync(f => f.Amount == 107000m && f.Source.Slug == "payscale"));
        Assert.True(await check.SalaryFigures.AnyAsync(f => f.Amount == 123456m && f.Role.Slug == "data-scientist"));
        var import = await check.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.Action == AuditAction.Import);
        Assert.Contains("1 added, 1 changed", import.After);
        Assert.True(await check.AuditEntries.AnyAsync(a => a.EntityType == "SalaryFigure" && a.Action == AuditAction.Update && a.After!.Contains("107000")));
        var page = await app.CreateClient().GetDocumentAsync("/Roles/data-scientist");
        Assert.Contains("$123,456", page.QuerySelector("table.salary-figures")!.Text());
    }

    [Fact]
    public async Task Import_Csv_AddsFigures()
    {
        var client = await app.SignedInClientAsync();
        var csv = "role,statistic,basis,amount,low,high,currency,year,source,note\n"
                + "software-engineer,median,annual,150000,,,USD,2024,glassdoor,From a CSV test\n"
                + "software-engineer,range,annual,,120000,180000,USD,2024,glassdoor,\"Range, with a comma\"\n";

        var preview = await UploadAsync(client, "figures.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(client, preview)).StatusCode);

        await using var db = app.CreateDbContext();
        Assert.True(await db.SalaryFigures.AnyAsync(f => f.Role.Slug == "software-engineer" && f.Low == 120000m && f.High == 180000m && f.Note == "Range, with a comma"));
    }

    [Fact]
    public async Task Import_Csv_TakesNotPublishedAndTheRelativeStandardError()
    {
        var client = await app.SignedInClientAsync();
        var csv = "role,statistic,basis,amount,currency,year,source,quote,not_published,relative_standard_error\n"
                + "software-engineer,p90,hourly,,USD,2023,glassdoor,Withheld (CSV test),true,\n"
                + "software-engineer,mean,hourly,77.70,USD,2023,glassdoor,Mean with RSE (CSV test),,1.9\n";

        var preview = await UploadAsync(client, "figures.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(client, preview)).StatusCode);

        await using var db = app.CreateDbContext();
        Assert.True(await db.SalaryFigures.AnyAsync(f => f.Quote == "Withheld (CSV test)" && f.IsNotPublished && f.Amount == null));
        Assert.True(await db.SalaryFigures.AnyAsync(f => f.Quote == "Mean with RSE (CSV test)" && !f.IsNotPublished && f.RelativeStandardError == 1.9m));
    }

    [Theory]
    [InlineData("figures.csv", "role,statistic,basis,amount,currency,year,source,not_published\nsoftware-engineer,median,annual,1000,USD,2024,glassdoor,true\n", "not published has no amount")]
    [InlineData("figures.csv", "role,statistic,basis,amount,currency,year,source,relative_standard_error\nsoftware-engineer,median,annual,1000,USD,2024,glassdoor,-2\n", "0 or more")]
    [InlineData("empty.csv", "", "empty")]
    [InlineData("figures.csv", "role,statistic,basis,amount,currency,year,source,note\nsoftware-engineer,median,annual,1000,USD,2024,glassdoor,\"never\nclosed\n", "A quoted cell is never closed")]
    [InlineData("figures.csv", "role,statistic,basis,amount\nx,median,annual,1\n", "Missing columns: currency, year, source")]
    [InlineData("figures.csv", "role,statistic,basis,amount,currency,year,source\nsoftware-engineer,median,annual,lots,USD,2024,glassdoor\n", "'lots' is not a number")]
    [InlineData("figures.csv", "role,statistic,basis,amount,currency,year,source\nno-such-role,median,annual,1000,USD,2024,glassdoor\n", "Unknown role 'no-such-role'")]
    [InlineData("figures.csv", "role,statistic,basis,amount,currency,year,source\nsoftware-engineer,median,annual,1000,USD,2024,no-such-source\n", "Unknown source 'no-such-source'")]
    [InlineData("figures.csv", "role,statistic,basis,amount,currency,year,source\nsoftware-engineer,median,annual,1000,USD,2024,glassdoor\nsoftware-engineer,median,annual,1000,USD,2024,glassdoor\n", "Duplicate figure")]
    [InlineData("figures.csv", "role,statistic,basis,amount,currency,year,source\nsoftware-engineer,median,annual,-5,XYZ,1850,glassdoor\n", "ISO 4217")]
    [InlineData("salary-figures.json", "[{\"role\": \"software-engineer\",", "")]
    [InlineData("salary-figures.json", "{\"not\": \"an array\"}", "")]
    [InlineData("notes.txt", "hello", "Only .zip")]
    [InlineData("data.zip", "this is not a zip", "not a zip archive")]
    [InlineData("roles.json", "[]", "holds no records")]
    [InlineData("sources.json", "[{\"slug\": \"bad-url\", \"publisher\": \"P\", \"title\": \"T\", \"kind\": \"article\", \"url\": \"javascript:alert(1)\"}]", "not an http(s) URL")]
    [InlineData("unknown.json", "[]", "must be named")]
    [InlineData("sources.json", "[{\"slug\": \"new-release\", \"publisher\": \"P\", \"title\": \"T\", \"kind\": \"article\", \"dataset\": \"bls-oes\", \"release\": \"2023-05\"}]", "'bls-oes' is not a known dataset")]
    [InlineData("sources.json", "[{\"slug\": \"new-release\", \"publisher\": \"P\", \"title\": \"T\", \"kind\": \"article\", \"dataset\": \"bls-oews\"}]", "both the dataset and its release")]
    [InlineData("sources.json", "[{\"slug\": \"new-release\", \"publisher\": \"P\", \"title\": \"T\", \"kind\": \"article\", \"dataset\": \"bls-oews\", \"release\": \"May 2023\"}]", "is not a release")]
    [InlineData("figures.csv", "role,statistic,basis,amount,currency,year,source\nsoftware-engineer,median,annual,79228162514264337593543950335,USD,2024,glassdoor\n", "at most 100,000,000")]
    [InlineData("figures.csv", "role,statistic,basis,amount,currency,year,source,relative_standard_error\nsoftware-engineer,mean,annual,1000,USD,2024,glassdoor,5000\n", "at most 1,000%")]
    [InlineData("figures.csv", "role,statistic,basis,amount,currency,year,source,quote\nsoftware-engineer,median,annual,1000,USD,2024,glassdoor,$LONG1001\n", "at most 1,000 characters")]
    [InlineData("salary-figures.json", "[{\"role\": \"software-engineer\", \"statistic\": \"median\", \"payComponent\": \"base\", \"basis\": \"annual\", \"currency\": \"USD\", \"geography\": \"US\", \"year\": 2024, \"source\": \"glassdoor\", \"quote\": \"q\", \"amount\": 79228162514264337593543950335}]", "at most 100,000,000")]
    [InlineData("salary-figures.json", "[{\"role\": \"software-engineer\", \"statistic\": \"median\", \"payComponent\": \"base\", \"basis\": \"annual\", \"currency\": \"USD\", \"geography\": \"US\", \"year\": 2024, \"source\": \"glassdoor\", \"quote\": \"q\", \"amount\": 1e40}]", "")]
    [InlineData("cpi.json", "[{\"year\": 2023, \"value\": 1e25, \"source\": \"bls-cpi-u\"}]", "at most 100,000")]
    [InlineData("roles.json", "[{\"slug\": \"bad-title\", \"title\": \"Bad\\u0001 title\", \"category\": \"C\", \"summary\": \"S\"}]", "control character (U+0001)")]
    [InlineData("roles.json", "[{\"slug\": \"bad-title\", \"title\": \"Zero\\u200bwidth\", \"category\": \"C\", \"summary\": \"S\", \"aliases\": [\"ok\"]}]", "invisible character (U+200B)")]
    [InlineData("sources.json", "[{\"slug\": \"long-note\", \"publisher\": \"P\", \"title\": \"T\", \"kind\": \"article\", \"note\": \"$LONG2001\"}]", "at most 2,000 characters")]
    [InlineData("sources.json", "[{\"slug\": \"long-publisher\", \"publisher\": \"$LONG201\", \"title\": \"T\", \"kind\": \"article\"}]", "at most 200 characters")]
    public async Task Import_MalformedFile_IsRefusedWithAMessageAndTheDatabaseIsUnchanged(string name, string content, string message)
    {
        content = System.Text.RegularExpressions.Regex.Replace(content, @"\$LONG(\d+)", m => new string('x', int.Parse(m.Groups[1].Value)));
        var client = await app.SignedInClientAsync();
        var before = await ExportAsync(client);

        var response = await UploadAsync(client, name, Encoding.UTF8.GetBytes(content));

        Assert.True((int)response.StatusCode is 400 or 413 or 415, $"status {(int)response.StatusCode}");
        var doc = await Html.ParseAsync(response);
        Assert.NotNull(doc.QuerySelector("table.import-problems"));
        Assert.Contains(message, doc.QuerySelector("table.import-problems")!.Text());
        Assert.Null(doc.QuerySelector("form[action*='handler=Commit']"));
        Assert.Equal(before, await ExportAsync(client));
    }

    [Fact]
    public async Task Import_ErrorsNameTheLineAndColumn()
    {
        var client = await app.SignedInClientAsync();
        var csv = "role,statistic,basis,amount,currency,year,source\nsoftware-engineer,median,annual,1000,USD,2024,glassdoor\nsoftware-engineer,median,annual,oops,USD,2024,glassdoor\n";

        var doc = await Html.ParseAsync(await UploadAsync(client, "figures.csv", Encoding.UTF8.GetBytes(csv)));
        var row = doc.QuerySelector("table.import-problems tbody tr")!;

        Assert.Equal("3", row.QuerySelector("td[data-label='Line']")!.Text());
        Assert.Equal("amount", row.QuerySelector("td[data-label='Column']")!.Text());
    }

    [Fact]
    public async Task Import_QuotedCellWithALineBreak_LaterProblemsNameTheLineInTheFile()
    {
        var client = await app.SignedInClientAsync();
        var csv = "role,statistic,basis,amount,currency,year,source,note\nsoftware-engineer,median,annual,1000,USD,2024,glassdoor,\"two\nlines\"\nsoftware-engineer,median,annual,oops,USD,2024,glassdoor,\n";

        var doc = await Html.ParseAsync(await UploadAsync(client, "figures.csv", Encoding.UTF8.GetBytes(csv)));
        var row = doc.QuerySelector("table.import-problems tbody tr")!;

        Assert.Equal("4", row.QuerySelector("td[data-label='Line']")!.Text());
        Assert.Equal("amount", row.QuerySelector("td[data-label='Column']")!.Text());
    }

    [Fact]
    public async Task Import_EveryProblemInTheFileIsListed()
    {
        var client = await app.SignedInClientAsync();
        var csv = "role,statistic,basis,amount,currency,year,source\nsoftware-engineer,median,annual,1000,USD,2024,glassdoor\nsoftware-engineer,median,annual,oops,USD,2024,glassdoor\nno-such-role,median,annual,5,USD,2024,glassdoor\n";

        var doc = await Html.ParseAsync(await UploadAsync(client, "figures.csv", Encoding.UTF8.GetBytes(csv)));
        var rows = doc.QuerySelectorAll("table.import-problems tbody tr").Select(r => (r.QuerySelector("td[data-label='Line']")!.Text(), r.QuerySelector("td[data-label='Problem']")!.Text())).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal("3", rows[0].Item1);
        Assert.Equal("4", rows[1].Item1);
        Assert.Contains("no-such-role", rows[1].Item2);
    }

    [Fact]
    public async Task Import_JsonRecordErrors_NameTheRecordsLine()
    {
        var client = await app.SignedInClientAsync();
        var json = "[\n  {\n    \"slug\": \"ok-skill\", \"name\": \"OK\", \"kind\": \"technical\"\n  },\n  {\n    \"slug\": \"Bad Slug\", \"name\": \"Bad\", \"kind\": \"technical\"\n  }\n]";

        var doc = await Html.ParseAsync(await UploadAsync(client, "skills.json", Encoding.UTF8.GetBytes(json)));
        var row = doc.QuerySelector("table.import-problems tbody tr")!;

        Assert.Equal("5", row.QuerySelector("td[data-label='Line']")!.Text());
        Assert.Equal("$[1].slug", row.QuerySelector("td[data-label='Column']")!.Text());
    }

    [Fact]
    public async Task Import_WrongEncoding_IsRefused()
    {
        var client = await app.SignedInClientAsync();
        var before = await ExportAsync(client);
        var latin1 = Encoding.Latin1.GetBytes("role,statistic,basis,amount,currency,year,source\nsoftware-engineer,median,annual,1000,USD,2024,glassdoor,café\n");

        var response = await UploadAsync(client, "figures.csv", latin1);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not UTF-8", (await Html.ParseAsync(response)).QuerySelector("table.import-problems")!.Text());
        Assert.Equal(before, await ExportAsync(client));
    }

    [Fact]
    public async Task Import_FileOverTheLimit_IsRefused()
    {
        var client = await app.SignedInClientAsync();
        var big = new byte[(int)ImportPipeline.MaxFileBytes + 5 * 1024 * 1024];
        Array.Fill(big, (byte)'a');

        var response = await UploadAsync(client, "figures.csv", big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains($"{ImportPipeline.MaxFileBytes / 1024 / 1024} MB", (await Html.ParseAsync(response)).QuerySelector("table.import-problems")!.Text());
    }

    [Fact]
    public async Task Import_DataChangesBetweenPreviewAndCommit_CommitIsRefusedAndNothingIsWritten()
    {
        var client = await app.SignedInClientAsync();
        // A role and a figure for it, in one file; then the role's slug changes before the commit.
        var roleJson = "[{\"slug\": \"vanishing-role\", \"title\": \"Vanishing\", \"category\": \"Test\", \"summary\": \"S\"}]";
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(client, await UploadAsync(client, "roles.json", Encoding.UTF8.GetBytes(roleJson)))).StatusCode);
        var csv = "role,statistic,basis,amount,currency,year,source\nvanishing-role,median,annual,1000,USD,2024,glassdoor\nsoftware-engineer,median,annual,2222,USD,2024,glassdoor\n";
        var preview = await UploadAsync(client, "figures.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        await using (var db = app.CreateDbContext())
        {
            var role = await db.Roles.SingleAsync(r => r.Slug == "vanishing-role");
            role.Slug = "renamed-role";
            await db.SaveChangesAsync();
        }
        var before = await ExportAsync(client);

        var commit = await CommitAsync(client, preview);

        Assert.Equal(HttpStatusCode.Conflict, commit.StatusCode);
        Assert.Contains("Unknown role 'vanishing-role'", (await Html.ParseAsync(commit)).QuerySelector("table.import-problems")!.Text());
        Assert.Equal(before, await ExportAsync(client)); // the valid second row was not imported either
    }

    [Fact]
    public async Task Import_CommitWithForgedToken_IsRefused()
    {
        var client = await app.SignedInClientAsync();
        var form = (await client.GetDocumentAsync("/Admin/Import")).Form("main form[enctype='multipart/form-data']");
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("input[name='__RequestVerificationToken']")!).Value;
        var response = await client.PostAsync("/Admin/Import?handler=Commit", new FormUrlEncodedContent([new("token", "../../etc/passwd"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ImportAndExport_Anonymous_AreRedirectedToSignIn()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Admin/Export?handler=Download")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Admin/Import")).StatusCode);
    }
}
