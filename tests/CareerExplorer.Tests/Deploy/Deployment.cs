using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;
using CareerExplorer.Tests.Browser;
using CareerExplorer.Tests.Infrastructure;

namespace CareerExplorer.Tests.Deploy;

/// <summary>
/// What every deploy fixture starts from, made once per test run: the app as dotnet publish lays it
/// out (the build under test), a self-signed certificate made by openssl, and the environment of
/// src/deploy/careerexplorer.service.
/// </summary>
public static partial class Deployment
{
    public const string OpenSsl = "/usr/bin/openssl";

    /// <summary>
    /// In the test output (bin/), not a temporary folder: the fixtures of a run share it, so no one
    /// fixture may delete it; the next run's first fixture replaces it.
    /// </summary>
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "deploy");
    private static readonly Lazy<Task> Made = new(MakeAsync);

    public static string DeployFolder => Path.Combine(BrowserFixture.RepositoryRoot, "src", "deploy");
    public static string PublishFolder => Path.Combine(Root, "app");
    public static string CertificatePath => Path.Combine(Root, "tls", "cert.pem");
    public static string KeyPath => Path.Combine(Root, "tls", "key.pem");

    /// <summary>Kestrel listening on plain http (for nginx) and on https with the test certificate (to be reached directly).</summary>
    public static Dictionary<string, string> KestrelHttpAndHttps => new()
    {
        ["ASPNETCORE_URLS"] = "", // removed: the endpoints below say where to listen
        ["Kestrel__Endpoints__Http__Url"] = "http://127.0.0.1:0",
        ["Kestrel__Endpoints__Https__Url"] = "https://127.0.0.1:0",
        ["Kestrel__Endpoints__Https__Certificate__Path"] = CertificatePath,
        ["Kestrel__Endpoints__Https__Certificate__KeyPath"] = KeyPath,
    };

    /// <summary>Publishes the app and makes the certificate, the first time it is asked.</summary>
    public static Task ReadyAsync() => Made.Value;

    private static async Task MakeAsync()
    {
        BrowserFixture.RequireProgram(OpenSsl, "Debian's openssl package");
        // --no-build: the test run has just compiled the app; compiling it again in Release would be
        // most of the deploy tests' time, and the app has no configuration-specific code.
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true); // the last run's
        var configuration = typeof(Deployment).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        await BrowserFixture.RunAsync("dotnet", $"publish \"{Path.Combine(BrowserFixture.RepositoryRoot, "src", "CareerExplorer.Web")}\" -c {configuration} --no-build -o \"{PublishFolder}\" --nologo", BrowserFixture.RepositoryRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(CertificatePath)!);
        await BrowserFixture.RunAsync(OpenSsl,
            $"req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout \"{KeyPath}\" -out \"{CertificatePath}\"", Root);
    }

    /// <summary>
    /// The environment of src/deploy/careerexplorer.service, with its paths moved under
    /// <paramref name="root"/>/<paramref name="name"/> and the app on a free loopback port; then the
    /// given settings on top (an empty value removes a variable).
    /// </summary>
    public static Dictionary<string, string> ServiceEnvironment(string root, string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        var unit = File.ReadAllText(Path.Combine(DeployFolder, "careerexplorer.service"));
        var state = Path.Combine(root, name, "var");
        Directory.CreateDirectory(state);
        var environment = new Dictionary<string, string>();
        foreach (Match m in EnvironmentLine().Matches(unit))
        {
            var value = m.Groups["value"].Value.Replace("/var/lib/careerexplorer", state).Replace("127.0.0.1:5000", "127.0.0.1:0");
            environment[m.Groups["name"].Value] = value;
        }
        Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal($"Data Source={state}/careerexplorer.db", environment["ConnectionStrings__Default"]);
        Assert.Equal("http://127.0.0.1:0", environment["ASPNETCORE_URLS"]);
        environment["CAREEREXPLORER_ADMIN_PASSWORD"] = AdminSession.Password;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            if (value.Length == 0)
                environment.Remove(key);
            else
                environment[key] = value;
        }
        return environment;
    }

    /// <summary>Runs the published create-admin command as a process, with the given environment.</summary>
    public static async Task CreateAdminAsync(IReadOnlyDictionary<string, string> environment, string email)
    {
        var created = await AppProcess.RunAsync(PublishFolder, environment, "create-admin", "--email", email);
        Assert.True(created.Code == 0, created.Output);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("""^Environment="?(?<name>[A-Za-z0-9_]+)=(?<value>[^"\r\n]*)"?\s*$""", RegexOptions.Multiline)]
    private static partial Regex EnvironmentLine();
}

