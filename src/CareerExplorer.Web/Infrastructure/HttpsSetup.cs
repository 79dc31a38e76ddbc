using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>
/// How the app learns it is served over HTTPS, and what it refuses when it is not:
/// - behind a TLS proxy (nginx): X-Forwarded-For/-Proto/-Host, honoured only from trusted proxies
///   (loopback unless ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks say otherwise);
/// - with a Kestrel certificate (Kestrel:Endpoints:Https): plain http is redirected to it;
/// - neither, in Production: public pages work, but sign-in and the admin pages answer 403 with an
///   explanation, because a password or a sign-in cookie would cross the network unencrypted.
///   Auth:AllowSignInOverHttp=true allows it on a closed network, with a warning at start.
/// </summary>
public static class HttpsSetup
{
    public const string AllowSignInOverHttpKey = "Auth:AllowSignInOverHttp";
    public const string HttpsRequiredPath = "/HttpsRequired";

    /// <summary>Paths that carry a password or a sign-in cookie.</summary>
    private static readonly PathString[] SignedInPaths = ["/Account", "/Admin"];

    /// <summary>
    /// Outside Development and the tests' Testing environment, sign-in needs HTTPS (and the auth
    /// cookie is Secure), unless the closed-network setting is on.
    /// </summary>
    public static bool SignInNeedsHttps(IConfiguration configuration, IHostEnvironment environment) =>
        !environment.IsDevelopment() && !environment.IsEnvironment("Testing") && !configuration.GetValue<bool>(AllowSignInOverHttpKey);

    public static IServiceCollection AddCareerHttps(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Addresses(configuration, "ForwardedHeaders:KnownProxies", IPAddress.Parse);
        var networks = Addresses(configuration, "ForwardedHeaders:KnownNetworks", IPNetwork.Parse);
        // AllowedHosts applies to the Host header (host filtering); the same list applies to the
        // forwarded host, so a proxy cannot pass on a host the app would refuse.
        var allowedHosts = (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = 1; // one proxy: the address it saw is the last one in X-Forwarded-For
            // Configured proxies replace the loopback default, so trusting loopback is a choice.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            if (proxies.Count == 0 && networks.Count == 0)
            {
                o.KnownIPNetworks.Add(new IPNetwork(IPAddress.Loopback, 8));
                o.KnownProxies.Add(IPAddress.IPv6Loopback);
            }
            foreach (var p in proxies)
                o.KnownProxies.Add(p);
            foreach (var n in networks)
                o.KnownIPNetworks.Add(n);
            o.AllowedHosts = allowedHosts.Contains("*") ? [] : allowedHosts;
        });
        return services;
    }

    /// <summary>First in the pipeline: every later step sees the client's scheme, address and host.</summary>
    public static WebApplication UseCareerForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    /// <summary>
    /// Redirects plain http to https only when the app serves https itself. Without an https
    /// endpoint (plain http, or behind a proxy) UseHttpsRedirection could only log that it found
    /// no port, so it is left out.
    /// </summary>
    public static WebApplication UseCareerHttpsRedirection(this WebApplication app)
    {
        if (ServesHttps(app.Configuration))
            app.UseHttpsRedirection();
        return app;
    }

    /// <summary>
    /// Over plain http, where sign-in needs HTTPS, requests for the sign-in and admin pages get the
    /// 403 page that explains how to set HTTPS up. Logs how sign-in is set up, once, at start.
    /// </summary>
    public static WebApplication UseCareerSignInTransport(this WebApplication app)
    {
        if (!SignInNeedsHttps(app.Configuration, app.Environment))
        {
            if (app.Configuration.GetValue<bool>(AllowSignInOverHttpKey))
                app.Logger.LogWarning(
                    "{Setting}=true: admins can sign in over plain http, so their passwords and sign-in cookies cross the network unencrypted. Use this only on a closed network.",
                    AllowSignInOverHttpKey);
            return app;
        }
        if (!ServesHttps(app.Configuration))
            app.Logger.LogInformation(
                "Sign-in and the admin pages need HTTPS: serve the app behind a TLS proxy that sets X-Forwarded-Proto (trusted proxies: ForwardedHeaders:KnownProxies, loopback by default), or give Kestrel a certificate (Kestrel:Endpoints:Https). Over plain http they answer 403.");
        app.Use(async (context, next) =>
        {
            if (context.Request.IsHttps || !SignedInPaths.Any(p => context.Request.Path.StartsWithSegments(p)))
            {
                await next(context);
                return;
            }
            // Re-executed like an error page: the original path stays in the request log.
            var original = context.Request.Path;
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Request.Path = HttpsRequiredPath;
            try
            {
                await next(context);
            }
            finally
            {
                context.Request.Path = original;
            }
        });
        return app;
    }

    /// <summary>True when Kestrel is configured to listen on https (endpoints, URLs or an https port).</summary>
    internal static bool ServesHttps(IConfiguration configuration) =>
        configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(e => IsHttps(e["Url"]))
        || (configuration["urls"] ?? "").Split(';').Any(IsHttps)
        || !string.IsNullOrEmpty(configuration["https_port"] ?? configuration["HTTPS_PORT"]);

    private static bool IsHttps(string? url) => url?.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>A list setting, as a configuration array (KnownProxies:0, ...) or one comma-separated value.</summary>
    private static List<T> Addresses<T>(IConfiguration configuration, string key, Func<string, T> parse)
    {
        var section = configuration.GetSection(key);
        var values = section.Value is { } single
            ? single.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)
            : section.GetChildren().Select(c => c.Value ?? "").ToArray();
        var parsed = new List<T>();
        foreach (var value in values.Select(v => v.Trim()).Where(v => v.Length > 0))
        {
            try
            {
                parsed.Add(parse(value));
            }
            catch (FormatException)
            {
                throw new InvalidOperationException($"{key}: '{value}' is not {(typeof(T) == typeof(IPAddress) ? "an IP address" : "a network in CIDR form, e.g. 10.0.0.0/8")}.");
            }
        }
        return parsed;
    }
}
