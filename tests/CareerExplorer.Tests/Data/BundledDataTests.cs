using AngleSharp.Html.Dom;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Tests.Services.Oews;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Oews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace CareerExplorer.Tests.Data;

/// <summary>
/// A new install's first start with the bundled official data: the seed at once, then the ten
/// OEWS releases in the background. The May 2023 workbook is held back (a <see cref="GatedFile"/>)
/// until the pages have been looked at with nine releases in, so "while it loads" is a fact of the
/// test, not a race.
/// </summary>
public class BundledDataTests(BundledDataTests.FirstStart start) : IClassFixture<BundledDataTests.FirstStart>
{
    public sealed class FirstStart : IAsyncLifetime
    {
        private readonly BundledFolder _folder = new BundledFolder().WithReal(2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022);
        private GatedFile _workbook = null!;

        public BundledDataApp App { get; private set; } = null!;
        public IHtmlDocument HomeAtStart { get; private set; } = null!;
        public IHtmlDocument HomeWithNine { get; private set; } = null!;
        public IHtmlDocument HomeWithNineAgain { get; private set; } = null!;
        public IHtmlDocument SourcesWithNine { get; private set; } = null!;
        public IHtmlDocument HomeWhenDone { get; private set; } = null!;
        public IHtmlDocument DashboardWhenDone { get; private set; } = null!;
        public BundledDataSnapshot Done { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _workbook = _folder.Gated("national_M2023_dl.xlsx");
            App = new BundledDataApp(_folder.Path, fresh: true);
            using var client = App.CreateClient();
            HomeAtStart = await client.GetDocumentAsync("/");

            await App.WaitForAsync(s => s.InDatabase == 9, "May 2014 to May 2022 imported, May 2023 held back");
            HomeWithNine = await client.GetDocumentAsync("/");
            HomeWithNineAgain = await client.GetDocumentAsync("/"); // from the cache
            SourcesWithNine = await client.GetDocumentAsync("/Sources");

            await _workbook.OpenAsync(await File.ReadAllBytesAsync(BundledFolder.RealFile(2023)));
            Done = await App.WaitForAsync(s => s.Phase == BundledDataPhase.Finished, "the import finished");
            HomeWhenDone = await client.GetDocumentAsync("/");
            using var admin = await App.SignedInClientAsync();
            DashboardWhenDone = await admin.GetDocumentAsync("/Admin");
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            _folder.Dispose();
        }
    }

    private static string? Note(IHtmlDocument page) => page.QuerySelector("p.loading-note")?.Text();

    [Fact]
    public async Task Start_WithImportOnStart_ImportsBundledOewsReleasesInTheBackground()
    {
        Assert.Equal(10, start.Done.Total);
        Assert.All(start.Done.Releases, r => Assert.Equal(BundledReleaseState.Imported, r.State));

        await using var db = start.App.CreateDbContext();
        Assert.Equal(941, await db.Roles.CountAsync());
        Assert.Equal(Enumerable.Range(2014, 10).Select(Datasets.OewsRelease),
            await db.Sources.Where(s => s.Dataset == Datasets.BlsOews).OrderBy(s => s.Release).Select(s => s.Release!).ToListAsync());
        Assert.True(await db.Roles.AnyAsync(r => r.Slug == "machine-learning-engineer")); // the seed is still there
        // One entry a release, in the name of the app itself.
        var imports = await db.AuditEntries.Where(a => a.Action == AuditAction.Import).ToListAsync();
        Assert.Equal(10, imports.Count);
        Assert.All(imports, a => Assert.Equal((BundledDataImport.AuditUser, "OEWS release"), (a.User, a.EntityType)));
        Assert.Contains("All 10 bundled releases are in the database.", start.DashboardWhenDone.QuerySelector("section.bundled-data")!.Text());
    }

