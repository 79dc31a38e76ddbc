using System.Text.Json;
using Microsoft.Playwright;

namespace CareerExplorer.Tests.Browser;

/// <summary>
/// Every page under the real Content-Security-Policy in real Chromium: nothing is blocked. A
/// blocked inline style or script is invisible in the HTML tests; the browser reports it.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ContentSecurityPolicyTests(BrowserFixture browser)
{
    private const string RecordViolations =
        "document.addEventListener('securitypolicyviolation', e => (window.__csp = window.__csp || []).push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at line ' + e.lineNumber));";

    private async Task<(IPage Page, List<string> Console)> OpenAsync(IBrowserContext context)
    {
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                console.Add(message.Text);
        };
        return (page, console);
    }

    private static async Task AssertNoViolationsAsync(IPage page, List<string> console)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var reported = await page.EvaluateAsync<JsonElement>("() => window.__csp || []");
        var all = reported.EnumerateArray().Select(v => v.GetString()!).Concat(console).ToList();
        Assert.True(all.Count == 0, $"{page.Url}:\n" + string.Join("\n", all));
    }

    [Theory]
    [MemberData(nameof(AccessibilityTests.PublicPages), MemberType = typeof(AccessibilityTests))]
    public async Task PublicPage_BreaksNoContentSecurityPolicyRule(string url)
    {
        await using var context = await browser.NewContextAsync();
        var (page, console) = await OpenAsync(context);
        await page.GotoAsync(url);
        await AssertNoViolationsAsync(page, console);
    }

    [Theory]
    [MemberData(nameof(AccessibilityTests.AdminPages), MemberType = typeof(AccessibilityTests))]
    public async Task AdminPage_BreaksNoContentSecurityPolicyRule(string url)
    {
        await using var context = await browser.NewContextAsync();
        var (page, console) = await OpenAsync(context);
        await browser.SignInAsync(page, "csp-admin@example.com");
        await page.GotoAsync(url);
        await AssertNoViolationsAsync(page, console);
    }

    [Theory]
    [InlineData("/Admin/SalaryFigures/Edit", "Save")]
    [InlineData("/Admin/Roles/Edit", "Save")]
    public async Task FormWithErrors_BreaksNoContentSecurityPolicyRule(string url, string button)
    {
        await using var context = await browser.NewContextAsync();
        var (page, console) = await OpenAsync(context);
        await browser.SignInAsync(page, "csp-admin@example.com");
        await page.GotoAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).First.ClickAsync();
        await page.Locator(".error-summary, .field-error:not(:empty)").First.WaitForAsync();
        await AssertNoViolationsAsync(page, console);
    }

    [Fact]
    public async Task ImportPreviewWithProblems_BreaksNoContentSecurityPolicyRule()
    {
        await using var context = await browser.NewContextAsync();
        var (page, console) = await OpenAsync(context);
        await browser.SignInAsync(page, "csp-admin@example.com");
        await page.GotoAsync("/Admin/Import");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "figures.csv", MimeType = "text/csv", Buffer = "role,statistic\nx,y\n"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();
        await page.Locator("table.import-problems").WaitForAsync();
        await AssertNoViolationsAsync(page, console);
    }
}
