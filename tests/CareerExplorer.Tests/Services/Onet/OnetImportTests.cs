using System.IO.Compression;
using System.Net;
using System.Text;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Rules;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Onet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Services.Onet;

using static CareerExplorer.Tests.Services.Onet.OnetTestFiles;

/// <summary>The O*NET importer on the real 29.0 release: what it stores and joins; the same, a newer, a partial release; releases in either order; text and Excel.</summary>
public class OnetReleaseTests(OnetApp app) : IClassFixture<OnetApp>
{
    private static int DataRows(string name) => OnetText.Lines(OnetText.Real(name)).Length - 1;

    [Fact]
    public async Task Import_RealRelease_StoresEveryOccupationAndEveryRowOfEachFile()
    {
        await using var db = app.CreateDbContext();
        var source = await db.Sources.SingleAsync(s => s.Dataset == Datasets.Onet);
        Assert.Equal(("29.0", "2024-08"), (source.Release, source.PublishedOn));
        Assert.Equal(DataRows("Occupation Data"), await db.OnetOccupations.CountAsync());
        Assert.Equal(DataRows("Task Statements"), await db.OnetTasks.CountAsync());
        Assert.Equal(DataRows("Technology Skills"), await db.OnetTechnologies.CountAsync());
        Assert.Equal(DataRows("Alternate Titles"), await db.OnetAlternateTitles.CountAsync());
        Assert.Equal(DataRows("Related Occupations"), await db.OnetRelated.CountAsync());
        Assert.Equal(DataRows("Job Zones"), await db.OnetJobZones.CountAsync());
        // Importance and level are two lines of the file, one rating here.
        var skillLines = OnetText.Lines(OnetText.Real("Skills")).Skip(1).Select(l => l.Split('\t')).Select(c => (c[0], c[2])).Distinct().Count();
        Assert.Equal(skillLines, await db.OnetRatings.CountAsync(r => r.Kind == SkillKind.Skill));
        // Every occupation is one role; every role has at most one occupation.
        Assert.Equal(await db.OnetOccupations.CountAsync(), await db.OnetOccupations.Select(o => o.RoleId).Distinct().CountAsync());
        Assert.Equal(0, await db.OnetTasks.CountAsync(t => t.SourceId != source.Id));
    }

    [Fact]
    public async Task Import_SocOccupation_JoinsTheRoleWithItsSocCode_AndSpecificOccupationsBecomeRolesWithinIt()
    {
        await using var db = app.CreateDbContext();
        var dataScientists = await db.OnetOccupations.Include(o => o.Role).SingleAsync(o => o.Code == "15-2051.00");
        Assert.Equal("data-scientist", dataScientists.Role.Slug); // the seed role with SOC 2018 15-2051
        var analysts = await db.OnetOccupations.Include(o => o.Role).SingleAsync(o => o.Code == "15-2051.01");
        Assert.Equal("Business Intelligence Analysts", analysts.Role.Title);
        Assert.Equal(dataScientists.RoleId, analysts.Role.ParentRoleId);
        Assert.Equal("onet", analysts.Role.ImportedFrom);
        // The seed article's content stays beside O*NET's.
        Assert.True(await db.RoleTasks.AnyAsync(t => t.Role.Slug == "data-scientist"));
        Assert.True(await db.OnetTasks.AnyAsync(t => t.Role.Slug == "data-scientist"));
        // An occupation OEWS does not publish still became a role.
        var oewsCodes = await db.OccupationCodes.Where(c => c.Source.Dataset == Datasets.BlsOews).Select(c => c.Code).ToListAsync();
        var socOnly = await db.OnetOccupations.Where(o => o.Code.EndsWith(".00")).Select(o => o.Code).ToListAsync();
        Assert.Contains(socOnly, c => !oewsCodes.Contains(c[..7]));
    }

