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
        services.AddScoped<DataExporter>();
        services.AddScoped<DataImportService>();
        services.AddScoped<Services.Oews.OewsImportService>();
        services.AddScoped<AdminAccountService>();
        // The admin sections: one class each, run by the shared list, edit and delete pages.
        services.AddScoped<IAdminSection, Services.Admin.Sections.RoleSection>();
        services.AddScoped<IAdminSection, Services.Admin.Sections.SourceSection>();
        services.AddScoped<IAdminSection, Services.Admin.Sections.SalaryFigureSection>();
        services.AddScoped<IAdminSection, Services.Admin.Sections.OutlookFigureSection>();
        services.AddScoped<IAdminSection, Services.Admin.Sections.SkillSection>();
        services.AddScoped<IAdminSection, Services.Admin.Sections.RoleSkillSection>();
        services.AddScoped<IAdminSection, Services.Admin.Sections.CareerStepSection>();
        services.AddScoped<IAdminSection, Services.Admin.Sections.CpiSection>();
        services.AddScoped<AdminSections>();
        return services;
    }
}
