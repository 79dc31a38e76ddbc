using CareerExplorer.Web.Services.Oews;

namespace CareerExplorer.Web.Services.Importing;

/// <summary>What the import commands do once their arguments are parsed (the command line only parses and calls these).</summary>
public static class ImportCommands
{
    /// <summary>
    /// import-oews: reads and checks every file first (a bad file: nothing is imported, exit code
    /// 1); then imports the releases in year order, one transaction each. A release refused while
    /// importing is not written at all and the releases before it stay: exit code 3 when some were
    /// imported, 1 when none was; 0 when all were. <paramref name="files"/> are paths, resolved already.
    /// </summary>
    public static async Task<int> OewsAsync(IServiceProvider services, IReadOnlyList<string> files, int? year, OewsTopCode? topCode,
        TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var importer = services.GetRequiredService<Importer<OewsRelease>>();
        var releases = new List<OewsRelease>();
        var problems = new List<SeedError>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                problems.Add(new SeedError(file, "No such file."));
                continue;
            }
            var read = importer.Reader.Read(new ImportSource(file, await File.ReadAllBytesAsync(file, ct), new ImportOptions(year, topCode)));
            problems.AddRange(read.Problems);
            foreach (var release in read.Units)
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

        var commit = await services.GetRequiredService<ImportPipeline>()
            .CommitAsync(importer.Plan(string.Join(", ", files.Select(Path.GetFileName)), releases), string.Join(", ", files.Select(Path.GetFileName)), ct);
        var imported = commit.Committed.Select(m => (OewsMergeResult)m.Details!).ToList();
        foreach (var r in imported)
            await output.WriteLineAsync($"Imported {r.Summary}.");
        if (commit.Complete)
            return 0;

        // Releases go in year order, one transaction each: those before the refused one are in.
        var failed = releases.OrderBy(r => r.Year).ElementAt(imported.Count).Year;
        await WriteProblemsAsync(error, commit.Problems);
        await error.WriteLineAsync($"May {failed} refused; nothing of May {failed} was written.");
        if (imported.Count == 0)
        {
            await error.WriteLineAsync("Nothing was imported.");
            return 1;
        }
        var notTried = releases.OrderBy(r => r.Year).Skip(imported.Count + 1).Select(r => $"May {r.Year}").ToList();
        await error.WriteLineAsync($"Imported: {string.Join(", ", imported.Select(r => $"May {r.Year}"))}. Refused: May {failed}."
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
