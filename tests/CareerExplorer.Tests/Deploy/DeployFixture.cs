using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;
using CareerExplorer.Tests.Browser;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareerExplorer.Tests.Deploy;

[CollectionDefinition(Name)]
public sealed class DeployCollection : ICollectionFixture<DeployFixture>
{
    public const string Name = "Deploy";
}

/// <summary>
/// Production as the README deploys it, with the real parts: the app published once per test run
/// (the build under test), started as a process with the environment of src/deploy/careerexplorer.service,
/// behind a real nginx running src/deploy/nginx-careerexplorer.conf with a self-signed certificate
/// made by openssl. Only ports and paths are substituted. Chromium is there for the browser test.
/// </summary>
public sealed partial class DeployFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@example.org";
    public const string Nginx = "/usr/sbin/nginx";
    public const string OpenSsl = "/usr/bin/openssl";
    public const int SignInPerMinute = 3;

    private readonly List<IAsyncDisposable> _processes = [];
    private Process? _nginx;

    public string Root { get; } = Directory.CreateTempSubdirectory("careerexplorer-deploy-").FullName;
    public string PublishFolder => Path.Combine(Root, "app");
    public string CertificatePath => Path.Combine(Root, "tls", "cert.pem");
    public string KeyPath => Path.Combine(Root, "tls", "key.pem");
    public static string DeployFolder => Path.Combine(BrowserFixture.RepositoryRoot, "src", "deploy");

    /// <summary>The app behind nginx (its own database), and its address when reached directly.</summary>
    public AppProcess ProxiedApp { get; private set; } = null!;
    public string ProxiedAppUrl { get; private set; } = "";
    /// <summary>nginx: https (the site) and plain http (the redirect).</summary>
    public string HttpsUrl { get; private set; } = "";
    public string NginxHttpUrl { get; private set; } = "";

    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        BrowserFixture.RequireProgram(Nginx, "Debian's nginx package");
        BrowserFixture.RequireProgram(OpenSsl, "Debian's openssl package");
        BrowserFixture.RequireChromium();

        // The build under test, laid out by dotnet publish as an operator gets it. --no-build: the
        // test run has just compiled the app; compiling it again in Release would be most of this
        // fixture's time, and the app has no configuration-specific code.
        var configuration = typeof(DeployFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        await BrowserFixture.RunAsync("dotnet", $"publish \"{Path.Combine(BrowserFixture.RepositoryRoot, "src", "CareerExplorer.Web")}\" -c {configuration} --no-build -o \"{PublishFolder}\" --nologo", BrowserFixture.RepositoryRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(CertificatePath)!);
        await BrowserFixture.RunAsync(OpenSsl,
            $"req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout \"{KeyPath}\" -out \"{CertificatePath}\"", Root);

        // Trust exactly the proxy, not all of loopback, so that a forged header sent straight to
        // the app from another loopback address is seen to be ignored.
        (ProxiedApp, ProxiedAppUrl) = await StartAppAsync("proxied", new()
        {
            ["RateLimits__SignInPerMinute"] = SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
        });
        await StartNginxAsync(new Uri(ProxiedAppUrl).Port);

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await BrowserFixture.LaunchChromiumAsync(Playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }
        _nginx?.Dispose();
        foreach (var p in _processes)
            await p.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    /// <summary>
    /// The environment of src/deploy/careerexplorer.service, with its paths moved under this run's
    /// folder and the app on a free loopback port; then the given settings on top (an empty value
    /// removes a variable).
    /// </summary>
    public Dictionary<string, string> ServiceEnvironment(string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        var unit = File.ReadAllText(Path.Combine(DeployFolder, "careerexplorer.service"));
        var state = Path.Combine(Root, name, "var");
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

    private Task<string>? _installedDatabase;

    /// <summary>
    /// A database as an operator's install has it: created, migrated, seeded and given its first
    /// admin by the published create-admin command, run once as a process; each app starts on a copy.
    /// </summary>
    private Task<string> InstalledDatabaseAsync() => _installedDatabase ??= Task.Run(async () =>
    {
        var environment = ServiceEnvironment("installed");
        var created = await AppProcess.RunAsync(PublishFolder, environment, "create-admin", "--email", AdminEmail);
        Assert.True(created.Code == 0, created.Output);
        return environment["ConnectionStrings__Default"]["Data Source=".Length..];
    });

    /// <summary>Starts the published server as a process, on a copy of the installed database.</summary>
    public async Task<(AppProcess App, string Url)> StartAppAsync(string name, Dictionary<string, string>? settings = null)
    {
        var environment = ServiceEnvironment(name, settings);
        var installed = await InstalledDatabaseAsync();
        var database = environment["ConnectionStrings__Default"]["Data Source=".Length..];
        File.Copy(installed, database);
        if (File.Exists(installed + "-wal"))
            File.Copy(installed + "-wal", database + "-wal");
        var app = AppProcess.Start(AppProcess.Info(PublishFolder, environment));
        _processes.Add(app);
        var url = await app.ListeningAsync.WaitAsync(TimeSpan.FromMinutes(1));
        return (app, url.TrimEnd('/'));
    }

    private async Task StartNginxAsync(int appPort)
    {
        var prefix = Path.Combine(Root, "nginx");
        Directory.CreateDirectory(prefix);
        var (httpsPort, httpPort) = (FreePort(), FreePort());
        var site = await File.ReadAllTextAsync(Path.Combine(DeployFolder, "nginx-careerexplorer.conf"));
        foreach (var (from, to) in new[]
        {
            ("listen 80;", $"listen 127.0.0.1:{httpPort};"),
            ("listen 443 ssl;", $"listen 127.0.0.1:{httpsPort} ssl;"),
            ("/etc/ssl/careerexplorer/fullchain.pem", CertificatePath),
            ("/etc/ssl/careerexplorer/privkey.pem", KeyPath),
            ("proxy_pass http://127.0.0.1:5000;", $"proxy_pass http://127.0.0.1:{appPort};"),
        })
        {
            Assert.True(site.Contains(from, StringComparison.Ordinal), $"nginx-careerexplorer.conf no longer has '{from}'");
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
                access_log {{prefix}}/access.log;
                client_body_temp_path {{prefix}}/client_body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                include {{prefix}}/careerexplorer.conf;
            }
            """);
        var arguments = $"-p \"{prefix}/\" -c \"{prefix}/nginx.conf\"";
        await BrowserFixture.RunAsync(Nginx, "-t " + arguments, prefix);
        var info = new ProcessStartInfo(Nginx, arguments) { WorkingDirectory = prefix, RedirectStandardOutput = true, RedirectStandardError = true };
        _nginx = Process.Start(info)!;
        HttpsUrl = $"https://127.0.0.1:{httpsPort}";
        NginxHttpUrl = $"http://127.0.0.1:{httpPort}";
        // Ready when it accepts connections (a bounded wait for the start, not a timed assertion).
        for (var i = 0; ; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, httpsPort);
                break;
            }
            catch (SocketException) when (i < 100 && !_nginx.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A client with its own cookies that does not follow redirects, accepting the test
    /// certificate; with <paramref name="from"/>, its connections come from that loopback address.
    /// </summary>
    public static HttpClient Client(string baseUrl, string? from = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = new CookieContainer(),
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        };
        if (from is not null)
        {
            handler.ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(from), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }
        return new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
    }

    public HttpClient Client(string? from = null) => Client(HttpsUrl, from);

    /// <summary>Signs in through the real form; the answer to the post.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = AdminSession.Password)
    {
        var login = await client.GetDocumentAsync("/Account/Login");
        return await client.SubmitAsync(login.Form(), new Dictionary<string, string?> { ["Form.Email"] = email, ["Form.Password"] = password });
    }

    [GeneratedRegex("""^Environment="?(?<name>[A-Za-z0-9_]+)=(?<value>[^"\r\n]*)"?\s*$""", RegexOptions.Multiline)]
    private static partial Regex EnvironmentLine();
}
