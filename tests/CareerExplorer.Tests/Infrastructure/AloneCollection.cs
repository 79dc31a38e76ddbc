namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// Tests that assert what a background service of the app logged run alone, not beside other
/// test classes: the app's Serilog loggers take the process-wide Serilog logger of the moment
/// they are made, and an app started at the same time by another class can make it its own, so
/// a line would reach the other app's capture.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone";
}
