using System.Globalization;
using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Roles;

/// <summary>
/// The roles list's downloads (CSV and xlsx) over the seed data: every role the list shows, on
/// all its pages, in its order, each figure with its source and year. Its own database: it adds
/// roles, so that lists need several pages, with pay as points, ranges in cents and a top code,
/// and one whose title is a formula.
/// </summary>
public class DownloadTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private const string Category = "Worksheet";
    private const string FormulaTitle = "=HYPERLINK(\"https://example.com\",\"Click me\")";

    private async Task AddRolesAsync()
    {
        await using var db = app.CreateDbContext();
        if (await db.Roles.AnyAsync(r => r.Category == Category))
            return;
        var us = await db.Geographies.SingleAsync(g => g.Code == "US");
        var glassdoor = await db.Sources.SingleAsync(s => s.Slug == "glassdoor");
        var soc = await db.Sources.SingleAsync(s => s.Slug == "bls-soc");
        for (var i = 0; i < 25; i++)
        {
            var role = new Role { Slug = $"worksheet-role-{i:D2}", Title = $"Worksheet Role {i:D2}", Category = Category, Summary = "For the download tests." };
            db.Roles.Add(role);
            if (i % 3 == 0) // a median a year, one of them top-coded
                db.SalaryFigures.Add(new SalaryFigure
                {
                    Role = role, Source = glassdoor, Geography = us, Statistic = SalaryStatistic.Median, Basis = PayBasis.Annual,
                    Amount = 50_000m + i * 1_000m, IsTopCoded = i == 9, Currency = "USD", Year = 2024, Quote = "For the download tests.",
                });
            else if (i % 3 == 1) // an hourly range, in cents
                db.SalaryFigures.Add(new SalaryFigure
                {
                    Role = role, Source = glassdoor, Geography = us, Statistic = SalaryStatistic.Range, Basis = PayBasis.Hourly,
                    Low = 20.25m + i, High = 40.5m + i, Currency = "USD", Year = 2023, Quote = "For the download tests.",
                });
            if (i == 0)
                db.OccupationCodes.Add(new OccupationCode { Role = role, System = "SOC 2018", Code = "15-9999", Title = "Worksheet occupations", Source = soc });
        }
        db.Roles.Add(new Role { Slug = "formula-role", Title = FormulaTitle, Category = Category, Summary = "A title a spreadsheet would run." });
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("/Roles?category=Worksheet")]
    [InlineData("/Roles?category=Worksheet&sort=salary-desc")]
    [InlineData("/Roles?sort=salary-asc")]
    [InlineData("/Roles?q=data&sort=growth")]
    [InlineData("/Roles?q=worksheet%20role")]
    [InlineData("/Roles?sort=projected-growth&education=Bachelor")]
    public async Task Get_RolesCsv_WithFilterAndSort_HasOneRowPerListedRoleInTheListsOrder(string url)
    {
        await AddRolesAsync();
        await RoleDownloadChecks.CsvIsTheListAsync(app.CreateClient(), url);
    }

    [Theory]
    [InlineData("/Roles?category=Worksheet&sort=salary-desc")]
    [InlineData("/Roles?q=scientist")]
    [InlineData("/Roles")]
    public async Task Get_RolesXlsx_WithFilterAndSort_ReadsBackAsTheCsvsRows(string url)
    {
        await AddRolesAsync();
        await RoleDownloadChecks.WorkbookIsTheCsvAsync(app.CreateClient(), url);
    }

    [Fact]
    public async Task Get_RolesXlsx_StoresNumbersAsNumbers_AndFillsEveryFiguresSourceAndYear()
    {
        await AddRolesAsync();
        var counts = await RoleDownloadChecks.NumbersAndSourcesAsync(app.CreateClient(), "/Roles?category=Worksheet&sort=salary-desc");
        Assert.True(counts["Headline pay"] > 0 && counts["Headline pay low"] > 0, string.Join(", ", counts));
    }

    [Fact]
    public async Task Get_RolesXlsx_AboutSheet_SaysWhatItIsWhenTheFiltersAndTheCredits()
    {
        await AddRolesAsync();
        var about = await RoleDownloadChecks.AboutAsync(app, app.CreateClient(), "/Roles?category=Worksheet&sort=salary-desc");
        Assert.Equal(Category, RoleDownloadChecks.Line(about, "Category"));
        Assert.Equal("none", RoleDownloadChecks.Line(about, "Search"));
    }

    [Fact]
    public async Task Get_RolesDownloads_TitleBeginningWithEquals_IsDefused()
    {
        await AddRolesAsync();
        var client = app.CreateClient();

        var csv = RoleDownloadChecks.ParseCsv(await RoleDownloadChecks.GetCsvAsync(client, "/Roles/Download.csv?category=Worksheet"));
        var bytes = await RoleDownloadChecks.GetWorkbookAsync(client, "/Roles/Download.xlsx?category=Worksheet");

        var role = Array.IndexOf(csv[0], "Role");
        Assert.Contains(csv, r => r[role] == "'" + FormulaTitle);
        Assert.DoesNotContain(csv, r => r.Any(c => c.StartsWith('=')));
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var cells = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        var cell = Assert.Single(cells, c => c.InnerText.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
        Assert.Equal("'" + FormulaTitle, cell.InlineString!.InnerText);
    }

    [Theory]
    [InlineData("csv", RoleDownloadChecks.CsvType)]
    [InlineData("xlsx", RoleDownloadChecks.WorkbookType)]
    public async Task Get_RolesDownload_IsAnAttachmentNamedForTheDay(string format, string mediaType)
    {
        var before = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var response = await app.CreateClient().GetAsync($"/Roles/Download.{format}?q=data");
        var after = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        if (format == "csv")
            Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Contains(disposition.FileName!.Trim('"'), new[] { $"careerexplorer-roles-{before}.{format}", $"careerexplorer-roles-{after}.{format}" });
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    /// <summary>The nonsense of the list's own tests (IndexTests): the list normalises it, and so do its downloads.</summary>
    [Theory]
    [InlineData("sort=bogus")]
    [InlineData("page=-1")]
    [InlineData("page=99999999999999999999&category=%20Worksheet%20")]
    [InlineData("education=wizard&zone=99&required=-3")]
    [InlineData("category=nope")]
    [InlineData("q=%00%01")]
    [InlineData("q=a&q=b")]
    [InlineData("SORT=Salary-Desc&category=Worksheet")]
    public async Task Get_RolesDownloads_NonsenseQueryString_GetWhatTheListGets(string query)
    {
        await AddRolesAsync();
        var client = app.CreateClient();
        var list = await client.GetAsync("/Roles?" + query);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var page = await Html.ParseAsync(list);
        var links = page.QuerySelectorAll("#downloads a").ToList();

        var csv = await client.GetAsync("/Roles/Download.csv?" + query);
        var xlsx = await client.GetAsync("/Roles/Download.xlsx?" + query);

        Assert.Equal(list.StatusCode, csv.StatusCode);
        Assert.Equal(list.StatusCode, xlsx.StatusCode);
        var records = RoleDownloadChecks.ParseCsv(await csv.Content.ReadAsByteArrayAsync());
        var workbook = await xlsx.Content.ReadAsByteArrayAsync();
        using (var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false))
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal(records.Select(r => r.ToList()), RoleDownloadChecks.ReadWorkbook(workbook)["Roles"]);
        if (links.Count == 0) // no roles: no links, and files of a header row
        {
            Assert.Single(records);
            return;
        }
        // The same roles as the download the list links to, which carries the query as the list normalised it.
        Assert.Equal(RoleDownloadChecks.ParseCsv(await RoleDownloadChecks.GetCsvAsync(client, links[0].GetAttribute("href")!)), records);
    }

    [Fact]
    public async Task Get_RolesDownloads_TenThousandCharacterSearch_IsCutAsTheListCutsIt()
    {
        var client = app.CreateClient();
        var url = "?q=" + new string('x', 10_000);
        var list = await client.GetDocumentAsync("/Roles" + url);

        var book = RoleDownloadChecks.ReadWorkbook(await RoleDownloadChecks.GetWorkbookAsync(client, "/Roles/Download.xlsx" + url));

        var typed = ((AngleSharp.Html.Dom.IHtmlInputElement)list.QuerySelector("input#q")!).Value;
        Assert.Equal($"“{typed}”", RoleDownloadChecks.Line(book["About"], "Search"));
        Assert.Single(book["Roles"]); // the header: nothing matches
    }

    [Fact]
    public async Task Get_RolesDownload_OverTheSearchLimit_GetsTheListsTooManySearchesPage()
    {
        await using var limited = new OneSearchAMinute();
        var client = limited.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Roles/Download.csv?q=data")).StatusCode);

        var list = await client.GetAsync("/Roles?q=engineer");
        var csv = await client.GetAsync("/Roles/Download.csv?q=analyst");
        var xlsx = await client.GetAsync("/Roles/Download.xlsx?q=scientist");

        Assert.Equal(HttpStatusCode.TooManyRequests, list.StatusCode);
        var heading = (await Html.ParseAsync(list)).QuerySelector("h1")!.Text();
        foreach (var download in new[] { csv, xlsx })
        {
            Assert.Equal(list.StatusCode, download.StatusCode);
            Assert.Equal(heading, (await Html.ParseAsync(download)).QuerySelector("h1")!.Text());
            Assert.NotNull(download.Headers.RetryAfter);
        }
        // A download without a search is not one.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Roles/Download.csv?sort=growth")).StatusCode);
    }

    private sealed class OneSearchAMinute : CareerAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:SearchPerMinute", "1");
        }
    }
}