    [Fact]
    public void Start_WhileTheImportRuns_PagesShowALoadingNoteThatIsGoneWhenItEnds()
    {
        // The first page, before any release is in: the seed data, and the note.
        Assert.Contains(start.HomeAtStart.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/Roles/machine-learning-engineer");
        var first = start.HomeAtStart.QuerySelector("p.loading-note")!;
        Assert.Equal("status", first.GetAttribute("role"));
        Assert.Matches(@"^Official data is still loading: \d of 10 releases imported\. Pages show what has arrived so far\.$", first.Text());

        // Nine releases in: the note counts them, cached or not, and the pages show what has arrived.
        Assert.Equal("Official data is still loading: 9 of 10 releases imported. Pages show what has arrived so far.", Note(start.HomeWithNine));
        Assert.Equal(Note(start.HomeWithNine), Note(start.HomeWithNineAgain));
        var sources = start.SourcesWithNine.QuerySelector("main")!.Text();
        Assert.Contains("May 2022", sources);
        Assert.DoesNotContain("May 2023", sources);

        Assert.Null(Note(start.HomeWhenDone));
    }
}

/// <summary>
/// Later starts of one install: a release already in the database is not read again, a start
/// stopped while importing leaves nothing of that release and the next start brings it, a damaged
/// file is refused with a warning while the others come, and the note ends even when the last
/// release is refused (so no commit marks the end).
/// </summary>
public class BundledDataRestartTests(BundledDataRestartTests.Restarts restarts) : IClassFixture<BundledDataRestartTests.Restarts>
{
    /// <summary>A May 2020 release of one occupation, standing in for a release imported before: the real May 2020 file has 800.</summary>
    public static readonly OewsCsv.Occupation Scientists = new("15-1221", "Computer and Information Research Scientists", "detailed", "33000");

    public sealed class Restarts : IAsyncLifetime
    {
        /// <summary>Holds the database for the starts below (it imports nothing itself).</summary>
        public CareerAppFactory Install { get; } = new();

        // The first start finds May 2020 and May 2022; the second finds also a damaged May 2021 CSV and a damaged May 2023 workbook (held back).
        private readonly BundledFolder _firstFolder = new BundledFolder().WithReal(2020, 2022);
        private readonly BundledFolder _secondFolder = new BundledFolder().WithReal(2020, 2022).With("national_M2021_dl.csv", CutShort(2021));
        private GatedFile _workbook = null!;

        public BundledDataSnapshot Stopped { get; private set; } = null!;
        public LogCapture StoppedLog { get; private set; } = null!;
        public int May2022SourcesAfterStop { get; private set; }
        public int May2022FiguresAfterStop { get; private set; }
        public BundledDataApp Second { get; private set; } = null!;
        public IHtmlDocument HomeBeforeTheLast { get; private set; } = null!;
        public IHtmlDocument HomeWhenDone { get; private set; } = null!;
        public IHtmlDocument DashboardWhenDone { get; private set; } = null!;
        public BundledDataSnapshot Done { get; private set; } = null!;

        private static byte[] CutShort(int year)
        {
            var text = File.ReadAllText(OewsCsv.RealFile(year));
            return System.Text.Encoding.UTF8.GetBytes(text[..text.IndexOf(',', text.Length / 2)]);
        }

        public async Task InitializeAsync()
        {
            _ = Install.Server;
            var may2020 = OewsFile.Read("national_M2020_dl.csv", OewsCsv.Build(OewsCsv.Layout.May2019, Scientists)).Release!;
            Assert.Empty((await OewsApp.ImportAsync(Install.Services, [may2020])).Problems);

            // A start stopped while it imports May 2022.
            var first = BundledDataApp.Restart(_firstFolder.Path, Install.Database);
            var status = first.StatusService;
            StoppedLog = first.Log;
            try
            {
                using (var visitor = first.CreateClient())
                    await visitor.GetAsync("/health"); // the import begins after the first answer (or after a while without visitors)
                await first.WaitForAsync(s => s.Current?.Release == "2022-05", "May 2022 being imported");
            }
            finally
            {
                await first.DisposeAsync(); // stops the app, as a shutdown does
            }
            Stopped = status.Current;
            await using (var db = Install.CreateDbContext())
            {
                May2022SourcesAfterStop = await db.Sources.CountAsync(s => s.Dataset == Datasets.BlsOews && s.Release == "2022-05");
                May2022FiguresAfterStop = await db.SalaryFigures.CountAsync(f => f.Year == 2022 && f.Source.Dataset == Datasets.BlsOews);
            }

            // The next start, held at the last release (a damaged workbook) to look at the pages first.
            _workbook = _secondFolder.Gated("national_M2023_dl.xlsx");
            Second = BundledDataApp.Restart(_secondFolder.Path, Install.Database);
            using var client = Second.CreateClient();
            await client.GetAsync("/health");
            await Second.WaitForAsync(s => s.Current?.Release == "2023-05", "May 2021 refused, May 2022 imported, May 2023 held back");
            HomeBeforeTheLast = await client.GetDocumentAsync("/");
            await client.GetDocumentAsync("/"); // cached with the note
            await _workbook.OpenAsync(OewsWorkbookTests.Make("missing column"));
            Done = await Second.WaitForAsync(s => s.Phase == BundledDataPhase.Finished, "the import finished");
            HomeWhenDone = await client.GetDocumentAsync("/");
            using var admin = await Second.SignedInClientAsync();
            DashboardWhenDone = await admin.GetDocumentAsync("/Admin");

            // A start that finds every bundled release in the database.
            await using var third = BundledDataApp.Restart(_firstFolder.Path, Install.Database);
            using var thirdClient = third.CreateClient();
            HomeWithAllThere = await thirdClient.GetDocumentAsync("/");
            AllThere = third.Status;
        }

