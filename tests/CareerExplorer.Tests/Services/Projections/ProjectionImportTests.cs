using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Rules;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Projections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Services.Projections;

/// <summary>Both real Employment Projections releases imported through the pipeline: joins, the role page, lists, compare, API.</summary>
public class ProjectionImportTests(ProjectionsApp app) : IClassFixture<ProjectionsApp>
{
    private static decimal? Latest(CareerExplorer.Web.Data.CareerDbContext db, string slug, Func<EmploymentProjection, decimal?> value) =>
        db.EmploymentProjections.AsNoTracking().Where(p => p.Role!.Slug == slug).AsEnumerable().OrderByDescending(p => p.BaseYear).Select(value).First();

    [Fact]
    public async Task Import_BothReleases_OneSourcePerReleaseWithItsTotalAndEveryLineItemJoinedToARole()
    {
        await using var db = app.CreateDbContext();
        var sources = await db.Sources.Where(s => s.Dataset == Datasets.BlsProjections).OrderBy(s => s.Release).ToListAsync();
        Assert.Equal(ProjectionsApp.Releases, sources.Select(s => s.Release));
        Assert.All(sources, s => Assert.Equal("U.S. Bureau of Labor Statistics", s.Publisher));
        foreach (var release in ProjectionsApp.Releases)
        {
            var read = ProjectionsFile.Read(ProjectionsApp.Workbook(release), File.ReadAllBytes(ProjectionsApp.Workbook(release)));
            var stored = await db.EmploymentProjections.Where(p => p.Source.Release == release).ToListAsync();
            Assert.Equal(read.Release!.Occupations.Count + 1, stored.Count);
            Assert.Single(stored, p => p.RoleId is null && p.Code == ProjectionCodes.Total);
            Assert.Equal(read.Release.Total.ChangePercent, stored.Single(p => p.RoleId is null).ChangePercent);
            Assert.All(stored.Where(p => p.Code != ProjectionCodes.Total), p => Assert.NotNull(p.RoleId));
        }
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == "Projections release" && a.Summary.Contains("2024-34")));
    }

    [Fact]
    public async Task Import_OccupationsJoinTheRolesThatCarryTheirSocCodes()
    {
        await using var db = app.CreateDbContext();
        var scientist = await db.EmploymentProjections.Include(p => p.Role).ThenInclude(r => r!.OccupationCodes).SingleAsync(p => p.Code == "15-2051");
        Assert.Equal("data-scientist", scientist.Role!.Slug); // the seed's role, by its SOC 2018 code
        // 2019-29 had no 15-2051: data scientists were within 15-2098, which OEWS published too and the projection joins.
        var other = await db.EmploymentProjections.SingleAsync(p => p.Code == "15-2098");
        Assert.True(await db.OccupationCodes.AnyAsync(c => c.RoleId == other.RoleId && c.System == "SOC 2018" && c.Code == "15-2098" && c.Source.Dataset == Datasets.BlsOews));
        var research = await db.EmploymentProjections.Where(p => p.Code == "15-1221").Select(p => p.Role!.Slug).Distinct().ToListAsync();
        Assert.Equal(["computer-and-information-research-scientist"], research);
    }

    [Fact]
    public async Task Import_OlderReleaseWithSoc2010Codes_JoinsTheRoleAcrossThe2018Revision()
    {
        await using var fresh = new ProjectionsApp();
        // May 2018 OEWS gives the roles their SOC 2010 codes (15-1111 for research scientists, now 15-1221).
        var oews = Path.Combine(AppContext.BaseDirectory, "data", "oews", "national_M2018_dl.csv");
        Assert.Empty(await OnetApp.ImportAsync(fresh.Services, [(oews, File.ReadAllBytes(oews))]));
        var total = new ProjectionRow(3, ProjectionCodes.Total, "Total, all occupations", false, 156063.8m, 167582.3m, 11518.6m, 7.4m, null, 19000m, null, false, null, null, null);
        var research = new ProjectionRow(90, "15-1111", "Computer and information research scientists", true, 27.9m, 33.2m, 5.3m, 19.2m, null, 2.8m, null, false, "Doctoral or professional degree", "None", "None");
        var release = new ProjectionsRelease("occupation_2016-26.xlsx", new ProjectionPeriod(2016, 2026), "Table 1.2", OpeningsBasis.AnnualAverage, null, total, [research], [], null);

        await using (var scope = fresh.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<Importer<ProjectionsRelease>>();
            var commit = await scope.ServiceProvider.GetRequiredService<ImportPipeline>().CommitAsync(importer.Plan("test", [release]), "test");
            Assert.True(commit.Complete, string.Join("; ", commit.Problems));
        }

        await using var db = fresh.CreateDbContext();
        var history = await db.EmploymentProjections.Where(p => p.Role!.Slug == "computer-and-information-research-scientist")
            .OrderBy(p => p.BaseYear).Select(p => new { p.Code, p.BaseYear }).ToListAsync();
        Assert.Equal([("15-1111", 2016), ("15-1221", 2019), ("15-1221", 2024)], history.Select(h => (h.Code, h.BaseYear)));
        var page = await fresh.CreateClient().GetDocumentAsync("/Roles/computer-and-information-research-scientist");
        var rows = page.QuerySelectorAll("table.projection-history tbody tr").Select(r => r.GetAttribute("data-release")).ToList();
        Assert.Equal(["2024-34", "2019-29", "2016-26"], rows);
        Assert.Contains("as 15-1111", page.QuerySelector("tr[data-release='2016-26']")!.Text());
    }

    [Fact]
    public async Task Get_RoleDetails_DataScientist_ShowsTheOfficialProjectionAgainstTheAverage()
    {
        await using var db = app.CreateDbContext();
        var line = await db.EmploymentProjections.SingleAsync(p => p.Code == "15-2051");
        var total = await db.EmploymentProjections.SingleAsync(p => p.SourceId == line.SourceId && p.Code == ProjectionCodes.Total);

        var page = await app.CreateClient().GetDocumentAsync("/Roles/data-scientist");

        var block = page.GetElementById("official-outlook")!;
        var summary = block.QuerySelector(".projection-summary")!.Text();
        Assert.Contains($"{line.ChangePercent:0.0}%", summary);
        Assert.Contains($"much faster than the {total.ChangePercent:0.0}% average for all occupations", summary);
        Assert.Contains("U.S. Bureau of Labor Statistics, Employment Projections, 2024-34", block.QuerySelector("caption")!.Text());
        var cells = block.QuerySelectorAll("table.projection tr").ToDictionary(r => r.QuerySelector("th")!.Text(), r => r.QuerySelector("td")!.Text());
        Assert.Equal(ProjectedGrowth.Thousands(line.EmploymentBase), cells["Employment, 2024"]);
        Assert.Equal(line.Education, cells["Typical education needed for entry"]);
        Assert.Contains("How the growth is described", block.Text());
        // The articles' "36% through 2033" is BLS's 2023-33 period: the page says so.
        var reason = page.QuerySelector("[data-reason='outlook-period']")!.Text();
        Assert.Contains("36%", reason);
        Assert.Contains("2023–33", reason);
        Assert.Contains($"+{line.ChangePercent:0.0}%", reason);
    }

    [Fact]
    public async Task Get_RoleDetails_RoleWithTwoReleases_ShowsHowTheProjectionChanged()
    {
        await using var db = app.CreateDbContext();
        var lines = await db.EmploymentProjections.Where(p => p.Role!.Slug == "computer-and-information-research-scientist").OrderByDescending(p => p.BaseYear).ToListAsync();
        Assert.Equal(2, lines.Count);

        var page = await app.CreateClient().GetDocumentAsync("/Roles/computer-and-information-research-scientist");

        var rows = page.QuerySelectorAll("table.projection-history tbody tr").ToList();
        Assert.Equal(lines.Select(l => $"{l.BaseYear}-{l.TargetYear % 100:D2}"), rows.Select(r => r.GetAttribute("data-release")));
        for (var i = 0; i < lines.Count; i++)
            Assert.Equal(ProjectedGrowth.SignedPercent(lines[i].ChangePercent), rows[i].QuerySelector("[data-label='Change']")!.Text());
    }

    [Fact]
    public async Task Get_RoleDetails_TitleWithoutAnOccupation_ShowsItsProxysProjectionAndWhyTheArticlesDiffer()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Roles/machine-learning-engineer");

        var callout = page.QuerySelector("#official-outlook .callout")!.Text();
        Assert.Contains("BLS projects no occupation called Machine Learning Engineer", callout);
        var keys = page.QuerySelectorAll("#outlook-reasons ~ ul li").Select(li => li.GetAttribute("data-reason")).ToList();
        Assert.Contains("outlook-proxy", keys);
        Assert.Contains("outlook-postings", keys); // Indeed's 344% is job-posting growth
        Assert.Contains("outlook-period", keys); // BLS's 11% is 2014-24
        Assert.Contains("outlook-openings", keys);
        Assert.Contains("344%", page.QuerySelector("[data-reason='outlook-postings']")!.Text());
        Assert.Contains("Operations research analysts (15-2031)", page.QuerySelector("[data-reason='outlook-proxy']")!.Text()); // the other article's proxy
    }

    [Fact]
    public async Task Get_RolesList_SortedByProjectedGrowth_FastestFirstFromTheLatestRelease()
    {
        await using var db = app.CreateDbContext();
        var fastest = await db.EmploymentProjections.Where(p => p.RoleId != null && p.Source.Release == "2024-34").OrderByDescending(p => p.ChangePercent)
            .Select(p => new { p.Role!.Slug, p.ChangePercent }).FirstAsync();

        var page = await app.CreateClient().GetDocumentAsync("/Roles?sort=projected-growth");

        var rows = page.QuerySelectorAll("tr[data-role]").ToList();
        Assert.Equal(fastest.Slug, rows[0].GetAttribute("data-role"));
        var changes = rows.Select(r => decimal.Parse(Regex.Match(r.QuerySelector("td.projection .amount")!.Text(), @"^[+−]?[\d.]+").Value.Replace("−", "-").TrimStart('+'), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(changes.OrderDescending(), changes);
        Assert.Equal(RoleListPageSize, rows.Count);
    }

    private const int RoleListPageSize = CareerExplorer.Web.Services.RoleListQuery.PageSize;

    [Fact]
    public async Task Get_RolesList_SortedByOpenings_MostOpeningsFirst()
    {
        await using var db = app.CreateDbContext();
        var most = await db.EmploymentProjections.Where(p => p.RoleId != null && p.Source.Release == "2024-34").OrderByDescending(p => p.Openings)
            .Select(p => new { p.Role!.Slug, p.Openings }).FirstAsync();

        var page = await app.CreateClient().GetDocumentAsync("/Roles?sort=openings");

        var first = page.QuerySelector("tr[data-role]")!;
        Assert.Equal(most.Slug, first.GetAttribute("data-role"));
        Assert.Contains(ProjectedGrowth.Thousands(most.Openings) + " openings a year", first.QuerySelector("td.projection")!.Text());
    }

    [Fact]
    public async Task Get_RolesList_FilteredByEntryEducation_ListsExactlyTheRolesWhoseLatestLineSaysSo()
    {
        const string entry = "Doctoral or professional degree";
        await using var db = app.CreateDbContext();
        var expected = (await db.EmploymentProjections.Where(p => p.RoleId != null).Select(p => new { p.Role!.Slug, p.BaseYear, p.Education }).ToListAsync())
            .GroupBy(p => p.Slug).Select(g => g.MaxBy(p => p.BaseYear)!).Where(p => p.Education == entry).Select(p => p.Slug).ToHashSet();
        Assert.NotEmpty(expected);

        var page = await app.CreateClient().GetDocumentAsync("/Roles?entry=" + Uri.EscapeDataString(entry));

        // The option shows its facet count: the roles that filter would list.
        Assert.Contains(entry, page.QuerySelectorAll("#entry option").Select(o => o.GetAttribute("value")));
        Assert.Equal($"{entry} ({expected.Count})", page.QuerySelector("#entry option[selected]")?.Text());
        Assert.Contains($"{expected.Count} role", page.QuerySelector("main")!.Text());
        Assert.All(page.QuerySelectorAll("tr[data-role]"), r => Assert.Contains(r.GetAttribute("data-role")!, expected));
    }

    [Theory]
    [InlineData("/Roles?entry=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/Roles?sort=openings&entry=" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("/Roles?sort=projected-growth&page=99999")]
    public async Task Get_RolesList_NonsenseProjectionFilters_GivesAnEmptyOrLastPageNotAnError(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Compare_ShowsTheOutlookSideBySideAndTheReasons()
    {
        var page = await app.CreateClient().GetDocumentAsync("/Compare?roles=data-scientist,machine-learning-engineer");

        var rows = page.QuerySelectorAll("table.compare-outlook tbody tr").ToList();
        Assert.Equal(["data-scientist", "machine-learning-engineer"], rows.Select(r => r.GetAttribute("data-role")));
        Assert.Contains("much faster than average", rows[0].Text());
        Assert.Contains("Against all occupations (+3.1%)", page.QuerySelector("table.compare-outlook thead")!.Text());
        Assert.Contains("as BLS's Computer and information research scientists (15-1221)", rows[1].Text());
        Assert.NotNull(page.QuerySelector("#role-machine-learning-engineer ~ dl [data-reason='outlook-postings'], section.compare-role [data-reason='outlook-postings']"));
    }

    [Fact]
    public async Task Get_Api_RoleAndCompare_CarryTheProjectionsWithSourceAndRelease()
    {
        await using var db = app.CreateDbContext();
        var change = Latest(db, "data-scientist", p => p.ChangePercent);
        var client = app.CreateClient();

        using var role = JsonDocument.Parse(await client.GetStringAsync("/api/roles/computer-and-information-research-scientist"));
        var projections = role.RootElement.GetProperty("projections");
        Assert.Equal("own", projections.GetProperty("via").GetString());
        Assert.Equal(2, projections.GetProperty("history").GetArrayLength());
        Assert.Equal("U.S. Bureau of Labor Statistics, Employment Projections, 2024-34", projections.GetProperty("latest").GetProperty("citation").GetString());

        using var compare = JsonDocument.Parse(await client.GetStringAsync("/api/compare?roles=data-scientist,software-developer"));
        var first = compare.RootElement.GetProperty("roles")[0].GetProperty("projections").GetProperty("latest");
        Assert.Equal(change, first.GetProperty("changePercent").GetDecimal());
        Assert.Equal("much-faster", first.GetProperty("pace").GetString());
        Assert.EndsWith("2024-34", first.GetProperty("source").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Get_SourceDetails_ProjectionsRelease_ListsItsLinesARolePageAtATime()
    {
        await using var db = app.CreateDbContext();
        var source = await db.Sources.SingleAsync(s => s.Dataset == Datasets.BlsProjections && s.Release == "2024-34");
        var lines = await db.EmploymentProjections.CountAsync(p => p.SourceId == source.Id);
        var roles = await db.EmploymentProjections.Where(p => p.SourceId == source.Id && p.RoleId != null).Select(p => p.RoleId).Distinct().CountAsync();

        var page = await app.CreateClient().GetDocumentAsync("/Sources/" + source.Slug);

        Assert.Contains($"{lines:#,0} figures for {roles:#,0} roles", page.QuerySelector("main")!.Text());
        var rows = page.QuerySelectorAll("table.source-projections tbody tr").ToList();
        Assert.Equal(CareerExplorer.Web.Services.SourceService.RolesPerPage, rows.Count);
        Assert.StartsWith("/Roles/", rows[0].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Import_SameWorkbookAgain_PreviewSaysEverythingIsUnchanged()
    {
        var client = await app.SignedInClientAsync();
        var preview = await Html.ParseAsync(await client.UploadToImportAsync("occupation_2024-34.xlsx", File.ReadAllBytes(ProjectionsApp.Workbook("2024-34"))));
        var text = preview.QuerySelector("main")!.Text();
        Assert.Contains("occupation_2024-34.xlsx", text);
        await using var db = app.CreateDbContext();
        var stored = await db.EmploymentProjections.CountAsync(p => p.Source.Release == "2024-34");
        Assert.Matches($@"Projections\D+0\D+0\D+{stored}", Regex.Replace(text, @"\s+", " "));
    }

    [Fact]
    public async Task Import_WorkbookWithABadCell_IsRefusedWithRowAndColumnAndNothingIsWritten()
    {
        await using var fresh = new CareerAppFactory();
        var content = WithCell(File.ReadAllBytes(ProjectionsApp.Workbook("2024-34")), "D120", "lots");
        var client = await fresh.SignedInClientAsync();

        var preview = await Html.ParseAsync(await client.UploadToImportAsync("occupation_2024-34.xlsx", content));

        var text = preview.QuerySelector("main")!.Text();
        Assert.Contains("“lots” is not a number, nor “—” (not available).", text);
        Assert.Contains("120", text);
        Assert.Contains("Employment, 2024", text);
        Assert.Null(preview.QuerySelector("main form[action*='handler=Commit']"));
        await using var db = fresh.CreateDbContext();
        Assert.Equal(0, await db.EmploymentProjections.CountAsync());
        Assert.False(await db.Sources.AnyAsync(s => s.Dataset == Datasets.BlsProjections));
    }

    /// <summary>The workbook with one cell of Table 1.2 (the sheet xl/worksheets/sheet3.xml) holding text instead.</summary>
    internal static byte[] WithCell(byte[] workbook, string cell, string text)
    {
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.Single(e => e.FullName == "xl/worksheets/sheet3.xml");
            string xml;
            using (var reader = new StreamReader(sheet.Open()))
                xml = reader.ReadToEnd();
            var replaced = Regex.Replace(xml, $@"<c r=""{cell}""[^>]*?(/>|>.*?</c>)", $@"<c r=""{cell}"" t=""inlineStr""><is><t>{text}</t></is></c>");
            Assert.NotEqual(xml, replaced);
            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet3.xml").Open(), new UTF8Encoding(false));
            writer.Write(replaced);
        }
        return buffer.ToArray();
    }
}

/// <summary>Export, import into an empty database, export again: the projections come back the same, byte for byte.</summary>
public class ProjectionRoundTripTests(ProjectionsApp app) : IClassFixture<ProjectionsApp>
{
    [Fact]
    public async Task ExportResetImportExport_WithProjections_GivesIdenticalExports()
    {
        var client = await app.SignedInClientAsync();
        var first = await (await client.GetAsync("/Admin/Export?handler=Download")).Content.ReadAsByteArrayAsync();
        using (var zip = new ZipArchive(new MemoryStream(first)))
        {
            using var json = JsonDocument.Parse(zip.GetEntry(SeedFiles.Projections)!.Open());
            await using var db = app.CreateDbContext();
            Assert.Equal(await db.EmploymentProjections.CountAsync(), json.RootElement.GetArrayLength());
        }

        await using var empty = new EmptyDatabaseApp();
        var emptyClient = await empty.SignedInClientAsync();
        var preview = await emptyClient.UploadToImportAsync("careerexplorer-data.zip", first);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var commit = await emptyClient.SubmitAsync((await Html.ParseAsync(preview)).Form("main form[action*='handler=Commit']"));
        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        var second = await (await emptyClient.GetAsync("/Admin/Export?handler=Download")).Content.ReadAsByteArrayAsync();

        Assert.Equal(first, second);
        await using var copy = empty.CreateDbContext();
        await using var original = app.CreateDbContext();
        Assert.Equal((await original.EmploymentProjections.SingleAsync(p => p.Code == "15-2051")).ChangePercent,
            (await copy.EmploymentProjections.SingleAsync(p => p.Code == "15-2051")).ChangePercent);
    }
}
