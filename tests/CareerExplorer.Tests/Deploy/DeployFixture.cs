using System.Net;
using System.Net.Sockets;
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
/// made by openssl (see <see cref="Deployment"/> and <see cref="NginxServer"/>). Only ports and paths are substituted. Chromium is there for the browser test.
/// </summary>
public sealed class DeployFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@example.org";
    public const int SignInPerMinute = 3;

    private readonly List<IAsyncDisposable> _processes = [];
    private NginxServer? _nginx;

    public string Root { get; } = Directory.CreateTempSubdirectory("careerexplorer-deploy-").FullName;
    public string PublishFolder => Deployment.PublishFolder;
    public string CertificatePath => Deployment.CertificatePath;
    public string KeyPath => Deployment.KeyPath;

    /// <summary>The app behind nginx (its own database), and its address when reached directly.</summary>
    public AppProcess ProxiedApp { get; private set; } = null!;
    public string ProxiedAppUrl { get; private set; } = "";
    /// <summary>nginx: https (the site) and plain http (the redirect).</summary>
    public string HttpsUrl => _nginx!.HttpsUrl;
    public string NginxHttpUrl => _nginx!.HttpUrl;

    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        BrowserFixture.RequireProgram(NginxServer.Program, "Debian's nginx package");
        BrowserFixture.RequireProgram(Deployment.OpenSsl, "Debian's openssl package");
        BrowserFixture.RequireChromium();
        await Deployment.ReadyAsync();

        // Trust exactly the proxy, not all of loopback, so that a forged header sent straight to
        // the app from another loopback address is seen to be ignored.
        (ProxiedApp, ProxiedAppUrl) = await StartAppAsync("proxied", new()
        {
            ["RateLimits__SignInPerMinute"] = SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
        });
        _nginx = await NginxServer.StartAsync(Path.Combine(Root, "nginx"), "nginx-careerexplorer.conf",
            ("proxy_pass http://127.0.0.1:5000;", $"proxy_pass http://127.0.0.1:{new Uri(ProxiedAppUrl).Port};"));

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await BrowserFixture.LaunchChromiumAsync(Playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        if (_nginx is not null)
            await _nginx.DisposeAsync();
        foreach (var p in _processes)
            await p.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    /// <summary>The service's environment (see <see cref="Deployment.ServiceEnvironment"/>) under this fixture's folder.</summary>
    public Dictionary<string, string> ServiceEnvironment(string name, IReadOnlyDictionary<string, string>? settings = null) =>
        Deployment.ServiceEnvironment(Root, name, settings);

    private Task<string>? _installedDatabase;

    /// <summary>
    /// A database as an operator's install has it: created, migrated, seeded and given its first
    /// admin by the published create-admin command, run once as a process; each app starts on a copy.
    /// </summary>
    private Task<string> InstalledDatabaseAsync() => _installedDatabase ??= Task.Run(async () =>
    {
        var environment = ServiceEnvironment("installed");
        await Deployment.CreateAdminAsync(environment, AdminEmail);
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

    /// <summary>
    /// A client with its own cookies (or <paramref name="cookies"/>, shared with other clients) that
    /// does not follow redirects, accepting the test certificate; with <paramref name="from"/>, its
    /// connections come from that loopback address.
    /// </summary>
    public static HttpClient Client(string baseUrl, string? from = null, CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = cookies ?? new CookieContainer(),
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
}