        public IHtmlDocument HomeWithAllThere { get; private set; } = null!;
        public BundledDataSnapshot AllThere { get; private set; } = null!;

        public async Task DisposeAsync()
        {
            await Second.DisposeAsync();
            await Install.DisposeAsync();
            _firstFolder.Dispose();
            _secondFolder.Dispose();
        }
    }

    private static BundledReleaseProgress Release(BundledDataSnapshot snapshot, int year) => snapshot.Releases.Single(r => r.Release == Datasets.OewsRelease(year));

    [Fact]
    public async Task Start_WithSomeReleasesInTheDatabase_ImportsOnlyTheMissingOnes()
    {
        Assert.Equal(BundledReleaseState.AlreadyThere, Release(restarts.Done, 2020).State);
        Assert.Equal(BundledReleaseState.Imported, Release(restarts.Done, 2022).State);

        await using var db = restarts.Install.CreateDbContext();
        // May 2020 is still the one-occupation release imported before: its file was not read.
        Assert.Equal(13, await db.SalaryFigures.CountAsync(f => f.Source.Release == "2020-05") + await db.OutlookFigures.CountAsync(f => f.Source.Release == "2020-05"));
        var bundled = await db.AuditEntries.Where(a => a.Action == AuditAction.Import && a.User == BundledDataImport.AuditUser).Select(a => a.Summary).ToListAsync();
        Assert.Equal("Imported BLS OEWS May 2022 from national_M2022_dl.csv", Assert.Single(bundled));
    }

    [Fact]
    public void Start_WithEveryBundledReleaseInTheDatabase_ReadsNoneAndShowsNoNote()
    {
        Assert.Equal(BundledDataPhase.Finished, restarts.AllThere.Phase);
        Assert.All(restarts.AllThere.Releases, r => Assert.Equal(BundledReleaseState.AlreadyThere, r.State));
        Assert.Equal(2, restarts.AllThere.Total);
        Assert.Null(restarts.HomeWithAllThere.QuerySelector("p.loading-note"));
    }

    [Fact]
    public async Task Start_WithADamagedBundledFile_LogsAWarningAndImportsTheOthers()
    {
        var refused = Release(restarts.Done, 2021);
        Assert.Equal(BundledReleaseState.Refused, refused.State);
        Assert.Contains(refused.Problems, p => p.StartsWith("national_M2021_dl.csv", StringComparison.Ordinal));
        Assert.Equal(BundledReleaseState.Imported, Release(restarts.Done, 2022).State); // the next release still came
        Assert.Contains("A_MEDIAN", Assert.Single(Release(restarts.Done, 2023).Problems));
        Assert.Equal(1, restarts.Second.Log.Count(LogEventLevel.Warning, "Bundled official data: \"BLS OEWS May 2021\" refused, nothing of it was written"));

        await using (var db = restarts.Install.CreateDbContext())
            Assert.Equal(new[] { "2020-05", "2022-05" }, await db.Sources.Where(s => s.Dataset == Datasets.BlsOews).OrderBy(s => s.Release).Select(s => s.Release!).ToListAsync());

        // The dashboard says what was refused and why; the public pages no longer say anything is loading.
        var section = restarts.DashboardWhenDone.QuerySelector("section.bundled-data")!;
        Assert.Contains("2 of 4 bundled releases are in the database; 2 refused", section.Text());
        var row = section.QuerySelector("tr[data-release='bls-oews/2021-05']")!.Text();
        Assert.Contains("refused", row);
        Assert.Contains("national_M2021_dl.csv", row);
        Assert.Null(restarts.HomeWhenDone.QuerySelector("p.loading-note"));
    }

