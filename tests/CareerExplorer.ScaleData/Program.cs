using CareerExplorer.Web.Infrastructure;

namespace CareerExplorer.ScaleData;

/// <summary>
/// Adds generated scale data to the database named by ConnectionStrings__Default; --help says how.
/// (Not top-level statements: their Program class would clash with the app's in the tests.)
/// </summary>
internal static class Tool
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            return await CommandLine.InvokeAsync(new ScaleDataCommand(), args);
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"Generating scale data failed: {ex.Message}");
            return 1;
        }
    }
}