    [Fact]
    public async Task Import_SameReleaseAgain_ChangesNothing()
    {
        await using var again = new OnetApp();
        await using (var before = again.CreateDbContext())
        {
            var version = await before.DataVersions.Select(v => v.Version).SingleAsync();
            var ids = await before.OnetRatings.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
            var problems = await OnetApp.ImportOnetAsync(again.Services, OnetApp.ReleaseFiles());
            Assert.Empty(problems);
            await using var after = again.CreateDbContext();
            Assert.Equal(ids, await after.OnetRatings.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());
            var audit = await after.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
            Assert.Contains("Occupations +0 ~0 =", audit.After);
            // Every kind: nothing added, nothing changed.
            var counts = System.Text.RegularExpressions.Regex.Matches(audit.After!, @"[+~](\d+) ");
            Assert.NotEmpty(counts);
            Assert.All(counts, m => Assert.Equal("0", m.Groups[1].Value));
            Assert.True(await after.DataVersions.Select(v => v.Version).SingleAsync() >= version);
        }
    }

    /// <summary>A newer release that brings only some occupations' skills: theirs are replaced, everything else keeps 29.0.</summary>
    private static List<(string File, byte[] Content)> PartialRelease(string version, string month, decimal newImportance)
    {
        var skills = OnetText.Lines(OnetText.Real("Skills"));
        var header = skills[0];
        var mine = skills.Skip(1).Where(l => l.StartsWith("15-1221.00\t", StringComparison.Ordinal) || l.StartsWith("11-1011.00\t", StringComparison.Ordinal))
            .Select(l =>
            {
                var cells = l.Split('\t');
                // Programming's importance for research scientists is the one value this release revises.
                if (cells[0] == "15-1221.00" && cells[3] == "Programming" && cells[4] == "IM")
                    cells[6] = newImportance.ToString(System.Globalization.CultureInfo.InvariantCulture);
                cells[13] = "12/2025";
                return string.Join('\t', cells);
            });
        return [OnetText.ReadMe(version, month), OnetText.Real("Occupation Data"), OnetText.File("Skills.txt", [header, .. mine])];
    }

    [Fact]
    public async Task Import_PartialNewerRelease_ReplacesOnlyItsOccupationsSkills_AndEachBlockShowsItsOwnVersion()
    {
        await using var newer = new OnetApp();
        Assert.Empty(await OnetApp.ImportOnetAsync(newer.Services, PartialRelease("30.0", "December 2025", 4.5m)));

        await using var db = newer.CreateDbContext();
        const string scientists = "computer-and-information-research-scientist";
        var programming = await db.OnetRatings.Include(r => r.Source).SingleAsync(r => r.Role.Slug == scientists && r.Skill.Name == "Programming");
        Assert.Equal((4.5m, "30.0", "2025-12"), (programming.Importance!.Value, programming.Source.Release, programming.Date));
        // The same role's tasks, and other roles' skills, keep 29.0.
        Assert.All(await db.OnetTasks.Where(t => t.Role.Slug == scientists).Select(t => t.Source.Release).ToListAsync(), r => Assert.Equal("29.0", r));
        Assert.Equal(["29.0"], await db.OnetRatings.Where(r => r.Role.Slug == "business-intelligence-analysts").Select(r => r.Source.Release!).Distinct().ToListAsync());

        var page = await newer.CreateClient().GetDocumentAsync("/Roles/" + scientists);
        Assert.Contains("O*NET 30.0 (December 2025)", SourceLine(page, "onet-skills"));
        Assert.Contains("collected or updated December 2025", SourceLine(page, "onet-skills"));
        Assert.Contains("O*NET 29.0 (August 2024)", SourceLine(page, "onet-tasks"));
        Assert.Contains("O*NET 29.0 (August 2024)", SourceLine(page, "onet-knowledge"));
        Assert.Contains(page.QuerySelectorAll("p.credit"), p => p.TextContent.Contains("O*NET 30.0 Database"));
        Assert.Contains(page.QuerySelectorAll("p.credit"), p => p.TextContent.Contains("O*NET 29.0 Database"));
    }

