using CareerExplorer.Web.Api;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;

namespace CareerExplorer.Web.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddCareerWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCareerHttps(configuration);
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
            // Secure on every https request. Not Always: with Always, making a form's token on a
            // plain-http request throws (a 500). Over plain http in Production no page with a
            // form is served anyway (see HttpsSetup), and the auth cookie stays Always.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", AuthSetup.AdminPolicy);
            o.Conventions.AddFolderApplicationModelConvention("/Admin", model => model.Filters.Add(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(DatabaseRefusalFilter))));
        });
        services.AddOpenApi();
        services.AddScoped<DatabaseRefusalFilter>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static WebApplication UseCareerPipeline(this WebApplication app)
    {
        app.UseCareerForwardedHeaders(); // first: everything after sees the client's scheme, address and host
        app.UseFirstResponseSignal(); // the bundled-data import waits for the first page
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        app.UseCareerHttpsRedirection();
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for {ClientAddress}";
            o.EnrichDiagnosticContext = (diagnostics, context) =>
                diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        });
        app.UseCareerSignInTransport();
        app.UseRouting();
        app.UseDeclaredSizeCheck();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseRateLimiter(); // after the cache: a cached answer costs nothing and is never limited
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
