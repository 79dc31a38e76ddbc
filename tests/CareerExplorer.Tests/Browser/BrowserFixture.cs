using System.Diagnostics;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareerExplorer.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// The real app on a loopback port with its own fresh database, and Debian's Chromium driven by
/// Playwright. The test run installs nothing: when Chromium or axe-core is missing, the fixture
/// fails at once with a message naming it; .ci/run installs both.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The app over the seed data, OEWS May 2023 and the whole O*NET release: pages at their real size.</summary>
    public CareerAppFactory App { get; } = new OfficialDataApp();
    public string BaseUrl { get; private set; } = "";
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string AxeScript { get; private set; } = "";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();
    public static string ArtifactFolder { get; } = Path.Combine(RepositoryRoot, "TestResults", "browser");

    public async Task InitializeAsync()
    {
        RequireChromium();
        AxeScript = await File.ReadAllTextAsync(RequireAxe());

        BaseUrl = App.StartOnLoopback();

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(Playwright);
    }

    /// <summary>Debian's Chromium, headless, as every browser test runs it.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ChromiumPath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    public async Task DisposeAsync()
    {
        foreach (var page in _sharedPages.Values)
            await page.Page.Context.DisposeAsync();
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A new browser context: its own cookies, desktop size unless told otherwise.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900, string? storageState = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            StorageState = storageState,
        });

    private readonly SemaphoreSlim _adminGate = new(1, 1);
    private string? _adminState;

    /// <summary>
    /// A new context already signed in as the shared page-check admin: the sign-in form is used
    /// once, through the real form, and its cookies are reused (tests that are about signing in
    /// sign in themselves).
    /// </summary>
    public async Task<IBrowserContext> NewAdminContextAsync(int width = 1280, int height = 900)
    {
        await _adminGate.WaitAsync();
        try
        {
            if (_adminState is null)
            {
                await using var first = await NewContextAsync();
                await SignInAsync(await first.NewPageAsync(), "page-check-admin@example.com");
                _adminState = await first.StorageStateAsync();
            }
        }
        finally
        {
            _adminGate.Release();
        }
        return await NewContextAsync(width, height, _adminState);
    }

    private readonly Dictionary<(bool Admin, int Width), CheckedPage> _sharedPages = [];

    /// <summary>
    /// One recording page per kind (anonymous or signed in, desktop or phone), reused by the
    /// page-by-page checks: the tests of a collection run one at a time, and a warm page is half
    /// the cost of a new context for each URL. Each navigation is a new document, with a new
    /// record of what the policy blocked; the console record is cleared here.
    /// </summary>
    public async Task<CheckedPage> SharedCheckedPageAsync(bool admin, int width = 1280, int height = 900)
    {
        if (!_sharedPages.TryGetValue((admin, width), out var page))
        {
            var context = admin ? await NewAdminContextAsync(width, height) : await NewContextAsync(width, height);
            _sharedPages[(admin, width)] = page = await NewCheckedPageAsync(context);
        }
        page.Console.Clear();
        return page;
    }

    private const string RecordCspViolations =
        "document.addEventListener('securitypolicyviolation', e => (window.__csp = window.__csp || []).push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at line ' + e.lineNumber));";

    /// <summary>
    /// A page of the context that records what the real Content-Security-Policy blocks (the page's
    /// own events and Chromium's console errors); <see cref="AssertNoCspViolationsAsync"/> reads them.
    /// </summary>
    public static async Task<CheckedPage> NewCheckedPageAsync(IBrowserContext context)
    {
        await context.AddInitScriptAsync(RecordCspViolations);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                console.Add(message.Text);
        };
        return new CheckedPage(page, console);
    }

    /// <summary>A blocked inline style or script is invisible in the HTML tests; the browser reports it.</summary>
    public static async Task AssertNoCspViolationsAsync(CheckedPage checkedPage)
    {
        var (page, console) = checkedPage;
        await page.WaitForLoadStateAsync(LoadState.Load);
        var reported = await page.EvaluateAsync<System.Text.Json.JsonElement>("() => window.__csp || []");
        var all = reported.EnumerateArray().Select(v => v.GetString()!).Concat(console).ToList();
        Assert.True(all.Count == 0, $"{page.Url}:\n" + string.Join("\n", all));
    }

    /// <summary>Runs axe-core on the page as it is now (evaluated by the driver, so the policy need not be bypassed): no serious or critical violation.</summary>
    public async Task AssertNoSeriousAxeViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(AxeScript);
        var violations = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
            }
            """);
        var list = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(list.Count == 0, $"{page.Url}:\n" + string.Join("\n", list));
    }

    /// <summary>Signs in through the real form as an admin (created when missing).</summary>
    public async Task SignInAsync(IPage page, string email)
    {
        await App.EnsureUserAsync(email, admin: true);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AdminSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Admin");
    }

    public static async Task ScreenshotAsync(IPage page, string journey, string step)
    {
        var folder = Path.Combine(ArtifactFolder, journey);
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, step + ".png"), FullPage = true });
    }

    internal static void RequireChromium() => RequireProgram(ChromiumPath, "Debian's chromium package");

    /// <summary>
    /// The test run installs nothing: a missing part fails the fixture at once, naming it and what
    /// installs it.
    /// </summary>
    internal static void RequireProgram(string program, string what)
    {
        if (!File.Exists(program))
            throw new InvalidOperationException($"These tests need {program} ({what}), which is missing. .ci/run installs it (as root).");
    }

    private static string RequireAxe()
    {
        var folder = Path.Combine(RepositoryRoot, "tests", "CareerExplorer.Tests", "Browser");
        var axe = Path.Combine(folder, "node_modules", "axe-core", "axe.min.js");
        RequireProgram(axe, $"axe-core from npm: `npm ci` in {folder}");
        return axe;
    }

    internal static async Task<string> RunAsync(string file, string arguments, string directory)
    {
        var info = new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`{file} {arguments}` failed ({process.ExitCode}): {await error}{await output}");
        return await output + await error;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerExplorer.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (CareerExplorer.sln) above " + AppContext.BaseDirectory);
    }
}

/// <summary>A page and the Content-Security-Policy errors its console has reported so far.</summary>
public sealed record CheckedPage(IPage Page, List<string> Console);
