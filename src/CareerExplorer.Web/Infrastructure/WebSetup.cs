using CareerExplorer.Web.Api;
using CareerExplorer.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;

namespace CareerExplorer.Web.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddCareerWeb(this IServiceCollection services, IHostEnvironment environment)
    {
        // A 10,000-character search is a page (the query is cut to 100 characters), not a bare
        // 414 from the server: request lines up to 64 KB are read. nginx needs the same
        // (large_client_header_buffers in src/deploy/nginx-careerexplorer.conf).
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestLineSize = 64 * 1024;
            o.Limits.MaxRequestHeadersTotalSize = 96 * 1024;
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "careerexplorer.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = environment.IsDevelopment() || environment.IsEnvironment("Testing")
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", AuthSetup.AdminPolicy);
            o.Conventions.AddFolderApplicationModelConvention("/Admin", model => model.Filters.Add(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(Pages.Admin.DatabaseRefusalFilter))));
        });
        services.AddOpenApi();
        services.AddScoped<Pages.Admin.DatabaseRefusalFilter>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static WebApplication UseCareerPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseSerilogRequestLogging();
        app.UseRouting();
        app.UseDeclaredSizeCheck();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseHtmlWhitespaceTrim(); // after the cache: cached pages are stored trimmed
        return app;
    }

    public static WebApplication MapCareerEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets().CacheOutput(CachingSetup.PublicPolicy);
        app.MapHealthChecks("/health");
        app.MapCareerApi();
        app.MapOpenApi(); // /openapi/v1.json
        return app;
    }
}

/// <summary>Healthy when the database answers a real query, not merely when a file can be opened.</summary>
public sealed class DatabaseHealthCheck(CareerDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await db.Roles.AnyAsync(ct);
            return HealthCheckResult.Healthy("The database answers.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
