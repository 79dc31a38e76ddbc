using System.Diagnostics;
using System.Net;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static CareerExplorer.Tests.Services.Oews.OewsCsv;

namespace CareerExplorer.Tests.Cli;

/// <summary>import-oews run as a process on the built app, beside the running app, as an operator would.</summary>
public sealed class ImportOewsCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly CareerAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<int> CommittedReleasesAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.AuditEntries.CountAsync(a => a.EntityType == "OEWS release");
    }

    private const int Releases = 3;

    [Fact]
    public async Task CliImport_ThreeReleases_AnAdminSaveMeanwhileSucceedsBeforeTheImportEnds()
    {
        var admin = await _app.SignedInClientAsync();

        using var import = AppProcess.Start(_app.Database, ["import-oews", .. Enumerable.Range(2020, Releases).Select(RealFile)]);
        // Once the first release is committed, the import is between two releases or writing one.
        var deadline = Stopwatch.StartNew();
        while (await CommittedReleasesAsync() == 0)
        {
            if (import.HasExited)
                Assert.Fail("The import ended before its first release was seen: " + (await import.WaitForExitAsync(TimeSpan.FromSeconds(5))).Error);
            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(3), "The first release was not committed within 3 minutes.");
            await Task.Delay(100);
        }

        // A busy admin: a save every second until the import ends; each must succeed.
        var saves = new List<(long Milliseconds, int CommittedAfter)>();
        while (!import.HasExited)
        {
            if (saves.Count > 0)
                await Task.Delay(1000); // pacing only; nothing is timed against it
            var timer = Stopwatch.StartNew();
            var saved = await admin.SaveSourceTitleAsync(_app, "glassdoor", $"Glassdoor (save {saves.Count + 1} during the import)");
            timer.Stop();
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            saves.Add((timer.ElapsedMilliseconds, await CommittedReleasesAsync()));
        }
        // Ordering, not a stopwatch: saves were done while releases were still to come.
        Assert.Contains(saves, s => s.CommittedAfter < Releases);

        var (code, stdout, stderr) = await import.WaitForExitAsync(TimeSpan.FromMinutes(5));
        Assert.True(code == 0, stderr);
        Assert.Equal(Releases, stdout.Split('\n').Count(l => l.StartsWith("Imported May ", StringComparison.Ordinal)));
        Assert.Equal(Releases, await CommittedReleasesAsync());
        await using (var db = _app.CreateDbContext())
        {
            Assert.Equal(Releases, await db.Sources.CountAsync(s => s.Slug.StartsWith("bls-oews-may-")));
            Assert.Equal($"Glassdoor (save {saves.Count} during the import)", await db.Sources.Where(s => s.Slug == "glassdoor").Select(s => s.Title).SingleAsync());
        }
        var during = saves.Where(s => s.CommittedAfter < Releases).Select(s => s.Milliseconds).Order().ToList();
        output.WriteLine(string.Join("\n", stdout.Split('\n').Where(l => l.Contains("Committed: ", StringComparison.Ordinal))));
        output.WriteLine("Saves (ms, releases committed after): " + string.Join(", ", saves.Select(s => $"{s.Milliseconds} ({s.CommittedAfter})")));
        output.WriteLine($"{during.Count} admin saves while the import ran: median {during[during.Count / 2]} ms, longest {during[^1]} ms.");
    }
}