    [Fact]
    public void Start_WhenTheLastReleaseIsRefused_TheCachedPagesLoseTheLoadingNote()
    {
        // The end of this import commits nothing (no new data version), yet the page cached with the note is not served again.
        Assert.Equal("Official data is still loading: 2 of 4 releases imported. Pages show what has arrived so far.",
            restarts.HomeBeforeTheLast.QuerySelector("p.loading-note")?.Text());
        Assert.Null(restarts.HomeWhenDone.QuerySelector("p.loading-note"));
    }

    [Fact]
    public void Shutdown_WhileImporting_WritesNothingOfThatReleaseAndTheNextStartImportsIt()
    {
        Assert.Equal(BundledDataPhase.Stopped, restarts.Stopped.Phase);
        Assert.Equal(BundledReleaseState.Stopped, Release(restarts.Stopped, 2022).State);
        Assert.Equal((0, 0), (restarts.May2022SourcesAfterStop, restarts.May2022FiguresAfterStop));
        Assert.Equal(1, restarts.StoppedLog.Count(LogEventLevel.Information, "the app is stopping; \"BLS OEWS May 2022\" was not written"));
        Assert.Equal(0, restarts.StoppedLog.Count(LogEventLevel.Warning, "refused")); // a stop is not a refusal
        Assert.Equal(0, restarts.StoppedLog.Count(LogEventLevel.Error, "")); // nor an error, EF Core's included

        Assert.Equal(BundledReleaseState.Imported, Release(restarts.Done, 2022).State);
    }
}

/// <summary>With OfficialData:ImportOnStart off (as every other test app has it), the bundled releases stay out.</summary>
public class BundledDataOffTests
{
    [Fact]
    public async Task Start_WithImportOnStartOff_ImportsNothing()
    {
        await using var app = new CareerAppFactory(); // the test factory sets OfficialData:ImportOnStart to false
        using var client = app.CreateClient();
        var home = await client.GetDocumentAsync("/");

        // There is something it would import: the app's own data folder holds the ten releases.
        var oews = app.Services.GetServices<IBundledDataSet>().OfType<OewsBundledData>().Single();
        Assert.Equal(10, oews.Find(Path.Combine(AppContext.BaseDirectory, "data")).Count());
        Assert.Equal(BundledDataPhase.Off, app.Services.GetRequiredService<BundledDataStatus>().Current.Phase);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Sources.AnyAsync(s => s.Dataset == Datasets.BlsOews));
        Assert.Null(home.QuerySelector("p.loading-note"));

        using var admin = await app.SignedInClientAsync();
        Assert.Contains("Not imported on start: OfficialData:ImportOnStart is false.",
            (await admin.GetDocumentAsync("/Admin")).QuerySelector("section.bundled-data")!.Text());
    }
}

/// <summary>The bundled O*NET release: imported on start after the OEWS releases, its occupations joining their roles.</summary>
public class BundledOnetTests
{
    [Fact]
    public async Task Start_WithTheBundledOnetRelease_ImportsItAfterOewsAndJoinsItsOccupations()
    {
        using var folder = new BundledFolder().WithReal(2023).WithOnet();
        await using var app = new BundledDataApp(folder.Path);

        var done = await app.WaitForAsync(s => s.Phase == BundledDataPhase.Finished, "the import finished");

        Assert.Equal([(Datasets.BlsOews, "2023-05"), (Datasets.Onet, "29.0")], done.Releases.Select(r => (r.Dataset, r.Release)).ToList());
        Assert.All(done.Releases, r => Assert.Equal(BundledReleaseState.Imported, r.State));
        await using var db = app.CreateDbContext();
        Assert.True(await db.OnetOccupations.AnyAsync(o => o.Code == "15-1252.00" && o.Role.Slug == "software-developer"));
        Assert.True(await db.Roles.AnyAsync(r => r.Title == "Business Intelligence Analysts" && r.ParentRole!.Slug == "data-scientist"));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == "O*NET release" && a.User == "system (bundled data)"));
    }
}
