using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>The data/seed files the app was built with, read independently of the app.</summary>
public static class SeedFolder
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "data", "seed");

    private static readonly Lazy<SeedDataSet> Set = new(() => SeedReader.ReadDirectory(Path));

    public static SeedDataSet Data => Set.Value;
}
