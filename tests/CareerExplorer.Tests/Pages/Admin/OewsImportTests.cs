using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

/// <summary>BLS OEWS national files uploaded through /Admin/Import: preview, commit, refusals.</summary>
public class OewsImportTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private const string Header = "OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90";

    /// <summary>
    /// A small release: two new occupations and Software Developers (15-1252), which the seeded
    /// software-developer role carries. Zorbling Technicians' 90th percentiles are top-coded ("#"),
    /// Quux Analysts' wages were not published ("*" and "**").
    /// </summary>
    public static string Release(string quuxTitle = "Quux Analysts") => string.Join('\n',
        Header,
        "00-0000,All Occupations,total,1000,0.1,40.00,83200,0.2,15.00,20.00,30.00,50.00,80.00,31200,41600,62400,104000,166400",
        "15-0000,Computer and Mathematical Occupations,major,500,0.4,60.00,124800,0.3,30.00,40.00,55.00,70.00,90.00,62400,83200,114400,145600,187200",
        "15-1252,Software Developers,detailed,500,0.9,63.13,131313,0.5,33.00,44.00,61.61,77.00,95.00,68640,91520,128149,160160,197600",
        "99-0000,Test Occupations,major,500,1.0,50.00,104000,1.1,20.00,30.00,45.00,60.00,#,41600,62400,93600,124800,#",
        "99-1011,Zorbling Technicians,detailed,300,1.5,50.00,104000,2.1,20.00,30.00,45.00,60.00,#,41600,62400,93600,124800,#",
        $"99-1012,{quuxTitle},detailed,200,3.2,*,*,*,**,**,**,**,**,**,**,**,**,**",
        "");

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, string content, IReadOnlyDictionary<string, string>? fields = null)
    {
        var form = (await client.GetDocumentAsync("/Admin/Import")).Form("main form[enctype='multipart/form-data']");
        return await client.UploadAsync(form, "file", name, Encoding.UTF8.GetBytes(content), fields);
    }

    private static async Task<HttpResponseMessage> CommitAsync(HttpClient client, HttpResponseMessage preview) =>
        await client.SubmitAsync((await Html.ParseAsync(preview)).Form("main form[action*='handler=Commit']"));

    private static async Task<byte[]> ExportAsync(HttpClient client)
    {
        var response = await client.GetAsync("/Admin/Export?handler=Download");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static Dictionary<string, string> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.Name, e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd());
    }

    [Fact]
    public async Task Upload_OewsRelease_PreviewsCountsThenCommitsAuditedAndShownOnTheRolePage()
    {
        await using var fresh = new CareerAppFactory(); // its own data: this test adds a release
        var client = await fresh.SignedInClientAsync();
        var before = await fresh.CreateClient().GetDocumentAsync("/Roles/software-developer"); // cached now: the import must evict it
        Assert.DoesNotContain("$131,313", before.Body!.TextContent);

        var preview = await UploadAsync(client, "national_M2022_dl.csv", Release());

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var doc = await Html.ParseAsync(preview);
        Assert.Null(doc.QuerySelector("table.import-problems"));
        Assert.Equal("BLS OEWS May 2022", doc.QuerySelector(".oews-release")!.Text());
        var roles = doc.QuerySelector("table.oews-preview tr[data-kind='Roles']")!;
        Assert.Equal("2", roles.QuerySelector(".added")!.Text());
        Assert.StartsWith("1 existing roles matched", roles.QuerySelector(".matched")!.Text());
        var figures = doc.QuerySelector("table.oews-preview tr[data-kind='Figures']")!;
        Assert.Equal("39", figures.QuerySelector(".added")!.Text()); // 3 occupations × (12 wages + employment)
        Assert.Contains("Zorbling Technicians (99-1011)", doc.QuerySelector(".oews-added")!.Text());
        Assert.Contains("Software Developers (15-1252) → Software Developer", doc.QuerySelector(".oews-matched")!.Text());
        await using (var db = fresh.CreateDbContext())
            Assert.False(await db.Sources.AnyAsync(s => s.Slug == "bls-oews-may-2022")); // a preview saves nothing

        var committed = await CommitAsync(client, preview);

        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        var after = await client.GetDocumentAsync(committed.Headers.Location!.OriginalString);
        Assert.Contains("Imported BLS OEWS May 2022: 2 roles added, 1 existing roles matched", after.QuerySelector(".callout.success")!.Text());
        await using (var db = fresh.CreateDbContext())
        {
            var zorbling = await db.Roles.Include(r => r.OccupationCodes).SingleAsync(r => r.Title == "Zorbling Technicians");
            Assert.Equal("bls-oews", zorbling.ImportedFrom);
            Assert.Contains(zorbling.OccupationCodes, c => c.Code == "99-1011" && c.System == "SOC 2018");
            var p90 = await db.SalaryFigures.SingleAsync(f => f.RoleId == zorbling.Id && f.Statistic == SalaryStatistic.P90 && f.Basis == PayBasis.Annual);
            Assert.Equal((239_200m, true), (p90.Amount, p90.IsTopCoded));
            var quux = await db.SalaryFigures.Where(f => f.Role.Title == "Quux Analysts").ToListAsync();
            Assert.Equal(12, quux.Count);
            Assert.All(quux, f => Assert.True(f.IsNotPublished && f.Amount is null));
            var mean = await db.SalaryFigures.SingleAsync(f => f.RoleId == zorbling.Id && f.Statistic == SalaryStatistic.Mean && f.Basis == PayBasis.Annual);
            Assert.Equal(2.1m, mean.RelativeStandardError);
            var audit = Assert.Single(await db.AuditEntries.Where(a => a.EntityType == "OEWS release").ToListAsync());
            Assert.Equal(("admin@example.com", "bls-oews-may-2022"), (audit.User, audit.EntityId));
        }
        var page = await fresh.CreateClient().GetDocumentAsync("/Roles/software-developer");
        Assert.Contains("$131,313", page.Body!.TextContent);

        var api = JsonNode.Parse(await fresh.CreateClient().GetStringAsync("/api/roles/quux-analysts"))!;
        var withheld = api["salaryFigures"]!.AsArray().First()!;
        Assert.True((bool)withheld["notPublished"]!);
        Assert.Null(withheld["amount"]);
        var employment = api["outlookFigures"]!.AsArray().Single()!;
        Assert.Equal(3.2m, (decimal)employment["relativeStandardError"]!);
    }

    [Fact]
    public async Task Import_OewsWorkbook_AsPublished_PreviewsAndCommits()
    {
        await using var fresh = new CareerAppFactory();
        var client = await fresh.SignedInClientAsync();
        var form = (await client.GetDocumentAsync("/Admin/Import")).Form("main form[enctype='multipart/form-data']");

        var preview = await client.UploadAsync(form, "file", "national_M2023_dl.xlsx", Services.Oews.OewsWorkbookTests.Published);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var doc = await Html.ParseAsync(preview);
        Assert.Null(doc.QuerySelector("table.import-problems"));
        Assert.Equal("BLS OEWS May 2023", doc.QuerySelector(".oews-release")!.Text());
        Assert.Contains("831 detailed occupations", doc.QuerySelector("main")!.Text());
        Assert.Equal("10,803", doc.QuerySelector("table.oews-preview tr[data-kind='Figures'] .added")!.Text()); // 831 × (12 wages + employment)

        var committed = await CommitAsync(client, preview);

        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        var after = await client.GetDocumentAsync(committed.Headers.Location!.OriginalString);
        Assert.Contains("Imported BLS OEWS May 2023: ", after.QuerySelector(".callout.success")!.Text());
        await using (var db = fresh.CreateDbContext())
        {
            var source = await db.Sources.SingleAsync(s => s.Dataset == Datasets.BlsOews && s.Release == "2023-05");
            Assert.Contains("$115 an hour or $239,200 a year", source.Note); // the top code the workbook's notes state
            Assert.Equal(10_803, await db.SalaryFigures.CountAsync(f => f.SourceId == source.Id) + await db.OutlookFigures.CountAsync(f => f.SourceId == source.Id));
        }
        var role = await fresh.CreateClient().GetDocumentAsync("/Roles/computer-and-information-research-scientist");
        var official = role.QuerySelector("section#official-wages")!;
        Assert.Contains("May 2023", official.QuerySelector("table.official-percentiles caption")!.Text());
        Assert.Contains("$145,080", official.Text());
    }

    [Theory]
    [InlineData("not a zip")]
    [InlineData("missing column")]
    public async Task Import_DamagedOewsWorkbook_IsRefusedWithAMessageAndNothingIsWritten(string damage)
    {
        var client = await app.SignedInClientAsync();
        var before = await ExportAsync(client);
        var form = (await client.GetDocumentAsync("/Admin/Import")).Form("main form[enctype='multipart/form-data']");

        var response = await client.UploadAsync(form, "file", "national_M2023_dl.xlsx", Services.Oews.OewsWorkbookTests.Make(damage));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains(damage == "not a zip" ? "The workbook cannot be read" : "lacks the column A_MEDIAN", doc.QuerySelector("table.import-problems")!.Text());
        Assert.Null(doc.QuerySelector("form[action*='handler=Commit']"));
        Assert.Equal(before, await ExportAsync(client));
    }

    [Fact]
    public async Task Upload_OewsFileWithoutYearInItsName_TakesTheReleaseYearField()
    {
        await using var fresh = new CareerAppFactory();
        var client = await fresh.SignedInClientAsync();

        var withoutYear = await UploadAsync(client, "oews.csv", Release());
        Assert.Equal(HttpStatusCode.BadRequest, withoutYear.StatusCode);
        Assert.Contains("release year is not in the file name", (await Html.ParseAsync(withoutYear)).QuerySelector("table.import-problems")!.Text());

        var preview = await UploadAsync(client, "oews.csv", Release(), new Dictionary<string, string> { ["Oews.ReleaseYear"] = "2021" });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("BLS OEWS May 2021", (await Html.ParseAsync(preview)).QuerySelector(".oews-release")!.Text());
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(client, preview)).StatusCode); // the year was kept with the upload

        await using var db = fresh.CreateDbContext();
        Assert.Equal(39, await db.SalaryFigures.CountAsync(f => f.Source.Slug == "bls-oews-may-2021") + await db.OutlookFigures.CountAsync(f => f.Source.Slug == "bls-oews-may-2021"));
        Assert.True(await db.SalaryFigures.AnyAsync(f => f.Source.Slug == "bls-oews-may-2021" && f.Year == 2021 && f.Month == 5));
    }

    [Fact]
    public async Task Upload_TopCodeGivenOneWayOnly_IsRefusedNextToTheField()
    {
        var client = await app.SignedInClientAsync();
        var response = await UploadAsync(client, "national_M2022_dl.csv", Release(), new Dictionary<string, string> { ["Oews.TopCodeHourly"] = "115" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("both ways", doc.QuerySelector("[data-valmsg-for='Oews.TopCodeAnnual']")!.Text());
        Assert.Null(doc.QuerySelector("form[action*='handler=Commit']"));
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        // Cut off in the middle of a row, as an interrupted download is.
        { "national_M2022_dl.csv", Release()[..(Release().IndexOf("99-1012", StringComparison.Ordinal) + 40)], "Is the file cut short" },
        // Cut off at a line break: every row is whole, but the occupations do not add up.
        { "national_M2022_dl.csv", Release()[..Release().IndexOf("99-1012", StringComparison.Ordinal)], "cut short" },
        { "national_M2022_dl.csv", Release().Replace(",A_MEDIAN,", ",A_MEDIAM,"), "A_MEDIAN" },
        { "national_M2022_dl.csv", Release().Replace("Zorbling Technicians,detailed,300", "Zorbling Technicians,detailed,lots"), "'lots' is not a positive number" },
        { "national_M2030_dl.csv", Release(), "not an OEWS release year" },
        { "people.csv", "name,age\nBob,42\n", "Missing columns: role, statistic, basis, currency, year, source" },
        { "national_M2022_dl.csv", Release().Replace("OCC_TITLE,", "TITLE,"), "OCC_TITLE" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_BadFile_IsRefusedWithAMessageAndTheDatabaseIsUnchanged(string name, string content, string message)
    {
        var client = await app.SignedInClientAsync();
        var before = await ExportAsync(client);

        var response = await UploadAsync(client, name, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains(message, doc.QuerySelector("table.import-problems")!.Text());
        Assert.Null(doc.QuerySelector("form[action*='handler=Commit']"));
        Assert.Equal(before, await ExportAsync(client));
    }

    [Fact]
    public async Task Upload_BadCell_NamesItsLineAndColumn()
    {
        var client = await app.SignedInClientAsync();
        var doc = await Html.ParseAsync(await UploadAsync(client, "national_M2022_dl.csv", Release().Replace("99-1011,Zorbling Technicians,detailed,300,1.5,50.00", "99-1011,Zorbling Technicians,detailed,300,1.5,fifty")));
        var row = doc.QuerySelector("table.import-problems tbody tr")!;
        Assert.Equal("6", row.QuerySelector("td[data-label='Line']")!.Text());
        Assert.Equal("H_MEAN", row.QuerySelector("td[data-label='Column']")!.Text());
    }

    [Fact]
    public async Task Upload_ChangedFileBetweenPreviewAndCommit_CommitsWhatWasPreviewed()
    {
        // The token names the stored upload: a second upload does not change what the first commits.
        var client = await app.SignedInClientAsync();
        var first = await UploadAsync(client, "national_M2019_dl.csv", Release("Quux Analysts"));
        await UploadAsync(client, "national_M2019_dl.csv", Release("Quux Analysts and Others"));
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(client, first)).StatusCode);
        await using var db = app.CreateDbContext();
        Assert.True(await db.Roles.AnyAsync(r => r.Title == "Quux Analysts"));
        Assert.False(await db.Roles.AnyAsync(r => r.Title == "Quux Analysts and Others"));
    }

    [Fact]
    public async Task ExportImportExport_WithAnOewsRelease_GivesIdenticalExports()
    {
        await using var source = new CareerAppFactory();
        var client = await source.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(client, await UploadAsync(client, "national_M2022_dl.csv", Release()))).StatusCode);
        var first = await ExportAsync(client);
        Assert.Contains("\"notPublished\": true", Unzip(first)["salary-figures.json"]);
        Assert.Contains("\"relativeStandardError\": 3.2", Unzip(first)["outlook-figures.json"]);
        Assert.Contains("\"importedFrom\": \"bls-oews\"", Unzip(first)["roles.json"]);
        Assert.Contains("\"dataset\": \"bls-oews\",\n    \"release\": \"2022-05\"", Unzip(first)["sources.json"]);

        await using var empty = new EmptyDatabaseApp();
        var emptyClient = await empty.SignedInClientAsync();
        var preview = await UploadZipAsync(emptyClient, first);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(emptyClient, preview)).StatusCode);
        var second = await ExportAsync(emptyClient);

        var (a, b) = (Unzip(first), Unzip(second));
        foreach (var name in a.Keys)
            Assert.Equal(a[name], b[name]);
        Assert.Equal(first, second);
        await using var db = empty.CreateDbContext();
        Assert.Equal(12, await db.SalaryFigures.CountAsync(f => f.IsNotPublished && f.Role.Title == "Quux Analysts" && f.Source.Dataset == Datasets.BlsOews));
    }

    private static async Task<HttpResponseMessage> UploadZipAsync(HttpClient client, byte[] zip)
    {
        var form = (await client.GetDocumentAsync("/Admin/Import")).Form("main form[enctype='multipart/form-data']");
        return await client.UploadAsync(form, "file", "careerexplorer-data.zip", zip);
    }
}