/// <summary>
/// The downloads over every official data set (OEWS, Employment Projections, O*NET): the official
/// median, employment, projection and openings columns filled and checked against the list, and
/// O*NET's credit on the About sheet.
/// </summary>
public class OfficialDataDownloadTests(OfficialDataApp app) : IClassFixture<OfficialDataApp>
{
    [Theory]
    [InlineData("/Roles?zone=5&sort=official-median-desc", true)]
    [InlineData("/Roles?q=engineer&sort=projected-growth", true)]
    [InlineData("/Roles?entry=Bachelor%27s%20degree&sort=openings", true)]
    [InlineData("/Roles?category=Machine%20learning%20%26%20AI&sort=employment-desc", false)]
    public async Task Get_RolesCsv_WithOfficialData_HasOneRowPerListedRoleInTheListsOrder(string url, bool severalPages)
    {
        var csv = await RoleDownloadChecks.CsvIsTheListAsync(app.CreateClient(), url);
        Assert.True(severalPages ? csv.Count > RoleListQuery.PageSize + 1 : csv.Count > 2, $"{csv.Count - 1} roles");
    }

    [Fact]
    public async Task Get_RolesXlsx_WithOfficialData_ReadsBackAsTheCsvsRows() =>
        await RoleDownloadChecks.WorkbookIsTheCsvAsync(app.CreateClient(), "/Roles?zone=4&sort=official-median-asc");

    [Fact]
    public async Task Get_RolesXlsx_WithOfficialData_StoresNumbersAsNumbers_AndFillsEveryFiguresSourceAndYear()
    {
        var counts = await RoleDownloadChecks.NumbersAndSourcesAsync(app.CreateClient(), "/Roles?zone=5&sort=official-median-desc");
        Assert.All(new[] { "Official median per year (BLS)", "Employment (BLS)", "Projected change (%)", "Openings" },
            name => Assert.True(counts[name] > 0, $"no number in {name}: {string.Join(", ", counts)}"));
    }

    [Fact]
    public async Task Get_RolesXlsx_WithOfficialData_AboutSheetCreditsOnet()
    {
        var about = await RoleDownloadChecks.AboutAsync(app, app.CreateClient(), "/Roles?q=statistician&zone=5");
        var release = await ReleaseAsync();
        Assert.Contains($"O*NET {release} Database", RoleDownloadChecks.Line(about, "O*NET"));
    }

    private async Task<string> ReleaseAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.Sources.Where(s => s.Dataset == Datasets.Onet).Select(s => s.Release!).SingleAsync();
    }
}
