using CareerExplorer.Web.Services.Cpi;
using CareerExplorer.Web.Services.Oews;
using CareerExplorer.Web.Services.Onet;

namespace CareerExplorer.Web.Services.Importing;

/// <summary>What the import commands do once their arguments are parsed (the command line only parses and calls these).</summary>
public static class ImportCommands
{
    /// <summary>
    /// import-oews: reads and checks every file first (a .zip as BLS distributes a release: its OEWS files) (a bad file: nothing is imported, exit code
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
            var options = new ImportOptions(year, topCode);
            var content = await File.ReadAllBytesAsync(file, ct);
            ImportRead<OewsRelease> read;
            if (!Path.GetExtension(file).Equals(".zip", StringComparison.OrdinalIgnoreCase))
                read = importer.Reader.Read(new ImportSource(file, content, options));
            else if (SafeZip.Unpack(Path.GetFileName(file), content, problems) is not { } entries)
                continue;
            else if (((OewsReader)importer.Reader).ReadArchive(file, entries, options) is { HoldsOewsData: true } archive)
                read = archive.Read;
            else
            {
                problems.Add(new SeedError(file, $"The zip archive holds no BLS OEWS data ({SafeZip.Contents(entries)}); import-oews takes the national release as BLS distributes it (oesm23nat.zip, holding national_M2023_dl.xlsx), or its .xlsx or .csv file."));
                continue;
            }
            releases.Collect(read, problems, (a, b) => a.Year == b.Year,
                (release, twice) => new SeedError(release.FileName, $"May {release.Year} is also in {twice.FileName}; give each release once."));
        }
        if (problems.Count > 0)
            return await RefuseAsync(error, problems);

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

    /// <summary>
    /// import-onet: the paths are one release (a folder, a .zip, or some of its files) or several
    /// (several folders or archives). Everything is read and checked first (a bad file: nothing is
    /// imported, exit code 1); then the releases are imported oldest first, one transaction each,
    /// with the exit codes of <see cref="OewsAsync"/>.
    /// </summary>
    public static async Task<int> OnetAsync(IServiceProvider services, IReadOnlyList<string> paths, ImportOptions options,
        TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var importer = services.GetRequiredService<Importer<OnetRelease>>();
        var reader = (OnetReader)importer.Reader;
        var problems = new List<SeedError>();
        var groups = new List<(string Name, List<(string File, byte[] Content)> Files)>();
        var loose = new List<(string File, byte[] Content)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = new List<(string, byte[])>();
                foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                    files.Add((file, await File.ReadAllBytesAsync(file, ct)));
                groups.Add((path, files));
            }
            else if (!File.Exists(path))
                problems.Add(new SeedError(path, "No such file or folder."));
            else if (Path.GetExtension(path).Equals(".zip", StringComparison.OrdinalIgnoreCase))
            {
                if (SafeZip.Unpack(Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct), problems) is { } entries)
                    groups.AddRange(entries.GroupBy(e => e.Folder).Select(g => ($"{Path.GetFileName(path)}/{g.Key}".TrimEnd('/'), g.Select(e => (e.FullName, e.Content)).ToList())));
            }
            else
                loose.Add((path, await File.ReadAllBytesAsync(path, ct)));
        }
        if (loose.Count > 0)
            groups.Add((string.Join(", ", loose.Select(l => Path.GetFileName(l.File))), loose));

        var releases = new List<OnetRelease>();
        foreach (var (name, files) in groups)
        {
            var read = reader.ReadFiles(name, files, options);
            releases.Collect(read, problems, (a, b) => a.Version == b.Version,
                (release, _) => new SeedError(name, $"{release.Title} is given twice; give each release once (its files together)."));
        }
        if (problems.Count > 0)
            return await RefuseAsync(error, problems);

        return await CommitAsync(services, importer.Plan(string.Join(", ", paths.Select(Path.GetFileName)), releases), output, error, ct);
    }

    /// <summary>
    /// import-projections: every file is read and checked first (a bad one: nothing is imported,
    /// exit code 1); then the releases go in oldest first, one transaction each, with the exit
    /// codes of <see cref="OewsAsync"/>.
    /// </summary>
    public static Task<int> ProjectionsAsync(IServiceProvider services, IReadOnlyList<string> files, TextWriter output, TextWriter error, CancellationToken ct = default) =>
        FilesAsync(services, services.GetRequiredService<Importer<Projections.ProjectionsRelease>>(), files, ImportOptions.None,
            (a, b) => a.Release == b.Release,
            (release, twice) => new SeedError(release.FileName, $"The {release.Release} release is also in {twice.FileName}; give each release once."),
            output, error, ct);

    /// <summary>Each file read by the importer's reader (units from every file, checked before anything is written), then one plan committed unit by unit.</summary>
    private static async Task<int> FilesAsync<TUnit>(IServiceProvider services, Importer<TUnit> importer, IReadOnlyList<string> files, ImportOptions options,
        Func<TUnit, TUnit, bool> same, Func<TUnit, TUnit, SeedError> twice, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var units = new List<TUnit>();
        var problems = new List<SeedError>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                problems.Add(new SeedError(file, "No such file."));
                continue;
            }
            var source = new ImportSource(file, await File.ReadAllBytesAsync(file, ct), options);
            if (!importer.Reader.Claims(source))
            {
                problems.Add(new SeedError(source.Name, "This is not a file this command imports (its --help says which)."));
                continue;
            }
            units.Collect(importer.Reader.Read(source), problems, same, twice);
        }
        if (problems.Count > 0)
            return await RefuseAsync(error, problems);

        return await CommitAsync(services, importer.Plan(string.Join(", ", files.Select(Path.GetFileName)), units), output, error, ct);
    }

    /// <summary>Commits a plan unit by unit and says what came in: 0 all of it, 3 some (those before the refused one), 1 none.</summary>
    private static async Task<int> CommitAsync(IServiceProvider services, ImportPlan plan, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var commit = await services.GetRequiredService<ImportPipeline>().CommitAsync(plan, plan.FileName, ct);
        foreach (var merge in commit.Committed)
            await output.WriteLineAsync($"Imported {merge.Summary}");
        if (commit.Complete)
            return 0;
        await WriteProblemsAsync(error, commit.Problems);
        await error.WriteLineAsync($"{commit.Refused} refused; nothing of it was written."
            + (commit.Committed.Count > 0 ? " The releases before it are imported; running the command again is safe." : " Nothing was imported."));
        return commit.Committed.Count > 0 ? 3 : 1;
    }

    /// <summary>
    /// import-cpi: one CPI-U file (the monthly CSV or a BLS series download), read and checked whole
    /// (a problem: nothing is imported, exit code 1), then merged in one transaction; 0 when done.
    /// </summary>
    public static async Task<int> CpiAsync(IServiceProvider services, string file, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        if (!File.Exists(file))
            return await RefuseAsync(error, [new SeedError(file, "No such file.")]);
        var importer = services.GetRequiredService<Importer<CpiSeries>>();
        var read = importer.Reader.Read(new ImportSource(file, await File.ReadAllBytesAsync(file, ct), ImportOptions.None));
        if (read.Problems.Count > 0)
            return await RefuseAsync(error, read.Problems);
        var name = Path.GetFileName(file);
        var commit = await services.GetRequiredService<ImportPipeline>().CommitAsync(importer.Plan(name, read.Units), name, ct);
        if (!commit.Complete)
            return await RefuseAsync(error, commit.Problems);
        foreach (var merge in commit.Committed)
            await output.WriteLineAsync($"Imported {merge.Summary}");
        return 0;
    }

    private static async Task<int> RefuseAsync(TextWriter error, IReadOnlyList<SeedError> problems)
    {
        await WriteProblemsAsync(error, problems);
        await error.WriteLineAsync("Nothing was imported.");
        return 1;
    }

    private static async Task WriteProblemsAsync(TextWriter error, IReadOnlyList<SeedError> problems)
    {
        foreach (var p in problems.Take(50))
            await error.WriteLineAsync(p.ToString());
        if (problems.Count > 50)
            await error.WriteLineAsync($"... and {problems.Count - 50} more problems.");
    }
}
