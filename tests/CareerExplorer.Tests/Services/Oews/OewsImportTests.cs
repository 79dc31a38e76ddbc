using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Oews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareerExplorer.Tests.Services.Oews.OewsCsv;

namespace CareerExplorer.Tests.Services.Oews;

/// <summary>
/// The OEWS import against a real seeded database: one fresh database per test, except the nine
/// real releases, imported once by the command and only read by the tests that use them.
/// </summary>
public class OewsImportTests(OewsImportTests.NineReleases nine) : IDisposable, IClassFixture<OewsImportTests.NineReleases>
{
    /// <summary>All nine real releases (May 2014 to May 2022), imported by import-oews as an operator would.</summary>
    public sealed class NineReleases : CareerAppFactory, IAsyncLifetime
    {
        public int ExitCode { get; private set; }
        public string Output { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var (output, error) = (new StringWriter(), new StringWriter());
            await using var scope = Services.CreateAsyncScope();
            ExitCode = await ImportCommands.OewsAsync(scope.ServiceProvider, Enumerable.Range(2014, 9).Select(RealFile).ToArray(), null, null, output, error);
            Output = output.ToString() + error;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private readonly List<CareerAppFactory> _apps = [];

    public void Dispose()
    {
        foreach (var app in _apps)
            app.Dispose();
        GC.SuppressFinalize(this);
    }

    private CareerAppFactory NewApp()
    {
        var app = new CareerAppFactory();
        _apps.Add(app);
        _ = app.Server;
        return app;
    }

    private static async Task<IReadOnlyList<OewsMergeResult>> ImportAsync(CareerAppFactory app, params (string Name, string Text)[] files)
    {
        var releases = files.Select(f => OewsFile.Read(f.Name, f.Text)).Select(r => r.Release ?? throw new InvalidOperationException(string.Join("; ", r.Problems))).ToList();
        var (results, problems) = await OewsApp.ImportAsync(app.Services, releases);
        Assert.Empty(problems);
        return results;
    }

    private static (string, string) Real(int year) => (RealFile(year), File.ReadAllText(RealFile(year)));

    private static readonly Occupation Analysts2018 = new("15-1121", "Computer Systems Analysts", "detailed", "600000", AnnualMean: "93610");
    private static readonly Occupation Analysts2019 = new("15-1211", "Computer Systems Analysts", "detailed", "610000", AnnualMean: "96000");

    [Fact]
    public async Task Import_Release_MakesARolePerDetailedOccupationWithThirteenSourcedFigures()
    {
        var app = NewApp();
        await ImportAsync(app, ("national_M2019_dl.csv", Build(Layout.May2019, Analysts2019)));

        await using var db = app.CreateDbContext();
        var role = await db.Roles.Include(r => r.OccupationCodes).Include(r => r.SalaryFigures).ThenInclude(f => f.Source)
            .Include(r => r.OutlookFigures).SingleAsync(r => r.Slug == "computer-systems-analysts");
        Assert.Equal(("Computer Systems Analysts", "Computer and Mathematical Occupations", "bls-oews"), (role.Title, role.Category, role.ImportedFrom));
        Assert.Equal(("SOC 2018", "15-1211"), (role.OccupationCodes.Single().System, role.OccupationCodes.Single().Code));
        Assert.Equal(12, role.SalaryFigures.Count);
        Assert.All(role.SalaryFigures, f =>
        {
            Assert.Equal(("bls-oews-may-2019", "U.S. Bureau of Labor Statistics, OEWS", 2019, 5), (f.Source.Slug, f.Source.Publisher, f.Year, f.Month));
            Assert.Contains("15-1211", f.Quote);
        });
        Assert.Equal(96000m, role.SalaryFigures.Single(f => f.Statistic == SalaryStatistic.Mean && f.Basis == PayBasis.Annual).Amount);
        Assert.Equal(0.5m, role.SalaryFigures.Single(f => f.Statistic == SalaryStatistic.Mean && f.Basis == PayBasis.Annual).RelativeStandardError);
        var employment = Assert.Single(role.OutlookFigures);
        Assert.Equal((OutlookKind.Employment, 610000m, 1.0m), (employment.Kind, employment.Value, employment.RelativeStandardError));
        // The major group row is a category, not a role.
        Assert.False(await db.Roles.AnyAsync(r => r.Title == "Computer and Mathematical Occupations"));
    }

    [Fact]
    public async Task Import_SpecialValues_AreStoredAsTopCodedOrNotPublished_NeverZero()
    {
        var app = NewApp();
        var surgeons = new Occupation("29-1248", "Surgeons, Except Ophthalmologists", "detailed", "35000", "3.0", "140.00", "291200", "2.0",
            ["60.00", "#", "#", "#", "#"], ["124800", "#", "#", "#", "#"]);
        var contractors = new Occupation("13-1074", "Farm Labor Contractors", "detailed", "**", "**", "*", "*", "*",
            ["*", "*", "*", "*", "*"], ["*", "*", "*", "*", "*"]);
        await ImportAsync(app, ("national_M2020_dl.csv", Build(Layout.May2019, surgeons, contractors)));

        await using var db = app.CreateDbContext();
        var median = await db.SalaryFigures.SingleAsync(f => f.Role.Slug == "surgeons-except-ophthalmologists" && f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual);
        Assert.Equal((208_000m, true, false), (median.Amount!.Value, median.IsTopCoded, median.IsNotPublished));
        var contractorFigures = await db.SalaryFigures.Where(f => f.Role.Slug == "farm-labor-contractors").ToListAsync();
        Assert.Equal(12, contractorFigures.Count);
        Assert.All(contractorFigures, f => Assert.True(f.IsNotPublished && f.Amount is null && f.RelativeStandardError is null));
        var jobs = await db.OutlookFigures.SingleAsync(f => f.Role.Slug == "farm-labor-contractors");
        Assert.True(jobs.IsNotPublished);
        Assert.Null(jobs.Value);
        Assert.False(await db.SalaryFigures.AnyAsync(f => f.Amount == 0 || f.Low == 0));
    }

    [Fact]
    public async Task Import_DuplicateBroadAndDetailedRows_ImportedOnce()
    {
        var app = NewApp();
        var buyers = new Occupation("13-1020", "Buyers and Purchasing Agents", "broad");
        var results = await ImportAsync(app, ("national_M2021_dl.csv", Build(Layout.May2021, buyers, buyers with { Group = "detailed" })));

        await using var db = app.CreateDbContext();
        Assert.Equal(1, results.Single().RolesAdded);
        Assert.Equal(1, await db.Roles.CountAsync(r => r.Title == "Buyers and Purchasing Agents"));
        Assert.Equal(12, await db.SalaryFigures.CountAsync(f => f.Role.Title == "Buyers and Purchasing Agents"));
    }

    [Fact]
    public async Task Import_SocRevision_CodeChangeWithTheSameTitle_StaysOneRoleWithOneHistory()
    {
        var app = NewApp();
        await ImportAsync(app, ("national_M2018_dl.csv", Build(Layout.May2014, Analysts2018)), ("national_M2019_dl.csv", Build(Layout.May2019, Analysts2019)));

        await using var db = app.CreateDbContext();
        var role = await db.Roles.Include(r => r.OccupationCodes).SingleAsync(r => r.Title == "Computer Systems Analysts");
        Assert.Equal(["SOC 2010 15-1121", "SOC 2018 15-1211"], role.OccupationCodes.Select(c => $"{c.System} {c.Code}").Order());
        Assert.Equal([2018, 2019], await db.SalaryFigures.Where(f => f.RoleId == role.Id && f.Statistic == SalaryStatistic.Mean && f.Basis == PayBasis.Annual)
            .OrderBy(f => f.Year).Select(f => f.Year).ToListAsync());
    }

    [Fact]
    public async Task Import_SeedRoleWithTheSameSocCode_GetsTheFigures_AProxyCodeDoesNot()
    {
        await using var db = nine.CreateDbContext();
        // The seed's Computer and Information Research Scientist carries SOC 2010 15-1111 and SOC 2018 15-1221.
        var cirs = await db.SalaryFigures.Where(f => f.Role.Slug == "computer-and-information-research-scientist" && f.Statistic == SalaryStatistic.Median
            && f.Basis == PayBasis.Annual && f.Source.Dataset == Datasets.BlsOews && (f.Year == 2018 || f.Year == 2022)).OrderBy(f => f.Year).Select(f => new { f.Year, f.Amount }).ToListAsync();
        Assert.Equal([(2018, 118_370m), (2022, 136_620m)], cirs.Select(c => (c.Year, c.Amount!.Value)));
        // Machine learning engineers are grouped under those codes second-hand, and use 15-2031 as a proxy: no official figures of their own.
        Assert.False(await db.SalaryFigures.AnyAsync(f => f.Role.Slug == "machine-learning-engineer" && f.Source.Dataset == Datasets.BlsOews));
        Assert.True(await db.SalaryFigures.AnyAsync(f => f.Role.Slug == "operations-research-analysts" && f.Year == 2022 && f.Amount == 85_720m));
        Assert.False(await db.Roles.AnyAsync(r => r.Slug == "computer-and-information-research-scientists"));
    }

    [Fact]
    public async Task Import_SameReleaseTwice_ChangesNothing()
    {
        var app = NewApp();
        await ImportAsync(app, Real(2022));
        var before = await SnapshotAsync(app);

        var again = (await ImportAsync(app, Real(2022))).Single();

        Assert.Equal((0, 0, 0), (again.RolesAdded, again.FiguresAdded, again.FiguresChanged));
        Assert.Equal(10_790, again.FiguresUnchanged);
        Assert.Equal(before, await SnapshotAsync(app));
    }

    [Fact]
    public async Task Import_ReleasesInAnyOrder_GiveTheSameDatabase()
    {
        var forward = NewApp();
        await ImportAsync(forward, Real(2018));
        await ImportAsync(forward, Real(2019));
        var backward = NewApp();
        await ImportAsync(backward, Real(2019));
        await ImportAsync(backward, Real(2018));

        var a = await SnapshotAsync(forward);
        var b = await SnapshotAsync(backward);
        var differences = a.Except(b).Concat(b.Except(a).Select(l => "other order: " + l)).Take(10).ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        // The 2019 title wins whichever came first; the 2018 one stays findable.
        Assert.Contains("role gambling-managers|Gambling Managers|Management Occupations|bls-oews|aliases Gaming Managers", a);
    }

    [Fact]
    public async Task Command_ImportOews_BadFiles_ChangeNothingAndSayWhy()
    {
        var app = NewApp();
        var folder = Directory.CreateTempSubdirectory("oews-cli-").FullName;
        var good = Path.Combine(folder, "national_M2022_dl.csv");
        File.Copy(RealFile(2022), good);
        var cut = Path.Combine(folder, "national_M2021_dl.csv");
        var text = File.ReadAllText(RealFile(2021));
        File.WriteAllText(cut, text[..(text.Length / 2)]);
        var notOews = Path.Combine(folder, "national_M2020_dl.csv");
        File.WriteAllText(notOews, "name,salary\nAda,100\n");
        var before = await SnapshotAsync(app);

        foreach (var args in new[] { new[] { good, cut }, [good, notOews] })
        {
            var (output, error) = (new StringWriter(), new StringWriter());
            await using var scope = app.Services.CreateAsyncScope();
            var exit = await ImportCommands.OewsAsync(scope.ServiceProvider, args, null, null, output, error);
            Assert.Equal(1, exit);
            Assert.Contains("Nothing was imported", error.ToString());
            Assert.Contains(args[1] == cut ? "cut short" : "not a BLS OEWS file", error.ToString());
        }
        Assert.Equal(before, await SnapshotAsync(app));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Command_ImportOews_AllNineReleases_EveryDetailedOccupationOnce()
    {
        Assert.True(nine.ExitCode == 0, nine.Output);
        Assert.Equal(9, nine.Output.Split('\n').Count(l => l.StartsWith("Imported May ", StringComparison.Ordinal)));
        await using var db = nine.CreateDbContext();
        // 965 detailed codes, 926 occupations once codes that changed with an identical title are joined;
        // three of them are seed roles (research scientist, data scientist, software developer).
        Assert.Equal(923, await db.Roles.CountAsync(r => r.ImportedFrom == "bls-oews"));
        Assert.Equal(3, await db.Roles.CountAsync(r => r.ImportedFrom == null && r.SalaryFigures.Any(f => f.Source.Slug.StartsWith("bls-oews-"))));
        Assert.Equal(9, await db.Sources.CountAsync(s => s.Slug.StartsWith("bls-oews-may-")));
        Assert.Equal(9, await db.AuditEntries.CountAsync(a => a.EntityType == "OEWS release"));
        Assert.False(await db.SalaryFigures.AnyAsync(f => f.Source.Slug.StartsWith("bls-oews-") && !f.IsNotPublished && (f.Amount == null || f.Amount <= 0)));
    }

    [Fact]
    public async Task Command_ImportOews_TheMay2023WorkbookAsPublished_IsImported()
    {
        var app = NewApp();
        var (output, error) = (new StringWriter(), new StringWriter());
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(0, await ImportCommands.OewsAsync(scope.ServiceProvider, [OewsWorkbookTests.Path2023], null, null, output, error));

        Assert.StartsWith("Imported May 2023: ", output.ToString());
        await using var db = app.CreateDbContext();
        Assert.Equal(145_080m, await db.SalaryFigures.Where(f => f.Role.Slug == "computer-and-information-research-scientist" && f.Source.Release == "2023-05"
            && f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual).Select(f => f.Amount).SingleAsync());
    }

    [Fact]
    public async Task Command_ImportOews_ALaterReleaseRefused_KeepsTheEarlierOnesAndSaysWhichWereCommitted()
    {
        var app = NewApp();
        // A role that claims two occupations of SOC 2018: the first release in that edition (May
        // 2019) would put both on it, and is refused; May 2018 (SOC 2010) is not affected.
        await using (var db = app.CreateDbContext())
        {
            var role = await db.Roles.SingleAsync(r => r.Slug == "head-of-ai");
            var bls = await db.Sources.SingleAsync(s => s.Slug == "bls");
            db.OccupationCodes.Add(new OccupationCode { Role = role, System = "SOC 2018", Code = "11-1011", Title = "Chief Executives", Source = bls });
            db.OccupationCodes.Add(new OccupationCode { Role = role, System = "SOC 2018", Code = "11-1021", Title = "General and Operations Managers", Source = bls });
            await db.SaveChangesAsync();
        }

        var (output, error) = (new StringWriter(), new StringWriter());
        int exit;
        await using (var scope = app.Services.CreateAsyncScope())
            exit = await ImportCommands.OewsAsync(scope.ServiceProvider, [RealFile(2020), RealFile(2018), RealFile(2019)], null, null, output, error);

        Assert.Equal(3, exit); // some imported, one refused
        Assert.StartsWith("Imported May 2018: ", output.ToString());
        Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("would both be the role", error.ToString());
        Assert.Contains("May 2019 refused; nothing of May 2019 was written.", error.ToString());
        Assert.Contains("Imported: May 2018. Refused: May 2019. Not tried: May 2020.", error.ToString());

        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(["bls-oews-may-2018"], await db.Sources.Where(s => s.Slug.StartsWith("bls-oews-may-")).Select(s => s.Slug).ToListAsync());
            Assert.Equal(["bls-oews-may-2018"], await db.AuditEntries.Where(a => a.EntityType == "OEWS release").Select(a => a.EntityId).ToListAsync());
            Assert.True(await db.SalaryFigures.CountAsync(f => f.Source.Slug == "bls-oews-may-2018") > 9_000);
            Assert.False(await db.SalaryFigures.AnyAsync(f => f.Year >= 2019 && f.Source.Slug.StartsWith("bls-oews-")));
        }
    }

    /// <summary>The data as sorted text, independent of row ids.</summary>
    private static async Task<List<string>> SnapshotAsync(CareerAppFactory app)
    {
        await using var db = app.CreateDbContext();
        var lines = new List<string>();
        foreach (var r in await db.Roles.AsNoTracking().Include(r => r.Aliases).Include(r => r.OccupationCodes).ThenInclude(c => c.Source).AsSplitQuery().ToListAsync())
        {
            lines.Add($"role {r.Slug}|{r.Title}|{r.Category}|{r.ImportedFrom}|aliases {string.Join(";", r.Aliases.Select(a => a.Name).Order())}");
            lines.Add($"summary {r.Slug}|{r.Summary}");
            lines.AddRange(r.OccupationCodes.Select(c => $"code {r.Slug}|{c.System}|{c.Code}|{c.Title}|{c.Source.Slug}|{c.CitedInId}"));
        }
        lines.AddRange(await db.SalaryFigures.AsNoTracking().Select(f => "salary " + f.Role.Slug + "|" + f.Source.Slug + "|" + f.Statistic + "|" + f.Basis + "|" + f.Year
            + "|" + f.Amount + "|" + f.IsTopCoded + "|" + f.IsNotPublished + "|" + f.RelativeStandardError + "|" + f.Quote).ToListAsync());
        lines.AddRange(await db.OutlookFigures.AsNoTracking().Select(f => "outlook " + f.Role.Slug + "|" + f.Source.Slug + "|" + f.Kind + "|" + f.Year
            + "|" + f.Value + "|" + f.IsNotPublished + "|" + f.RelativeStandardError + "|" + f.Quote).ToListAsync());
        lines.AddRange(await db.Sources.AsNoTracking().Select(s => "source " + s.Slug + "|" + s.Publisher + "|" + s.Title + "|" + s.Year + "|" + s.Note).ToListAsync());
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
