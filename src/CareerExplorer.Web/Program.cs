using CareerExplorer.Web.Infrastructure;
using Serilog;

// A plain logger until the configured one takes over. Not CreateBootstrapLogger(): that one is
// frozen once per process, and the tests start several apps in one process.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    // The web server, or a maintenance command (create-admin, import-oews, backup; --help lists them).
    return await CommandLine.InvokeAsync(args, StartAsync, async app =>
    {
        app.UseCareerPipeline();
        app.MapCareerEndpoints();
        await app.RunAsync();
        return 0;
    });
}
catch (CareerExplorer.Web.Data.StartupConfigurationException ex)
{
    Log.Fatal("CareerExplorer cannot start: {Problem}", ex.Message);
    return 1;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "CareerExplorer failed to start");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

async Task<WebApplication> StartAsync(bool migrate)
{
    var builder = WebApplication.CreateBuilder(args);
    // Run from the build output (dotnet run, the tests) in any environment, static files and their
    // compressed copies are found through the build's manifest; a published app has no manifest
    // and serves its own wwwroot, so this changes nothing there.
    builder.WebHost.UseStaticWebAssets();
    builder.AddCareerLogging();
    builder.Services.AddCareerCaching(builder.Configuration);
    builder.Services.AddCareerData(builder.Configuration, builder.Environment);
    builder.Services.AddCareerAuth(builder.Configuration, builder.Environment);
    builder.Services.AddCareerServices();
    builder.Services.AddCareerOfficialData(builder.Configuration);
    builder.Services.AddCareerWeb(builder.Configuration);

    var app = builder.Build();
    if (migrate)
        await app.MigrateAndSeedDatabaseAsync();
    return app;
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
