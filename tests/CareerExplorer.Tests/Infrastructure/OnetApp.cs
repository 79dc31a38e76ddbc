using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Onet;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The app over the seed data, the real OEWS workbook of May 2023 and the whole real O*NET 29.0
/// release as published (data/onet/29.0, Excel). The import runs once per test run, for real,
/// through the pipeline; every OnetApp starts on a copy of its database.
/// </summary>
public class OnetApp : CareerAppFactory
{
    public static string ReleaseFolder => Path.Combine(AppContext.BaseDirectory, "data", "onet", "29.0");

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    protected override string TemplateDatabase => Template.Value;

    private static string CreateTemplate()
    {
        using var app = new CareerAppFactory();
        var oews = Path.Combine(AppContext.BaseDirectory, "data", "oews", "national_M2023_dl.xlsx");
        var problems = ImportAsync(app.Services, [(oews, File.ReadAllBytes(oews))]).GetAwaiter().GetResult();
        problems = problems.Concat(ImportOnetAsync(app.Services, ReleaseFiles()).GetAwaiter().GetResult()).ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException(string.Join("; ", problems.Take(5)));
        return SaveAsTemplate(app, "onet");
    }

    /// <summary>The files of the real release, as bytes.</summary>
    public static List<(string File, byte[] Content)> ReleaseFiles() =>
        Directory.EnumerateFiles(ReleaseFolder).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllBytes(f))).ToList();

    /// <summary>Files through the upload's path (the first importer that claims each), committed: the problems, none when imported.</summary>
    public static async Task<IReadOnlyList<SeedError>> ImportAsync(IServiceProvider services, IEnumerable<(string File, byte[] Content)> files)
    {
        var problems = new List<SeedError>();
        foreach (var (file, content) in files)
        {
            await using var scope = services.CreateAsyncScope();
            var pipeline = scope.ServiceProvider.GetRequiredService<ImportPipeline>();
            var plan = pipeline.Read(new ImportSource(file, content, ImportOptions.None));
            problems.AddRange(plan.Problems);
            if (plan.Problems.Count == 0)
                problems.AddRange((await pipeline.CommitAsync(plan, file)).Problems);
        }
        return problems;
    }

    /// <summary>One O*NET release given as several files (a folder), as import-onet reads it, committed.</summary>
    public static async Task<IReadOnlyList<SeedError>> ImportOnetAsync(IServiceProvider services, IReadOnlyList<(string File, byte[] Content)> files, ImportOptions? options = null)
    {
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<Importer<OnetRelease>>();
        var read = ((OnetReader)importer.Reader).ReadFiles("test", files, options ?? ImportOptions.None);
        if (read.Problems.Count > 0)
            return read.Problems;
        var commit = await scope.ServiceProvider.GetRequiredService<ImportPipeline>().CommitAsync(importer.Plan("test", read.Units), "test");
        return commit.Problems;
    }
}
