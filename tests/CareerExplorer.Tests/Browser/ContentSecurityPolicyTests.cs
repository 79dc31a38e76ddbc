using Microsoft.Playwright;

namespace CareerExplorer.Tests.Browser;

/// <summary>
/// Forms after a round trip, under the real Content-Security-Policy in real Chromium: nothing is
/// blocked. (Every page as first served is checked for the same in <see cref="AccessibilityTests"/>,
/// on the same visit as axe-core.)
/// </summary>
[Collection(BrowserCollection.Name)]
public class ContentSecurityPolicyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/Admin/SalaryFigures/Edit", "Save")]
    [InlineData("/Admin/Roles/Edit", "Save")]
    public async Task FormWithErrors_BreaksNoContentSecurityPolicyRule(string url, string button)
    {
        await using var context = await browser.NewAdminContextAsync();
        var page = await BrowserFixture.NewCheckedPageAsync(context);
        await page.Page.GotoAsync(url);
        await page.Page.GetByRole(AriaRole.Button, new() { Name = button }).First.ClickAsync();
        await page.Page.Locator(".error-summary, .field-error:not(:empty)").First.WaitForAsync();
        await BrowserFixture.AssertNoCspViolationsAsync(page);
    }

    [Fact]
    public async Task ImportPreviewWithProblems_BreaksNoContentSecurityPolicyRule()
    {
        await using var context = await browser.NewAdminContextAsync();
        var page = await BrowserFixture.NewCheckedPageAsync(context);
        await page.Page.GotoAsync("/Admin/Import");
        await page.Page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "figures.csv", MimeType = "text/csv", Buffer = "role,statistic\nx,y\n"u8.ToArray() });
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();
        await page.Page.Locator("table.import-problems").WaitForAsync();
        await BrowserFixture.AssertNoCspViolationsAsync(page);
    }
}
