using CareerExplorer.Web.Services;

namespace CareerExplorer.Web.Infrastructure;

public static class ServiceSetup
{
    /// <summary>The service layer: plain classes the pages ask for read models.</summary>
    public static IServiceCollection AddCareerServices(this IServiceCollection services)
    {
        services.AddScoped<RoleService>();
        services.AddScoped<SkillService>();
        services.AddScoped<SourceService>();
        services.AddScoped<PathService>();
        services.AddScoped<CompareService>();
        return services;
    }
}
