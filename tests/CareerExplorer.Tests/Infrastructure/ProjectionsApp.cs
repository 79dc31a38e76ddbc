namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The app over the seed data, the real OEWS releases of May 2019 (CSV) and May 2023 (the
/// workbook), and both real Employment Projections workbooks (2019-29, 2024-34), each imported
/// through the upload's path once per test run; every ProjectionsApp starts on a copy.
/// </summary>
public class ProjectionsApp : CareerAppFactory
{
    public static string Workbook(string release) => Path.Combine(AppContext.BaseDirectory, "data", "projections", $"occupation_{release}.xlsx");

    public static readonly string[] Releases = ["2019-29", "2024-34"];

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    protected override string TemplateDatabase => Template.Value;

    private static string CreateTemplate()
    {
        using var app = new CareerAppFactory();
        var files = new[] { Path.Combine(AppContext.BaseDirectory, "data", "oews", "national_M2019_dl.csv"), Path.Combine(AppContext.BaseDirectory, "data", "oews", "national_M2023_dl.xlsx") }
            .Concat(Releases.Select(Workbook)).Select(f => (f, File.ReadAllBytes(f)));
        var problems = OnetApp.ImportAsync(app.Services, files).GetAwaiter().GetResult();
        if (problems.Count > 0)
            throw new InvalidOperationException(string.Join("; ", problems.Take(5)));
        return SaveAsTemplate(app, "projections");
    }
}

/// <summary>
/// Every official data set together, as a first start builds it: <see cref="OnetApp"/>'s database
/// (seed, OEWS May 2023, O*NET 29.0) plus both real Employment Projections workbooks. For the
/// browser checks, which look at every block a role page can show.
/// </summary>
public class OfficialDataApp : CareerAppFactory
{
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    protected override string TemplateDatabase => Template.Value;

    private static string CreateTemplate()
    {
        using var app = new OnetApp();
        var problems = OnetApp.ImportAsync(app.Services, ProjectionsApp.Releases.Select(ProjectionsApp.Workbook).Select(f => (f, File.ReadAllBytes(f)))).GetAwaiter().GetResult();
        if (problems.Count > 0)
            throw new InvalidOperationException(string.Join("; ", problems.Take(5)));
        return SaveAsTemplate(app, "official");
    }
}
