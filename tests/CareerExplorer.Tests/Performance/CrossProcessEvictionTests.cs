using System.Diagnostics;
using System.Net.Http.Json;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Xunit.Abstractions;
using static CareerExplorer.Tests.Services.Oews.OewsCsv;

namespace CareerExplorer.Tests.Performance;

/// <summary>The app with what it logs kept, the data version checker's news included.</summary>
public sealed class LoggingApp : CareerAppFactory
{
    public LogCapture Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Serilog:MinimumLevel:Override:CareerExplorer.Web.Infrastructure.DataVersionPoller", "Information");
        builder.ConfigureServices(s => s.AddSingleton<ILogEventSink>(Log));
    }
}

/// <summary>
/// Changes made outside the running app (a command-line import, a second instance, a DbContext
/// without the app's interceptor) reach its cached pages within seconds: the app checks the data
/// version that every save of data raises.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class CrossProcessEvictionTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private readonly LoggingApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>Asks again until <paramref name="seen"/> holds; fails after the deadline. Returns how long it took.</summary>
    private static async Task<TimeSpan> PollAsync(Func<Task<bool>> seen, string what)
    {
        var timer = Stopwatch.StartNew();
        while (!await seen())
        {
            Assert.True(timer.Elapsed < Deadline, $"Not seen within {Deadline.TotalSeconds} s: {what}");
            await Task.Delay(100);
        }
        return timer.Elapsed;
    }

    private static async Task<string> LeadAsync(HttpClient client, string slug) =>
        (await client.GetDocumentAsync($"/Roles/{slug}")).QuerySelector("p.lead")!.Text();

    private long ReadDataVersion() => (long)RawSql.Scalar(_app.Database, CareerDbContext.ReadDataVersionSql)!;


    [Fact]
    public async Task CliImport_WhileTheAppRuns_EvictsItsCachedPagesWithinSeconds()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_app.StartOnLoopback()) };
        var before = await client.GetDocumentAsync("/Roles/data-scientist");
        Assert.Null(before.QuerySelector("#official-wages-heading"));
        var rolesBefore = (await client.GetFromJsonAsync<List<object>>("/api/roles"))!.Count;
        // The pages are cached: a change straight into the file, which raises no data version, is not seen.
        Assert.Equal(1, RawSql.Execute(_app.Database, "UPDATE \"Roles\" SET \"Summary\" = 'Changed behind the cache.' WHERE \"Slug\" = 'data-scientist'"));
        Assert.NotEqual("Changed behind the cache.", await LeadAsync(client, "data-scientist"));

        // The commit is the moment the data version in the file changes.
        var versionBefore = ReadDataVersion();
        using var import = AppProcess.Start(_app.Database, ["import-oews", RealFile(2022)]);
        var sinceStart = Stopwatch.StartNew();
        while (ReadDataVersion() == versionBefore)
        {
            Assert.True(sinceStart.Elapsed < TimeSpan.FromMinutes(2), "The import did not commit within 2 minutes.");
            if (import.HasExited)
                Assert.Fail("The import ended without committing: " + (await import.WaitForExitAsync(TimeSpan.FromSeconds(5))).Error);
            await Task.Delay(20);
        }

        var took = await PollAsync(async () => (await client.GetDocumentAsync("/Roles/data-scientist")).QuerySelector("#official-wages-heading") is not null,
            "the May 2022 official wages on the cached role page");
        await PollAsync(async () => (await client.GetFromJsonAsync<List<object>>("/api/roles"))!.Count > rolesBefore, "the imported roles in the cached API list");
        Assert.Equal("Changed behind the cache.", await LeadAsync(client, "data-scientist"));
        await PollAsync(() => Task.FromResult(_app.Log.Count(LogEventLevel.Information, "Data changed in another process") == 1), "the app's note of the change");
        var (code, _, error) = await import.WaitForExitAsync(TimeSpan.FromMinutes(1));
        Assert.True(code == 0, error);
        output.WriteLine($"The running app showed the import {took.TotalMilliseconds:0} ms after its commit.");
    }

    [Fact]
    public async Task EditInASecondAppInstance_OverTheSameFile_ReachesTheFirstInstancesCachedPages()
    {
        var client = _app.CreateClient();
        Assert.Equal("Glassdoor salary data", (await client.GetDocumentAsync("/Sources/glassdoor")).QuerySelector("h1")!.Text());

        using (var second = CareerAppFactory.OverExistingDatabase(_app.Database))
        {
            var saved = await (await second.SignedInClientAsync()).SaveSourceTitleAsync(second, "glassdoor", "Glassdoor (edited by the other instance)");
            Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        }

        await PollAsync(async () => (await client.GetDocumentAsync("/Sources/glassdoor")).QuerySelector("h1")!.Text() == "Glassdoor (edited by the other instance)",
            "the other instance's edit on the first instance's cached page");
    }

    [Fact]
    public async Task SaveByADbContextWithoutTheAppsInterceptor_RaisesTheDataVersion_AndIsSeen()
    {
        var client = _app.CreateClient();
        await client.GetDocumentAsync("/Roles/computer-engineer");

        await using (var plain = _app.CreatePlainDbContext())
        {
            var before = await plain.ReadDataVersionAsync();
            var role = await plain.Roles.SingleAsync(r => r.Slug == "computer-engineer");
            role.Summary = "Saved without the app's interceptor.";
            await plain.SaveChangesAsync();
            Assert.Equal(before + 1, await plain.ReadDataVersionAsync());
        }

        await PollAsync(async () => await LeadAsync(client, "computer-engineer") == "Saved without the app's interceptor.",
            "a plain DbContext's save on the cached page");
    }

    [SqliteFact("an exclusively locked file, a file moved away")]
    public async Task DataVersionCheck_WhenTheDatabaseIsLockedOrMissing_LogsKeepsTheAppUpAndRecovers()
    {
        var client = _app.CreateClient();
        await client.GetDocumentAsync("/Roles/software-engineer");
        const string cannotRead = "Cannot read the data version";
        const string readAgain = "The data version can be read again";

        // Locked: a connection that holds the file exclusively, so nobody else can even read it.
        using (var locker = RawSql.Open(_app.DatabasePath))
        {
            using var command = locker.CreateCommand();
            command.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT COUNT(*) FROM \"Roles\";";
            command.ExecuteScalar();
            await PollAsync(() => Task.FromResult(_app.Log.Count(LogEventLevel.Warning, cannotRead) == 1), "a warning while the file is locked");
        }
        await PollAsync(() => Task.FromResult(_app.Log.Count(LogEventLevel.Information, readAgain) == 1), "the check working again after the lock");

        // Missing: the file moved away (no request meanwhile: the app would create a new one).
        SqliteConnection.ClearAllPools();
        File.Move(_app.DatabasePath, _app.DatabasePath + ".away");
        try
        {
            await PollAsync(() => Task.FromResult(_app.Log.Count(LogEventLevel.Warning, cannotRead) == 2), "a warning while the file is missing");
        }
        finally
        {
            File.Move(_app.DatabasePath + ".away", _app.DatabasePath);
        }
        await PollAsync(() => Task.FromResult(_app.Log.Count(LogEventLevel.Information, readAgain) == 2), "the check working again with the file back");

        // Still running, and still finding other processes' changes.
        await using (var plain = _app.CreatePlainDbContext())
        {
            (await plain.Roles.SingleAsync(r => r.Slug == "software-engineer")).Summary = "Changed after the check recovered.";
            await plain.SaveChangesAsync();
        }
        await PollAsync(async () => await LeadAsync(client, "software-engineer") == "Changed after the check recovered.",
            "a change after the lock and the missing file");
    }
}
