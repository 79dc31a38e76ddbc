using System.Globalization;
using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Tests.Services.Oews;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services.Oews;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

/// <summary>The zip BLS distributes an OEWS release in (oesm23nat.zip), uploaded through /Admin/Import: preview, commit, refusals.</summary>
public class OewsZipImportTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    [Fact]
    public async Task Upload_TheMay2023ZipAsBlsDistributesIt_PreviewsThenCommitsWhatTheBareWorkbookStores()
    {
        await using var fresh = new CareerAppFactory(); // its own data: this test adds a release
        var client = await fresh.SignedInClientAsync();
        var detailed = OewsFile.ReadWorkbook("national_M2023_dl.xlsx", OewsWorkbookTests.Published, latestYear: 2025).Release!.Detailed.Count();

        var preview = await client.UploadToImportAsync("oesm23nat.zip", OewsZip.May2023);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var doc = await Html.ParseAsync(preview);
        Assert.Null(doc.QuerySelector("table.import-problems"));
        Assert.Equal("BLS OEWS May 2023", doc.QuerySelector(".oews-release")!.Text());
        Assert.Contains($"{detailed} detailed occupations", doc.QuerySelector("main")!.Text());
        Assert.Equal((detailed * 13).ToString("#,0", CultureInfo.InvariantCulture), doc.QuerySelector("table.oews-preview tr[data-kind='Figures'] .added")!.Text()); // 12 wages + employment each
        await using (var db = fresh.CreateDbContext())
            Assert.False(await db.Sources.AnyAsync(s => s.Dataset == Datasets.BlsOews)); // a preview saves nothing

        var committed = await client.SubmitAsync(doc.Form("main form[action*='handler=Commit']"));

        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        var after = await client.GetDocumentAsync(committed.Headers.Location!.OriginalString);
        Assert.Contains("Imported BLS OEWS May 2023: ", after.QuerySelector(".callout.success")!.Text());
        Assert.Equal(await OewsZip.StoredFromTheBareWorkbookAsync(), await OewsZip.StoredAsync(fresh, 2023));
        await using (var db = fresh.CreateDbContext())
        {
            var audit = Assert.Single(await db.AuditEntries.Where(a => a.Action == AuditAction.Import).ToListAsync());
            Assert.Equal(("OEWS release", "bls-oews-may-2023", "admin@example.com"), (audit.EntityType, audit.EntityId, audit.User));
        }
    }

    [Fact]
    public async Task Upload_ANewerReleaseZip_TakesTheTopCodeItsNotesState()
    {
        await using var fresh = new CareerAppFactory();
        var client = await fresh.SignedInClientAsync();
        var (name, content) = OewsZip.Release(2024, OewsZip.NewTopCode);

        var preview = await client.UploadToImportAsync(name, content);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var doc = await Html.ParseAsync(preview);
        Assert.Null(doc.QuerySelector("table.import-problems"));
        Assert.Equal("BLS OEWS May 2024", doc.QuerySelector(".oews-release")!.Text());
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(doc.Form("main form[action*='handler=Commit']"))).StatusCode);
        await using var db = fresh.CreateDbContext();
        var topCoded = await db.SalaryFigures.Where(f => f.Source.Release == "2024-05" && f.Source.Dataset == Datasets.BlsOews && f.IsTopCoded && f.Basis == PayBasis.Annual)
            .Select(f => f.Amount!.Value).ToListAsync();
        Assert.Equal(Enumerable.Repeat(OewsZip.NewTopCode.Annual, OewsZip.TopCodedWages().Annual), topCoded);
    }

    [Theory]
    [MemberData(nameof(RefusedOewsZips.All), MemberType = typeof(RefusedOewsZips))]
    public async Task Upload_ARefusedZip_SaysWhyAndWritesNothing(string kind)
    {
        var client = await app.SignedInClientAsync();
        var (name, content) = RefusedOewsZips.Make(kind);
        int Imports() { using var db = app.CreateDbContext(); return db.AuditEntries.Count(a => a.Action == AuditAction.Import) + db.Sources.Count(s => s.Dataset == Datasets.BlsOews); }
        var before = Imports();

        var response = await client.UploadToImportAsync(name, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        var problems = doc.QuerySelector("table.import-problems")!.Text();
        Assert.Contains(RefusedOewsZips.Message(kind), problems);
        if (kind == RefusedOewsZips.NoOewsFile)
            Assert.Contains("The zip archive holds nothing that can be imported", problems);
        Assert.Null(doc.QuerySelector("form[action*='handler=Commit']"));
        Assert.Equal(before, Imports());
    }
}
