using Serilog;

namespace CareerExplorer.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>Serilog for everything, configured from the "Serilog" section of appsettings.</summary>
    public static T AddCareerLogging<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
