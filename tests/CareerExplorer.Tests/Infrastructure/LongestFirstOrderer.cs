using Xunit.Abstractions;

[assembly: TestCollectionOrderer("CareerExplorer.Tests.Infrastructure.LongestFirstOrderer", "CareerExplorer.Tests")]

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// Starts the collections that take longest first (the real O*NET release, the browser pages, the deployed
/// app, the real OEWS releases, the commands run as processes), so the short ones fill the other core beside
/// them instead of one long collection running alone at the end of the run. Order only: every
/// collection still runs, in parallel, with its own fixtures.
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    private static readonly string[] Longest =
    [
        "OnetRoundTripTests", "OnetReleaseTests", "Browser", "Deploy", "BundledDataTests", "OnetRefusalTests", "OnetPageTests", "OewsImportTests",
        "BackupCommandTests", "ImportOewsCommandTests", "BundledDataProcessTests", "BundledDataRestartTests",
        "CrossProcessEvictionTests", "CreateAdminCommandTests", "ImportOnetCommandTests", "ScaleDataToolTests",
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(Rank).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static int Rank(ITestCollection collection)
    {
        var name = collection.DisplayName;
        for (var i = 0; i < Longest.Length; i++)
        {
            if (name == Longest[i] || name.EndsWith("." + Longest[i], StringComparison.Ordinal))
                return i;
        }
        return Longest.Length;
    }
}
