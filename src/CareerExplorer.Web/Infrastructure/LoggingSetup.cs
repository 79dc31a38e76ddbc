using Serilog;

namespace CareerExplorer.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>Serilog for everything, configured from the "Serilog" section of appsettings.</summary>
    public static WebApplicationBuilder AddCareerLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