    [Fact]
    public async Task Import_ReleasesInEitherOrder_GiveTheSameDatabase()
    {
        await using var forward = new EmptyOnetApp();
        await using var backward = new EmptyOnetApp();
        var older = OnetApp.ReleaseFiles().Where(f => Path.GetFileName(f.File) is "Read Me.txt" or "Occupation Data.xlsx" or "Skills.xlsx" or "Job Zones.xlsx").ToList();
        var newer = PartialRelease("30.0", "December 2025", 4.5m);
        Assert.Empty(await OnetApp.ImportOnetAsync(forward.Services, older));
        Assert.Empty(await OnetApp.ImportOnetAsync(forward.Services, newer));
        Assert.Empty(await OnetApp.ImportOnetAsync(backward.Services, newer));
        Assert.Empty(await OnetApp.ImportOnetAsync(backward.Services, older));

        var (a, b) = (await ExportedLinesAsync(forward), await ExportedLinesAsync(backward));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var file in a.Keys)
            Assert.Equal(a[file], b[file]);
        Assert.Contains(a["onet/30.0/Skills.txt"], l => l.StartsWith("15-1221.00\tComputer and Information Research Scientists\t2.B.3.e\tProgramming\tIM\t4.5\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_TextFilesAndExcelFilesOfTheSameRelease_GiveTheSameDatabase()
    {
        await using var excel = new EmptyOnetApp();
        await using var text = new EmptyOnetApp();
        string[] names = ["Occupation Data", "Task Statements", "Job Zones", "Job Zone Reference", "Interests", "Education, Training, and Experience", "Education, Training, and Experience Categories"];
        var readMe = OnetApp.ReleaseFiles().Single(f => OnetFiles.IsReadMe(f.File));
        Assert.Empty(await OnetApp.ImportOnetAsync(excel.Services, [readMe, .. names.Select(n => (n + ".xlsx", File.ReadAllBytes(Path.Combine(OnetApp.ReleaseFolder, n + ".xlsx"))))]));
        Assert.Empty(await OnetApp.ImportOnetAsync(text.Services, [readMe, .. names.Select(OnetText.Real)]));

        var (a, b) = (await ExportedLinesAsync(excel), await ExportedLinesAsync(text));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var file in a.Keys)
            Assert.Equal(a[file], b[file]);
        Assert.Equal(DataRows("Task Statements"), a["onet/29.0/Task Statements.txt"].Count - 1);
    }

}

/// <summary>O*NET files that cannot be imported: refused with file, line and column, and nothing written.</summary>
public class OnetRefusalTests(OnetApp app) : IClassFixture<OnetApp>
{
    [Fact]
    public async Task Import_FileWithoutItsVersion_IsRefusedNamingWhatIsMissing()
    {
        var problems = await OnetApp.ImportOnetAsync(app.Services, [OnetText.Real("Job Zones")]);
        var problem = Assert.Single(problems);
        Assert.Contains("--version 29.0", problem.Message);
        Assert.Contains("--released 2024-08", problem.Message);

        Assert.Empty(await OnetApp.ImportOnetAsync(app.Services, [OnetText.Real("Job Zones")], new ImportOptions(OnetVersion: new OnetVersion(29, 0), OnetReleased: "2024-08")));
    }

