using CareerExplorer.Web.Services.Cpi;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Projections;
using CareerExplorer.Web.Services.Oews;
using CareerExplorer.Web.Services.Onet;

namespace CareerExplorer.Web.Infrastructure;

public static class ServiceSetup
{
    /// <summary>The service layer: plain classes the pages ask for read models.</summary>
    public static IServiceCollection AddCareerServices(this IServiceCollection services)
    {
        services.AddScoped<RoleService>();
        services.AddScoped<SkillService>();
        services.AddScoped<SourceService>();
        services.AddScoped<Services.PrintSheets.SheetService>();
        services.AddScoped<PathService>();
        services.AddScoped<Services.Moves.MoveService>();
        services.AddScoped<CompareService>();
        services.AddScoped<CitationService>();
        services.AddScoped<Services.Downloads.RoleDownloadService>();
        services.AddScoped<AuditService>();
        services.AddScoped<DataExporter>();
        services.AddImporters();
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

    /// <summary>
    /// Every kind of file the import pipeline takes, as a reader and a mapper. An upload goes to
    /// the first importer whose reader claims it: archives (data sets, O*NET releases), then CPI-U
    /// files by their header (a CSV or a BLS flat file), then O*NET files by their names, then Employment
    /// Projections workbooks (BLS's numbered tables), then OEWS files (every other workbook) before salary-figure CSVs.
    /// </summary>
    private static IServiceCollection AddImporters(this IServiceCollection services)
    {
        services.AddSingleton(sp => new Importer<OewsRelease>(new OewsReader(sp.GetRequiredService<TimeProvider>()), new OewsMapper()));
        services.AddSingleton(sp => new Importer<OnetRelease>(new OnetReader(), new OnetMapper()));
        services.AddSingleton(sp => new Importer<SeedUnit>(new SeedFileReader(), new SeedMapper(sp.GetRequiredService<TimeProvider>())));
        services.AddSingleton(sp => new Importer<CpiSeries>(new CpiReader(sp.GetRequiredService<TimeProvider>()), new CpiMapper()));
        services.AddSingleton<IImporter>(sp => new ArchiveImporter(sp.GetRequiredService<Importer<SeedUnit>>(), sp.GetRequiredService<Importer<OnetRelease>>(), sp.GetRequiredService<Importer<OewsRelease>>()));
        services.AddSingleton<IImporter>(sp => sp.GetRequiredService<Importer<CpiSeries>>());
        services.AddSingleton<IImporter>(sp => sp.GetRequiredService<Importer<OnetRelease>>());
        // Before OEWS, whose reader takes every other workbook.
        services.AddSingleton(new Importer<ProjectionsRelease>(new ProjectionsReader(), new ProjectionsMapper()));
        services.AddSingleton<IImporter>(sp => sp.GetRequiredService<Importer<ProjectionsRelease>>());
        services.AddSingleton<IImporter>(sp => sp.GetRequiredService<Importer<OewsRelease>>());
        services.AddSingleton<IImporter>(sp => sp.GetRequiredService<Importer<SeedUnit>>());
        services.AddSingleton<IImporter>(sp => new Importer<SeedUnit>(new SalaryCsv(), new SeedMapper(sp.GetRequiredService<TimeProvider>())));
        services.AddScoped<ImportPipeline>();
        services.AddScoped<UploadImportService>();
        return services;
    }
}
