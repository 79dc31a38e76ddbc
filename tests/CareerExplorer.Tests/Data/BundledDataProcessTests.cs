using System.Text.RegularExpressions;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareerExplorer.Tests.Data;

/// <summary>
/// The built app as a process, with its own data/oews and the import on start as it ships: a
/// process killed during the import, and the commands, which never import the bundled data.
/// </summary>
public sealed partial class BundledDataProcessTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"careerexplorer-bundled-{Guid.NewGuid():N}.db");

    private static readonly Dictionary<string, string?> ImportOnStart = new()
    {
        ["OfficialData__ImportOnStart"] = "true",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(_database + suffix);
    }

    private const int Patience = 3000; // tenths of a second: generous, for a busy machine

    /// <summary>Each release's source with its figures: a release is whole when it has 12 wage figures for each role it gives employment for.</summary>
    private List<(string Release, long Wages, long Employment)> Releases()
    {
        using var connection = RawSql.Open(_database);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s."Release",
                   (SELECT COUNT(*) FROM "SalaryFigures" f WHERE f."SourceId" = s."Id"),
                   (SELECT COUNT(*) FROM "OutlookFigures" f WHERE f."SourceId" = s."Id")
            FROM "Sources" s WHERE s."Dataset" = 'bls-oews' ORDER BY s."Release"
            """;
        using var reader = command.ExecuteReader();
        var releases = new List<(string, long, long)>();
        while (reader.Read())
            releases.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
        return releases;
    }

    [Fact]
    public async Task Start_KilledWhileImporting_LeavesWholeReleasesAndTheNextStartImportsTheRest()
    {
        int present;
        await using (var first = AppProcess.Start(_database, [], ImportOnStart))
        {
            await VisitAsync(first);
            Assert.True(await first.WaitForOutputAsync("Import by system (bundled data) from national_M2014_dl.csv", Patience), first.Output);
            // Killed (no shutdown at all) while it goes on with the next releases.
        }
        var afterKill = Releases();
        present = afterKill.Count;
        Assert.InRange(present, 1, 9);
        Assert.All(afterKill, r => Assert.True(r.Wages > 0 && r.Wages == 12 * r.Employment, $"{r.Release}: {r.Wages} wage figures, {r.Employment} employment"));

        await using var second = AppProcess.Start(_database, [], ImportOnStart);
        await VisitAsync(second);
        var next = 2014 + present;
        Assert.True(await second.WaitForOutputAsync($"Import by system (bundled data) from national_M{next}_dl", Patience), second.Output);
        // The app's data folder: the CPI-U series (imported first, so in already), ten OEWS releases, the O*NET release and two projections releases.
        Assert.Contains($"Bundled official data: {13 - present} of 14 releases in ", second.Output);
        // The releases it found in the database were not imported again: it began with the first missing one.
        Assert.Equal(next, ImportedYears().Matches(second.Output).Min(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>A first page: the import begins once one is answered (or after a while without visitors).</summary>
    private static async Task VisitAsync(AppProcess app)
    {
        using var client = new HttpClient { BaseAddress = new Uri(await app.ListeningAsync.WaitAsync(TimeSpan.FromMinutes(1))) };
        Assert.True((await client.GetAsync("/health")).IsSuccessStatusCode);
    }

    [GeneratedRegex(@"Import by system \(bundled data\) from national_M(\d{4})_dl")]
    private static partial Regex ImportedYears();

    [Fact]
    public async Task Command_WithImportOnStart_NeverImportsTheBundledData()
    {
        var (code, output, error) = await AppProcess.RunAsync(_database, TimeSpan.FromSeconds(60),
            new Dictionary<string, string?>(ImportOnStart) { ["CAREEREXPLORER_ADMIN_PASSWORD"] = AdminSession.Password },
            "create-admin", "--email", "admin@example.org");

        Assert.True(code == 0, output + error);
        Assert.DoesNotContain("Bundled official data", output + error);
        Assert.Empty(Releases());
    }
}
