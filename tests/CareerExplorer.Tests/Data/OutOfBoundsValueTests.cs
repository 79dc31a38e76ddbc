using CareerExplorer.Web.Data;
using System.Net;
using System.Xml.Linq;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services.Oews;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Data;

/// <summary>
/// Values that break the bounds, written straight into the database as an old version of the app
/// or a hand edit could have left them: every page that reads them still answers, shows them as
/// invalid, keeps them out of arithmetic, and the admin side offers to fix them.
/// </summary>
public sealed class DamagedDataApp : CareerAppFactory, IAsyncLifetime
{
    public const string Official = "computer-and-information-research-scientist";
    public const string Seeded = "machine-learning-engineer";
    public const string Renamed = "data-scientist";
    public int HugeFigureId { get; private set; }
    public int CpiId { get; private set; }

    // Damage only an SQLite file holds: decimals are REAL there, so an old app could store values
    // past what a decimal holds; a PostgreSQL numeric column is read back as it was written.
    public override DatabaseProvider Engine => DatabaseProvider.Sqlite;

    public async Task InitializeAsync()
    {
        var path = CareerExplorer.Tests.Services.Oews.OewsCsv.RealFile(2022);
        var release = OewsFile.Read(Path.GetFileName(path), await File.ReadAllTextAsync(path)).Release!;
        var (_, problems) = await OewsApp.ImportAsync(Services, [release]);
        Assert.Empty(problems);
        await using var db = CreateDbContext();

        int Figure(string slug, Func<IQueryable<SalaryFigure>, IQueryable<SalaryFigure>> pick) =>
            pick(db.SalaryFigures.Where(f => f.Role.Slug == slug)).OrderBy(f => f.Id).Select(f => f.Id).First();
        var oews = OewsImporter.SourceSlug(2022);
        var p90 = Figure(Official, q => q.Where(f => f.Source.Slug == oews && f.Statistic == SalaryStatistic.P90 && f.Basis == PayBasis.Annual));
        var median = Figure(Official, q => q.Where(f => f.Source.Slug == oews && f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Hourly));
        var mean = Figure(Official, q => q.Where(f => f.Source.Slug == oews && f.Statistic == SalaryStatistic.Mean && f.Basis == PayBasis.Annual));
        HugeFigureId = Figure(Seeded, q => q.Where(f => f.Amount != null && !f.Source.Slug.StartsWith("bls-oews")));
        var range = await db.SalaryFigures.Where(f => f.Statistic == SalaryStatistic.Range).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
        var employment = await db.OutlookFigures.Where(f => f.Role.Slug == Official && f.Kind == OutlookKind.Employment).Select(f => f.Id).FirstAsync();
        var growth = await db.OutlookFigures.Where(f => f.Unit == OutlookUnit.Percent).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
        CpiId = await db.CpiValues.Where(c => c.Year == 2020).Select(c => c.Id).SingleAsync();

        // The number, as the old app stored it (a REAL just past what a decimal holds), and worse.
        await db.Database.ExecuteSqlAsync($"UPDATE SalaryFigures SET Amount = 79228162514264337593543950335 WHERE Id = {median}");
        await db.Database.ExecuteSqlAsync($"UPDATE SalaryFigures SET Amount = 1e300 WHERE Id IN ({p90}, {HugeFigureId})");
        await db.Database.ExecuteSqlAsync($"UPDATE SalaryFigures SET RelativeStandardError = 1e300 WHERE Id = {mean}");
        await db.Database.ExecuteSqlAsync($"UPDATE SalaryFigures SET High = 1e30 WHERE Id = {range}");
        await db.Database.ExecuteSqlAsync($"UPDATE OutlookFigures SET Value = 1e300 WHERE Id IN ({employment}, {growth})");
        await db.Database.ExecuteSqlAsync($"UPDATE CpiValues SET Value = 1e25 WHERE Id = {CpiId}");
        await db.Database.ExecuteSqlAsync($"UPDATE Roles SET Title = 'Data' || char(1) || ' Scien' || char(27) || 'tist' WHERE Slug = {Renamed}");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class OutOfBoundsValueTests(DamagedDataApp app) : IClassFixture<DamagedDataApp>
{
    private const string Three = $"{DamagedDataApp.Seeded},{DamagedDataApp.Renamed},{DamagedDataApp.Official}";

    public static TheoryData<string> PublicRoutes =>
    [
        "/", "/Roles", "/Roles?sort=salary-desc", "/Roles?sort=salary-asc", "/Roles?sort=growth", "/Roles?sort=official-median-desc",
        "/Roles?sort=official-median-asc", "/Roles?sort=employment-desc", "/Roles?q=scientist",
        $"/Roles/{DamagedDataApp.Official}", $"/Roles/{DamagedDataApp.Seeded}", $"/Roles/{DamagedDataApp.Renamed}",
        $"/Compare?roles={Three}", $"/Compare?roles={Three}&year=2020", $"/Compare?roles={Three}&year=2019",
        $"/Compare/Export?roles={Three}", $"/api/roles/{DamagedDataApp.Official}", $"/api/roles/{DamagedDataApp.Seeded}",
        $"/api/compare?roles={Three}", "/api/roles", "/api/role-names", "/Sources", $"/Sources/{OewsImporter.SourceSlug(2022)}",
        "/Skills", "/Skills/python", "/Paths",
    ];

    [Theory]
    [MemberData(nameof(PublicRoutes))]
    public async Task Get_PublicRoute_WithOutOfBoundsValuesStored_Answers200(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("wide")]
    [InlineData("narrow")]
    public async Task Get_CompareChart_WithOutOfBoundsValuesAndControlCharactersStored_IsWellFormedSvg(string layout)
    {
        var response = await app.CreateClient().GetAsync($"/Compare/Chart?roles={Three}&layout={layout}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()); // throws on malformed XML
        Assert.Contains("Data Scientist", svg.Root!.Value);
    }

    [Fact]
    public async Task Get_RoleDetails_OutOfBoundsFigures_AreShownAsInvalid()
    {
        var official = await app.CreateClient().GetStringAsync($"/Roles/{DamagedDataApp.Official}");
        Assert.Contains("invalid value", official);
        Assert.DoesNotContain("79,228,162,514", official);
        var seeded = await app.CreateClient().GetStringAsync($"/Roles/{DamagedDataApp.Seeded}");
        Assert.Contains("invalid value", seeded);
    }

    [Fact]
    public async Task Get_Compare_OutOfBoundsFigure_IsLeftOutAndSaysWhy()
    {
        var doc = await Html.ParseAsync(await app.CreateClient().GetAsync($"/Compare?roles={Three}"));
        Assert.Contains("outside the allowed bounds", doc.QuerySelector("main")!.Text());
        var csv = await app.CreateClient().GetStringAsync($"/Compare/Export?roles={Three}");
        Assert.Contains("outside the allowed bounds", csv);
    }

    [Fact]
    public async Task Get_Compare_YearWhoseCpiValueIsOutOfBounds_IsNotOffered()
    {
        var doc = await Html.ParseAsync(await app.CreateClient().GetAsync($"/Compare?roles={Three}&year=2020"));
        Assert.Contains("not 2020", doc.QuerySelector("main")!.Text());
    }

    [Fact]
    public async Task AdminSide_OutOfBoundsValues_AreListedWithAFixLinkAndEachPageAnswers()
    {
        var client = await app.SignedInClientAsync("bounds-admin@example.com");
        var dashboard = await client.GetDocumentAsync("/Admin");
        var notice = dashboard.QuerySelector("section.invalid-values");
        Assert.NotNull(notice);
        Assert.NotNull(notice.QuerySelector("a[href='/Admin/SalaryFigures?invalid=1']"));
        Assert.NotNull(notice.QuerySelector("a[href='/Admin/OutlookFigures?invalid=1']"));

        var salaries = await client.GetDocumentAsync("/Admin/SalaryFigures?invalid=1");
        Assert.Equal("5 invalid figures.", salaries.QuerySelector("#result-count")!.Text());
        var row = salaries.QuerySelector($"tr[data-id='{app.HugeFigureId}']")!;
        Assert.Contains("Invalid:", row.Text());
        Assert.Equal("Fix", row.QuerySelector($"a[href='/Admin/SalaryFigures/Edit/{app.HugeFigureId}']")!.Text());
        var outlook = await client.GetDocumentAsync("/Admin/OutlookFigures?invalid=1");
        Assert.Equal("2 invalid figures.", outlook.QuerySelector("#result-count")!.Text());
        var cpi = await client.GetDocumentAsync("/Admin/Cpi");
        Assert.Contains("Invalid:", cpi.QuerySelector($"tr[data-id='{app.CpiId}']")!.Text());

        foreach (var url in new[] { "/Admin/SalaryFigures", "/Admin/OutlookFigures", $"/Admin/SalaryFigures/Edit/{app.HugeFigureId}",
                     $"/Admin/SalaryFigures/Delete/{app.HugeFigureId}", $"/Admin/Cpi/Edit/{app.CpiId}", "/Admin/Audit", "/Admin/Export?handler=Download" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task AdminSide_SavingAnOutOfBoundsFigureUnchanged_IsRefusedWithTheBoundOnTheField()
    {
        var client = await app.SignedInClientAsync("bounds-admin@example.com");
        var edit = await client.GetDocumentAsync($"/Admin/SalaryFigures/Edit/{app.HugeFigureId}");
        var response = await client.SubmitAsync(edit.Form());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("at most 100,000,000", doc.QuerySelector("[data-valmsg-for='Form.Amount']")!.Text());
    }

    [Fact]
    public async Task Import_PreviewOverOutOfBoundsValuesStored_Answers()
    {
        var client = await app.SignedInClientAsync("bounds-admin@example.com");
        var form = (await client.GetDocumentAsync("/Admin/Import")).Form("form[enctype='multipart/form-data']");
        var csv = "role,statistic,basis,amount,currency,year,source\nmachine-learning-engineer,median,annual,150000,USD,2024,glassdoor\n"u8.ToArray();
        var response = await client.UploadAsync(form, "file", "figures.csv", csv);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