    public static TheoryData<string, string, string, string> BadFiles() => new()
    {
        // file, what to do to it, expected column, expected words
        { "Skills", "drop-column", "", "lacks the column “Data Value”" },
        { "Skills", "importance-6", "Data Value", "outside the scale" },
        { "Skills", "unknown-code", "O*NET-SOC Code", "99-9999.00 is not an occupation of this release's Occupation Data" },
        { "Task Statements", "bad-date", "Date", "is not a date as O*NET writes it" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_BadFile_IsRefusedWithFileLineAndColumn_AndNothingIsWritten(string name, string damage, string column, string words)
    {
        var lines = OnetText.Lines(OnetText.Real(name)).ToList();
        var line = 3; // the file's third line, the second data row
        switch (damage)
        {
            case "drop-column":
                lines = lines.Select(l => string.Join('\t', l.Split('\t').Where((_, i) => i != 6))).ToList();
                break;
            case "importance-6":
                line = lines.FindIndex(l => l.Split('\t')[4] == "IM") + 1;
                lines[line - 1] = Replace(lines[line - 1], 6, "6.2");
                break;
            case "unknown-code":
                lines[line - 1] = Replace(lines[line - 1], 0, "99-9999.00");
                break;
            case "bad-date":
                lines[line - 1] = Replace(lines[line - 1], 6, "2024-13");
                break;
        }
        var zip = Zip([OnetText.ReadMe("29.0", "August 2024"), OnetText.Real("Occupation Data"), OnetText.File(name + ".txt", [.. lines])]);
        var client = await app.SignedInClientAsync();
        var before = await ExportedLinesAsync(app);

        var form = (await client.GetDocumentAsync("/Admin/Import")).Form("main form[enctype='multipart/form-data']");
        var response = await client.UploadAsync(form, "file", "onet-db.zip", zip);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rows = (await Html.ParseAsync(response)).QuerySelectorAll("table.import-problems tbody tr").Select(r => r.Text()).ToList();
        var row = Assert.Single(rows, r => r.Contains(words));
        Assert.Contains(name + ".txt", row);
        if (column.Length > 0)
        {
            Assert.Contains(column, row);
            Assert.Contains(line.ToString(System.Globalization.CultureInfo.InvariantCulture), row);
        }
        Assert.Null((await Html.ParseAsync(response)).QuerySelector("main form[action*='handler=Commit']"));
        Assert.Equal(before, await ExportedLinesAsync(app));
    }

}

/// <summary>Export, reset, import, export with the whole O*NET release in the database.</summary>
public class OnetRoundTripTests(OnetApp app) : IClassFixture<OnetApp>
{
    [Fact]
    public async Task ExportResetImportExport_WithOnetContent_GivesIdenticalExports()
    {
        var client = await app.SignedInClientAsync();
        var first = await (await client.GetAsync("/Admin/Export?handler=Download")).Content.ReadAsByteArrayAsync();
        var files = Unzip(first);
        Assert.Contains("onet/29.0/Read Me.txt", files.Keys);
        Assert.Contains("onet/29.0/Skills.txt", files.Keys);
        Assert.Contains("\"dataset\": \"onet\",\n    \"release\": \"29.0\"", Encoding.UTF8.GetString(files["sources.json"]));

        await using var empty = new EmptyDatabaseApp();
        var emptyClient = await empty.SignedInClientAsync();
        var form = (await emptyClient.GetDocumentAsync("/Admin/Import")).Form("main form[enctype='multipart/form-data']");
        var preview = await emptyClient.UploadAsync(form, "file", "careerexplorer-data.zip", first);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var commit = await emptyClient.SubmitAsync((await Html.ParseAsync(preview)).Form("main form[action*='handler=Commit']"));
        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        var second = await (await emptyClient.GetAsync("/Admin/Export?handler=Download")).Content.ReadAsByteArrayAsync();

        var again = Unzip(second);
        Assert.Equal(files.Keys.Order(), again.Keys.Order());
        foreach (var name in files.Keys)
        {
            var (before, after) = (Encoding.UTF8.GetString(files[name]).Split('\n'), Encoding.UTF8.GetString(again[name]).Split('\n'));
            var at = Enumerable.Range(0, Math.Min(before.Length, after.Length)).FirstOrDefault(i => before[i] != after[i], -1);
            Assert.True(at < 0 && before.Length == after.Length, $"{name} differs after the round trip, at line {at + 1}: “{(at >= 0 ? before[at] : "")}” became “{(at >= 0 ? after[at] : "")}” ({before.Length} and {after.Length} lines)");
        }
        Assert.Equal(first, second);
    }


}

/// <summary>What the O*NET tests share: reading pages' source lines, the exported files, zips.</summary>
internal static class OnetTestFiles
{
    internal static string Replace(string line, int column, string value)
    {
        var cells = line.Split('\t');
        cells[column] = value;
        return string.Join('\t', cells);
    }

    internal static string SourceLine(AngleSharp.Html.Dom.IHtmlDocument page, string headingId)
    {
        var heading = page.GetElementById(headingId) ?? throw new Xunit.Sdk.XunitException($"No #{headingId} on the page");
        var line = heading.NextElementSibling!;
        Assert.Contains("block-source", line.ClassName);
        return line.Text();
    }

    /// <summary>The O*NET files the app exports, each as its set of lines (row order depends on import order; content must not).</summary>
    internal static async Task<Dictionary<string, List<string>>> ExportedLinesAsync(CareerAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var files = await new OnetExporter(scope.ServiceProvider.GetRequiredService<Web.Data.CareerDbContext>()).ExportAsync();
        return files.ToDictionary(f => f.File, f => Encoding.UTF8.GetString(f.Content).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList());
    }

    internal static byte[] Zip(IEnumerable<(string File, byte[] Content)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (file, content) in files)
            {
                using var stream = zip.CreateEntry(Path.GetFileName(file)).Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    internal static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        });
    }

    /// <summary>The seeded app with no O*NET data yet, for imports in a chosen order.</summary>
    internal sealed class EmptyOnetApp : CareerAppFactory;
}
