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

    public CareerAppFactory App { get; } = new();
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
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A new browser context: its own cookies, desktop size unless told otherwise.</summary>
    public Task<IBrowserContext> NewContextAsync(bool bypassCsp = false, int width = 1280, int height = 900) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = bypassCsp, // only for injecting axe-core; pages themselves need no inline script
            AcceptDownloads = true,
        });

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