/// <summary>
/// A real nginx running a site file of src/deploy, with only ports and paths substituted: an https
/// server with the test certificate and the plain-http redirect, each on a free loopback port. The
/// access log names the instance (upstream) that answered each request.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    public const string Program = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _prefix;

    private NginxServer(Process process, string prefix, int httpsPort, int httpPort)
    {
        (_process, _prefix) = (process, prefix);
        HttpsUrl = $"https://127.0.0.1:{httpsPort}";
        HttpUrl = $"http://127.0.0.1:{httpPort}";
    }

    /// <summary>The site, over https.</summary>
    public string HttpsUrl { get; }
    /// <summary>Plain http: the redirect.</summary>
    public string HttpUrl { get; }

    /// <summary>One line per request: <c>"GET /path HTTP/1.1" status upstream</c>.</summary>
    public string[] AccessLog() => File.ReadAllLines(Path.Combine(_prefix, "access.log"));

    /// <summary>
    /// Starts nginx in <paramref name="prefix"/> on the site file, with these substitutions (where the
    /// app listens) besides the ports and certificate; every text substituted must be in the file.
    /// </summary>
    public static async Task<NginxServer> StartAsync(string prefix, string siteFile, params (string From, string To)[] substitutions)
    {
        BrowserFixture.RequireProgram(Program, "Debian's nginx package");
        Directory.CreateDirectory(prefix);
        var (httpsPort, httpPort) = (Deployment.FreePort(), Deployment.FreePort());
        var site = await File.ReadAllTextAsync(Path.Combine(Deployment.DeployFolder, siteFile));
        foreach (var (from, to) in new[]
        {
            ("listen 80;", $"listen 127.0.0.1:{httpPort};"),
            ("listen 443 ssl;", $"listen 127.0.0.1:{httpsPort} ssl;"),
            ("/etc/ssl/careerexplorer/fullchain.pem", Deployment.CertificatePath),
            ("/etc/ssl/careerexplorer/privkey.pem", Deployment.KeyPath),
        }.Concat(substitutions))
        {
            Assert.True(site.Contains(from, StringComparison.Ordinal), $"{siteFile} no longer has '{from}'");
            site = site.Replace(from, to, StringComparison.Ordinal);
        }
        await File.WriteAllTextAsync(Path.Combine(prefix, "careerexplorer.conf"), site);
        // The main file a Debian nginx would have, reduced to what a test needs; the site is included as is.
        var user = Environment.UserName == "root" ? "user root;\n" : "";
        await File.WriteAllTextAsync(Path.Combine(prefix, "nginx.conf"), $$"""
            {{user}}daemon off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log info;
            events { worker_connections 128; }
            http {
                log_format upstream '"$request" $status $upstream_addr';
                access_log {{prefix}}/access.log upstream;
                client_body_temp_path {{prefix}}/client_body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                include {{prefix}}/careerexplorer.conf;
            }
            """);
        var arguments = $"-p \"{prefix}/\" -c \"{prefix}/nginx.conf\"";
        await BrowserFixture.RunAsync(Program, "-t " + arguments, prefix);
        var info = new ProcessStartInfo(Program, arguments) { WorkingDirectory = prefix, RedirectStandardOutput = true, RedirectStandardError = true };
        var nginx = new NginxServer(Process.Start(info)!, prefix, httpsPort, httpPort);
        // Ready when it accepts connections (a bounded wait for the start, not a timed assertion).
        for (var i = 0; ; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, httpsPort);
                break;
            }
            catch (SocketException) when (i < 100 && !nginx._process.HasExited)
            {
                await Task.Delay(100);
            }
        }
        return nginx;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
