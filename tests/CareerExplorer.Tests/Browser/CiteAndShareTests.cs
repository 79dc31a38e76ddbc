using Microsoft.Playwright;

namespace CareerExplorer.Tests.Browser;

/// <summary>
/// "Share and cite this page" in real Chromium: Copy link copies the page's address and says so in
/// the status line; without script the address is still there to select; axe-core finds nothing
/// serious with the citations open, on a desktop and on a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public class CiteAndShareTests(BrowserFixture browser)
{
    private const string Journey = "cite-share";

    /// <summary>A desktop context that may read and write the clipboard.</summary>
    private async Task<IBrowserContext> ClipboardContextAsync()
    {
        var context = await browser.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.BaseUrl });
        return context;
    }

    [Fact]
    public async Task RolePage_CopyLink_PutsTheAddressOnTheClipboardAndSaysLinkCopied()
    {
        await using var context = await ClipboardContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Roles/statisticians");

        var status = page.Locator("#share-status");
        Assert.Equal("", (await status.InnerTextAsync()).Trim());
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('share-status').textContent === 'Link copied'");

        Assert.Equal("status", await status.GetAttributeAsync("role"));
        Assert.Equal(browser.BaseUrl + "/Roles/statisticians", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.Equal(browser.BaseUrl + "/Roles/statisticians", await page.GetByLabel("Link to this page").InputValueAsync());
        await page.Locator("section.cite-share").ScrollIntoViewIfNeededAsync();
        await page.Locator("section.cite-share").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactFolder, Journey, "1-role-link-copied.png") });
    }

    [Fact]
    public async Task ComparePage_CopyLinkWithTheKeyboard_ThenTheCopiedLinkOpensTheSameComparison()
    {
        await using var context = await ClipboardContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Compare?roles=statisticians,operations-research-analysts&year=2022");

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.getElementById('share-status').textContent === 'Link copied'");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith(browser.BaseUrl + "/Compare?roles=statisticians,operations-research-analysts", copied);

        var other = await context.NewPageAsync();
        await other.GotoAsync(copied);
        Assert.Equal(
            await page.Locator("table.compare-summary tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.role)"),
            await other.Locator("table.compare-summary tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.role)"));
        Assert.Equal("2022", await other.Locator("#year").InputValueAsync());
    }

    [Fact]
    public async Task WithoutScript_TheAddressIsAReadOnlyFieldToSelect_AndNoCopyButtonShows()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Paths/statisticians");

        var field = page.GetByLabel("Link to this page");
        Assert.True(await field.IsVisibleAsync());
        Assert.False(await field.IsEditableAsync());
        Assert.Equal(browser.BaseUrl + "/Paths/statisticians", await field.InputValueAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).CountAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Email the link" }).IsVisibleAsync());
    }

    [Theory]
    [InlineData("/Roles/statisticians", 1280)]
    [InlineData("/Roles/statisticians", 390)]
    [InlineData("/Roles/machine-learning-engineer", 1280)]
    [InlineData("/Compare?roles=statisticians,operations-research-analysts", 1280)]
    [InlineData("/Compare?roles=statisticians,operations-research-analysts", 390)]
    public async Task CitationsOpen_BreakNoContentSecurityPolicyRule_AndHaveNoSeriousOrCriticalAxeViolations(string url, int width)
    {
        await using var context = await browser.NewContextAsync(width, 844);
        var checkedPage = await BrowserFixture.NewCheckedPageAsync(context);
        var page = checkedPage.Page;
        await page.GotoAsync(url);

        await page.Locator("details.cite-page > summary").ClickAsync();
        Assert.True(await page.Locator("details.cite-page").EvaluateAsync<bool>("d => d.open"));
        Assert.True(await page.Locator("details.cite-page dd[data-style='apa']").IsVisibleAsync());
        await BrowserFixture.AssertNoCspViolationsAsync(checkedPage);
        await browser.AssertNoSeriousAxeViolationsAsync(page);

        var name = (url.StartsWith("/Compare", StringComparison.Ordinal) ? "compare" : url.Split('/')[^1]) + $"-{width}";
        await page.Locator("section.cite-share").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactFolder, Journey, $"2-open-{name}.png") });
    }
}
