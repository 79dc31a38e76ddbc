using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Text;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;
using static CareerExplorer.Tests.Services.Oews.OewsCsv;

namespace CareerExplorer.Tests.Performance;

/// <summary>
/// A change evicts the cached pages it makes stale, not every page: an edit to a role evicts its
/// pages, the pages that show it and the lists; a change to a source, or one that cannot be told,
/// evicts everything. A page still served from the cache is told apart from a fresh one by a
/// change written straight into the file (which evicts nothing): only a fresh render shows it.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class EvictionByChangeTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    // A's only neighbour by career steps is the machine learning professional, whose page links to it;
    // B is neither A nor a role whose page shows A.
    private const string A = "business-intelligence-developer", ATitle = "Business Intelligence (BI) Developer";
    private const string B = "computational-linguist", BTitle = "Computational Linguist";
    private const string ShowsA = "machine-learning-professional";
    private const string CompareWithA = "/Compare?roles=" + A + ",software-engineer";
    private const string CompareWithoutA = "/Compare?roles=" + B + ",nlp-scientist";
    private const string BehindTheCache = " (changed behind the cache)";

    private readonly LoggingApp _app = new();

    public void Dispose() => _app.Dispose();

    private static async Task<string> TitleAsync(HttpClient client, string slug) =>
        (await client.GetDocumentAsync($"/Roles/{slug}")).QuerySelector("h1")!.Text();

    private static async Task<string> BodyAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Renames a role in the file only: no data version, no eviction. A page that shows the new title was rendered after this.</summary>
    private void RenameBehindTheCache(string slug) =>
        Assert.Equal(1, RawSql.Execute(_app.Database, $"UPDATE \"Roles\" SET \"Title\" = \"Title\" || '{BehindTheCache}' WHERE \"Slug\" = '{slug}'"));

    private static async Task PollAsync(Func<Task<bool>> seen, string what)
    {
        var timer = Stopwatch.StartNew();
        while (!await seen())
        {
            Assert.True(timer.Elapsed < Deadline, $"Not seen within {Deadline.TotalSeconds} s: {what}");
            await Task.Delay(100);
        }
    }

    private static readonly string[] Cached = [$"/Roles/{A}", $"/Roles/{B}", $"/Roles/{ShowsA}", $"/api/roles/{A}", $"/api/roles/{B}", CompareWithA, CompareWithoutA, "/Roles", "/api/roles"];

    private async Task<HttpClient> CacheThePagesAsync()
    {
        var client = _app.CreateClient();
        foreach (var url in Cached)
            await BodyAsync(client, url);
        return client;
    }

    private async Task<string> StoredTagsAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.DataChanges.OrderByDescending(c => c.Version).Select(c => c.Tags).FirstAsync();
    }

    [Fact]
    public async Task Post_RoleEdit_EvictsOnlyThatRolesPagesAndLists()
    {
        var client = await CacheThePagesAsync();
        RenameBehindTheCache(B);

        var admin = await _app.SignedInClientAsync();
        int id;
        await using (var db = _app.CreateDbContext())
            id = await db.Roles.Where(r => r.Slug == A).Select(r => r.Id).SingleAsync();
        var form = (await admin.GetDocumentAsync($"/Admin/Roles/Edit/{id}")).Form();
        var saved = await admin.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Title"] = "BI Developer (edited while cached)" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // Fresh: the role's page, its API document, a comparison naming it, a page that links to it, the lists.
        Assert.Equal("BI Developer (edited while cached)", await TitleAsync(client, A));
        Assert.Contains("BI Developer (edited while cached)", await BodyAsync(client, $"/api/roles/{A}"));
        Assert.Contains("BI Developer (edited while cached)", await BodyAsync(client, CompareWithA));
        Assert.Contains("BI Developer (edited while cached)", await BodyAsync(client, $"/Roles/{ShowsA}"));
        Assert.Contains("BI Developer (edited while cached)", await BodyAsync(client, "/Roles"));
        Assert.Contains("BI Developer (edited while cached)", await BodyAsync(client, "/api/roles"));
        // Still cached: the other role's page and API document, and a comparison without the role.
        Assert.Equal(BTitle, await TitleAsync(client, B));
        Assert.DoesNotContain(BehindTheCache, await BodyAsync(client, $"/api/roles/{B}"));
        Assert.DoesNotContain(BehindTheCache, await BodyAsync(client, CompareWithoutA));
        // The lists were rendered again, so they show B's title as the file has it now.
        Assert.Contains(BTitle + BehindTheCache, await BodyAsync(client, "/Roles"));

        var tags = await StoredTagsAsync();
        foreach (var tag in new[] { ChangeTags.Lists, ChangeTags.Role(A), ChangeTags.Role(ATitle), ChangeTags.Role("BI Developer (edited while cached)"), ChangeTags.Role(ShowsA) })
            Assert.Contains($"\"{tag}\"", tags);
        Assert.DoesNotContain(ChangeTags.Role(B), tags);
    }

    [Fact]
    public async Task ComparisonNamingARoleByTitle_IsEvictedByAChangeToThatRolesFigures()
    {
        var client = _app.CreateClient();
        var byTitle = "/api/compare?roles=" + Uri.EscapeDataString(ATitle.ToUpperInvariant()) + ",software-engineer";
        Assert.Contains("126174", await BodyAsync(client, byTitle));

        await using (var db = _app.CreateDbContext())
        {
            (await db.SalaryFigures.SingleAsync(f => f.Role.Slug == A)).Amount = 126_175;
            await db.SaveChangesAsync();
        }

        Assert.Contains("126175", await BodyAsync(client, byTitle));
    }

    [Fact]
    public async Task Post_SourceEdit_EvictsEverything()
    {
        var client = await CacheThePagesAsync();
        RenameBehindTheCache(B);

        var saved = await (await _app.SignedInClientAsync()).SaveSourceTitleAsync(_app, "glassdoor", "Glassdoor (edited while cached)");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(BTitle + BehindTheCache, await TitleAsync(client, B));
        Assert.Contains(BehindTheCache, await BodyAsync(client, $"/api/roles/{B}"));
        Assert.Contains(BehindTheCache, await BodyAsync(client, CompareWithoutA));
        Assert.Equal("*", await StoredTagsAsync());
    }

    [Fact]
    public async Task SaveInAnotherProcess_EvictsOnlyWhatItChanged()
    {
        var client = await CacheThePagesAsync();
        RenameBehindTheCache(B);

        // A DbContext without the app's interceptor, as a command or a second instance saves.
        await using (var other = _app.CreatePlainDbContext())
        {
            (await other.Roles.SingleAsync(r => r.Slug == A)).Title = "BI Developer (edited elsewhere)";
            await other.SaveChangesAsync();
        }

        await PollAsync(async () => await TitleAsync(client, A) == "BI Developer (edited elsewhere)", "the other process's edit on the role's cached page");
        Assert.Contains("BI Developer (edited elsewhere)", await BodyAsync(client, CompareWithA));
        Assert.Contains("BI Developer (edited elsewhere)", await BodyAsync(client, "/Roles"));
        Assert.Equal(BTitle, await TitleAsync(client, B));
        Assert.DoesNotContain(BehindTheCache, await BodyAsync(client, CompareWithoutA));
        // The poller logs after it evicts: the page can show the change a moment before the line is written.
        await PollAsync(() => Task.FromResult(_app.Log.Messages(LogEventLevel.Information, "Data changed in another process").Any()), "the poller's log line");
        var note = Assert.Single(_app.Log.Messages(LogEventLevel.Information, "Data changed in another process"));
        Assert.Contains(ChangeTags.Role(A), note);
    }

    [Fact]
    public async Task CliImportOfTwoOccupations_EvictsTheirPagesAndTheLists_NotTheOthers()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_app.StartOnLoopback()) };
        Assert.Null((await client.GetDocumentAsync("/Roles/data-scientist")).QuerySelector("#official-wages-heading"));
        await BodyAsync(client, $"/Roles/{B}");
        RenameBehindTheCache(B);

        var folder = Directory.CreateTempSubdirectory("oews-two-").FullName;
        try
        {
            var file = Path.Combine(folder, "national_M2021_dl.csv");
            await File.WriteAllTextAsync(file, Build(Layout.May2021,
                new Occupation("15-2051", "Data Scientists", "detailed"), new Occupation("15-1252", "Software Developers", "detailed")));
            using var import = AppProcess.Start(_app.Database, ["import-oews", file]);
            var (code, _, error) = await import.WaitForExitAsync(TimeSpan.FromMinutes(2));
            Assert.True(code == 0, error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        await PollAsync(async () => (await client.GetDocumentAsync("/Roles/data-scientist")).QuerySelector("#official-wages-heading") is not null,
            "the imported official wages on the cached role page");
        Assert.Equal(BTitle, await TitleAsync(client, B));
        // The poller logs after it evicts: the page can show the change a moment before the line is written.
        await PollAsync(() => Task.FromResult(_app.Log.Messages(LogEventLevel.Information, "Data changed in another process").Any()), "the poller's log line");
        var note = Assert.Single(_app.Log.Messages(LogEventLevel.Information, "Data changed in another process"));
        Assert.Contains(ChangeTags.Role("software-developer"), note);
        Assert.DoesNotContain(ChangeTags.Role(B), note);
    }

    [Fact]
    public async Task VersionRaisedWithoutADataChange_EvictsEverything()
    {
        var client = await CacheThePagesAsync();
        RenameBehindTheCache(B);

        // As an older build (or a version since pruned): the version moves, and nothing says what changed.
        Assert.Equal(1, RawSql.Execute(_app.Database, "UPDATE \"DataVersion\" SET \"Version\" = \"Version\" + 1"));

        await PollAsync(async () => await TitleAsync(client, B) == BTitle + BehindTheCache, "the change on every cached page");
        Assert.Contains(BehindTheCache, await BodyAsync(client, CompareWithoutA));
    }

    [Fact]
    public async Task Save_KeepsOnlyTheNewestThousandDataChanges()
    {
        await using (var db = _app.CreateDbContext())
        {
            RawSql.Execute(_app.Database, "UPDATE \"DataVersion\" SET \"Version\" = 5000; INSERT INTO \"DataChanges\" (\"Version\", \"Tags\") VALUES (4001, '*'), (4002, '*')");
            (await db.Roles.SingleAsync(r => r.Slug == A)).Summary = "Saved at version 5001.";
            await db.SaveChangesAsync();
            Assert.Equal([4002, 5001], await db.DataChanges.Select(c => c.Version).OrderBy(v => v).ToListAsync());
        }
    }
}

