using CareerExplorer.Web.Services.Admin;
using CareerExplorer.Web.Services.Oews;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Web.Services.Importing;

/// <summary>The import commands of the command line, once their arguments are read.</summary>
public static class ImportCommands
{
    /// <summary>
    /// Reads and checks every file first (a bad file: nothing is imported, exit code 1); then imports
    /// the releases in year order, one transaction each. A release refused while importing is not
    /// written at all, and the releases before it stay: exit code 3 when some were imported, 1
    /// when none was.
    /// </summary>
    public static async Task<int> OewsAsync(IServiceProvider services, IReadOnlyList<string> files, int? year, OewsTopCode? topCode,
        TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var releases = new List<OewsRelease>();
        var problems = new List<SeedError>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                problems.Add(new SeedError(file, "No such file."));
                continue;
            }
            var bytes = await File.ReadAllBytesAsync(file, ct);
            if (ImportReader.Text(Path.GetFileName(file), bytes, problems) is not { } text)
                continue;
            var read = OewsFile.Read(file, text, year, topCode, TimeProvider.System.GetUtcNow().Year - 1);
            problems.AddRange(read.Problems);
            if (read.Release is { } release)
            {
                if (releases.FirstOrDefault(r => r.Year == release.Year) is { } twice)
                    problems.Add(new SeedError(release.FileName, $"May {release.Year} is also in {twice.FileName}; give each release once."));
                else
                    releases.Add(release);
            }
        }
        if (problems.Count > 0)
        {
            await WriteProblemsAsync(error, problems);
            await error.WriteLineAsync("Nothing was imported.");
            return 1;
        }

        var (results, refused) = await services.GetRequiredService<OewsImportService>()
            .ImportAsync(releases, string.Join(", ", files.Select(Path.GetFileName)), ct);
        foreach (var r in results)
            await output.WriteLineAsync($"Imported {r.Summary}.");
        if (refused.Count == 0)
            return 0;

        // Releases go in year order, one transaction each: those before the refused one are in.
        var ordered = releases.OrderBy(r => r.Year).ToList();
        var failed = ordered[results.Count].Year;
        await WriteProblemsAsync(error, refused);
        await error.WriteLineAsync($"May {failed} refused; nothing of May {failed} was written.");
        if (results.Count == 0)
        {
            await error.WriteLineAsync("Nothing was imported.");
            return 1;
        }
        var notTried = ordered.Skip(results.Count + 1).Select(r => $"May {r.Year}").ToList();
        await error.WriteLineAsync($"Imported: {string.Join(", ", results.Select(r => $"May {r.Year}"))}. Refused: May {failed}."
            + (notTried.Count > 0 ? $" Not tried: {string.Join(", ", notTried)}." : "")
            + " Running the command again is safe: a release already imported is left as it is.");
        return 3;
    }

    private static async Task WriteProblemsAsync(TextWriter error, IReadOnlyList<SeedError> problems)
    {
        foreach (var p in problems.Take(50))
            await error.WriteLineAsync(p.ToString());
        if (problems.Count > 50)
            await error.WriteLineAsync($"... and {problems.Count - 50} more problems.");
    }
}
