using CareerExplorer.Web.Services;
using CareerExplorer.Web.Services.Admin;

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
        services.AddScoped<DashboardService>();
        services.AddScoped<AuditService>();
        services.AddScoped<AdminSourceService>();
        services.AddScoped<DataExporter>();
        services.AddScoped<DataImportService>();
        services.AddScoped<Services.Oews.OewsImportService>();
        services.AddScoped<AdminSalaryFigureService>();
        services.AddScoped<AdminOutlookFigureService>();
        services.AddScoped<AdminCpiService>();
        services.AddScoped<AdminRoleService>();
        services.AddScoped<AdminSkillService>();
        services.AddScoped<AdminRoleSkillService>();
        services.AddScoped<AdminCareerStepService>();
        services.AddScoped<AdminChoiceService>();
        services.AddScoped<AdminAccountService>();
        return services;
    }
}