/// <summary>
/// A page rendered from the data as it was before a commit is never served after that commit,
/// however late its render ends: the request is held right after its first read, the change is
/// committed (and evicts), then the request goes on and stores what it rendered.
/// </summary>
public sealed class StaleRenderTests : IDisposable
{
    private readonly HeldReadApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task RenderThatReadBeforeACommit_IsNeverServedAfterIt()
    {
        var client = _app.CreateClient();
        var held = _app.Reads.HoldNext("\"TypicalEducation\""); // the role page's first read
        var render = client.GetDocumentAsync("/Roles/computer-engineer");
        await held.Reached.WaitAsync(TimeSpan.FromSeconds(30));

        await using (var db = _app.CreateDbContext())
        {
            (await db.Roles.SingleAsync(r => r.Slug == "computer-engineer")).Summary = "Committed while a render was under way.";
            await db.SaveChangesAsync();
        }
        held.Release.SetResult();
        // The held request shows what it read before the commit...
        Assert.NotEqual("Committed while a render was under way.", (await render).QuerySelector("p.lead")!.Text());
        // ...and no request after the commit is given it.
        Assert.Equal("Committed while a render was under way.", (await client.GetDocumentAsync("/Roles/computer-engineer")).QuerySelector("p.lead")!.Text());
    }

    private sealed class HeldReadApp : CareerAppFactory
    {
        public HeldReads Reads { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.ConfigureCareerDbContext(o => o.AddInterceptors(Reads)));
        }
    }

    /// <summary>Holds the next query whose SQL holds a marker, once it has read its first row, until released.</summary>
    private sealed class HeldReads : DbCommandInterceptor
    {
        private readonly Lock _gate = new();
        private (string Marker, TaskCompletionSource Reached, TaskCompletionSource Release)? _next;

        public (Task Reached, TaskCompletionSource Release) HoldNext(string marker)
        {
            var hold = (marker, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            lock (_gate)
                _next = hold;
            return (hold.Item2.Task, hold.Item3);
        }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken ct = default)
        {
            (string Marker, TaskCompletionSource Reached, TaskCompletionSource Release)? hold;
            lock (_gate)
            {
                hold = _next is { } next && command.CommandText.Contains(next.Marker, StringComparison.Ordinal) ? next : null;
                if (hold is not null)
                    _next = null;
            }
            if (hold is { } h)
            {
                // SQLite has stepped to the first row: this query reads the data as it is now, whatever commits meanwhile.
                h.Reached.SetResult();
                await h.Release.Task;
            }
            return result;
        }
    }
}
