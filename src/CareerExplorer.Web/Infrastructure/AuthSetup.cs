using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>Admin accounts: Identity over the app's database, a cookie, lockout and rate limits.</summary>
public static class AuthSetup
{
    public const string AdminRole = Services.Admin.AdminAccountService.AdminRole;
    public const string AdminPolicy = "Admin";
    public const string SignInRateLimit = "sign-in";
    public const string ImportRateLimit = "import";
    /// <summary>Searches the output cache could not answer, per client (see <see cref="CacheKeys.SearchText"/>).</summary>
    public const string SearchRateLimit = "search";

    public static IServiceCollection AddCareerAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditUser, HttpAuditUser>();

        services.AddIdentityCore<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Auth:MaxFailedAccessAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CareerDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // The keys that sign cookies and antiforgery tokens. Without a folder they live in the
        // user's profile, or only in memory for a service account without a home, and then every
        // restart signs everyone out.
        // On PostgreSQL they are in the database, so a sign-in or a form made on one instance is
        // valid on every other.
        if (configuration["DataProtection:KeysFolder"] is { Length: > 0 } keys)
            services.AddDataProtection().SetApplicationName("CareerExplorer").PersistKeysToFileSystem(new DirectoryInfo(keys));
        else if (DatabaseEngine.Parse(configuration["Database:Provider"]) == DatabaseProvider.PostgreSQL)
            services.AddDataProtection().SetApplicationName("CareerExplorer").PersistKeysToDbContext<CareerDbContext>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "careerexplorer.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = HttpsSetup.SignInNeedsHttps(configuration, environment)
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A signed-in user without the Admin role gets a plain 403 (and the friendly 403 page),
            // not a redirect to a sign-in form they have already passed.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Every signed-in request checks the account's security stamp and rebuilds its roles from
        // the database: signing out, or losing the Admin role, ends every session at once rather
        // than within Identity's default 30 minutes. One small query per admin request; public
        // pages carry no cookie and pay nothing.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, p => p.RequireAuthenticatedUser().RequireRole(AdminRole));

        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var importsPerMinute = configuration.GetValue("RateLimits:ImportsPerMinute", 20);
        var searchesPerMinute = configuration.GetValue("RateLimits:SearchPerMinute", 120);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Every request passes, but only searches count: the pipeline runs the limiter after the
            // output cache, so a cached search never reaches it and is never limited.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => CacheKeys.SearchText(context) is null
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(SearchRateLimit + ":" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = searchesPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = (rejected, ct) =>
            {
                var http = rejected.HttpContext;
                var limited = new SearchRateLimited(rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
                    ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60);
                http.Response.Headers.RetryAfter = limited.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                if (CacheKeys.SearchText(http) is null)
                    return ValueTask.CompletedTask; // sign-in and imports: the plain 429 page
                // A page gets the site's 429 page, which reads this (UseStatusCodePagesWithReExecute); the API a problem body.
                if (http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
                {
                    http.Features.Set(limited);
                    return ValueTask.CompletedTask;
                }
                return new ValueTask(http.Response.WriteAsJsonAsync(new Api.ProblemDetailsLite(StatusCodes.Status429TooManyRequests, "Too many searches", limited.Message),
                    options: null, contentType: "application/problem+json", ct));
            };
            // Only attempts count: reading the sign-in form is free.
            o.AddPolicy(SignInRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("get")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(ImportRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("get")
                : RateLimitPartition.GetFixedWindowLimiter(context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = importsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }
}

/// <summary>Set on a search the rate limit refused, for its 429 page.</summary>
public sealed record SearchRateLimited(int RetryAfterSeconds)
{
    public string Message => $"Too many searches: try again in {RetryAfterSeconds} {(RetryAfterSeconds == 1 ? "second" : "seconds")}.";
}
