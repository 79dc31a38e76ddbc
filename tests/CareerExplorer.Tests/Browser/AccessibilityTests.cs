using CareerExplorer.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareerExplorer.Tests.Browser;

/// <summary>
/// Every page in real Chromium under its real Content-Security-Policy: nothing blocked, then
/// axe-core (evaluated by the driver, so the policy need not be bypassed); plus the keyboard.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string> PublicPages =>
    [
        "/", "/Roles", "/Roles?q=data", "/Roles/machine-learning-engineer", "/Compare",
        "/Compare?roles=machine-learning-engineer,data-scientist,software-developer",
        "/Compare?roles=machine-learning-engineer", "/Skills", "/Skills/python", "/Sources", "/Sources/glassdoor",
        "/Paths", "/Account/Login", "/Roles/no-such-role", "/HttpsRequired",
        "/Roles/computer-and-information-research-scientist", "/Roles/business-intelligence-analysts", "/Roles?zone=4&required=6",
        "/Roles/computer-and-information-research-scientist/technology",
        "/Skills/programming", "/Skills?q=python", "/Compare?roles=computer-and-information-research-scientist,business-intelligence-analysts",
        "/Paths/statisticians", "/Paths/statisticians?more=1&all=1", "/Paths/data-scientist", "/Paths/statisticians/operations-research-analysts",
        "/Paths?job=qqqzzzxxyy", "/Roles?q=pyhton",
    ];

    /// <summary>Public pages whose phone layout differs from the desktop one (the rest share these layouts).</summary>
    public static TheoryData<string> PhonePages =>
    [
        "/", "/Roles", "/Roles?q=pyhton", "/Roles/machine-learning-engineer", "/Compare",
        "/Compare?roles=machine-learning-engineer,data-scientist,software-developer",
        "/Skills", "/Skills/python", "/Sources", "/Sources/glassdoor", "/Paths",
        "/Roles/computer-and-information-research-scientist", "/Skills/programming",
        "/Compare?roles=computer-and-information-research-scientist,business-intelligence-analysts",
        "/Paths/statisticians", "/Paths/statisticians/operations-research-analysts",
    ];

    /// <summary>
    /// Every admin page kind. All eight sections share one list, edit and delete page: each
    /// section's list and its edit form (its own form view) are checked; a new-record form and the
    /// delete page, the same views whatever the section, twice each.
    /// </summary>
    public static TheoryData<string> AdminPages =>
    [
        "/Admin", "/Admin/Audit", "/Admin/Import", "/Admin/Export", "/Admin/Accounts", "/Admin/Accounts/Add",
        "/Admin/Roles", "/Admin/Roles/Edit/1", "/Admin/Sources", "/Admin/Sources/Edit/1",
        "/Admin/SalaryFigures", "/Admin/SalaryFigures/Edit/1", "/Admin/OutlookFigures", "/Admin/OutlookFigures/Edit/1",
        "/Admin/Skills", "/Admin/Skills/Edit/1", "/Admin/RoleSkills", "/Admin/RoleSkills/Edit/1",
        "/Admin/CareerSteps", "/Admin/CareerSteps/Edit/1", "/Admin/Cpi", "/Admin/Cpi/Edit/1",
        "/Admin/Roles/Edit", "/Admin/SalaryFigures/Edit", "/Admin/Roles/Delete/1", "/Admin/Sources/Delete/1",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPage_BreaksNoContentSecurityPolicyRule_AndHasNoSeriousOrCriticalAxeViolations(string url) =>
        await AssertCleanAsync(await browser.SharedCheckedPageAsync(admin: false), url);

    [Theory]
    [MemberData(nameof(PhonePages))]
    public async Task PublicPage_OnAPhone_HasNoSeriousOrCriticalAxeViolations(string url) =>
        await AssertCleanAsync(await browser.SharedCheckedPageAsync(admin: false, width: 390, height: 844), url);

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_BreaksNoContentSecurityPolicyRule_AndHasNoSeriousOrCriticalAxeViolations(string url) =>
        await AssertCleanAsync(await browser.SharedCheckedPageAsync(admin: true), url);

    [Fact]
    public async Task FormWithErrors_HasNoSeriousOrCriticalAxeViolations()
    {
        await using var context = await browser.NewAdminContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Admin/SalaryFigures/Edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator(".field-error, .field-validation-error").First.WaitForAsync();
        await AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Keyboard_SkipLinkIsFirstVisibleOnFocusAndMovesToMain()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Roles/machine-learning-engineer");

        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        Assert.Equal("Skip to main content", (await focused.InnerTextAsync()).Trim());
        var box = await focused.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 }, "the skip link should come into view when focused");
        Assert.NotEqual("none", await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task Keyboard_EveryControlOnTheComparePageIsReachableWithAVisibleFocusAndTheFormWorks()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Compare");

        var reached = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var state = await page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement; const s = getComputedStyle(e); return [e.tagName, e.id || e.textContent.trim(), s.outlineStyle]; }");
            if (state[0] == "BODY")
                continue; // past the last control, focus is on the page itself before it wraps round
            reached.Add(state[1]);
            Assert.True(state[2] != "none", $"{state[1]} has no visible focus");
        }
        Assert.Superset(new HashSet<string> { "role-1", "role-2", "role-3", "role-4", "year", "Compare" }, reached.ToHashSet());

        await page.Locator("#role-1").FocusAsync();
        await page.Keyboard.TypeAsync("machine-learning-engineer");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("data-scientist");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/Compare?roles=machine-learning-engineer,data-scientist**");
        Assert.Equal(2, await page.Locator("table.compare-summary tbody tr").CountAsync());
    }

    [Theory]
    [InlineData("/", false)]
    [InlineData("/Roles", false)]
    [InlineData("/Roles/data-scientist", false)]
    [InlineData("/Compare?roles=machine-learning-engineer,data-scientist", false)]
    [InlineData("/Account/Login", false)]
    [InlineData("/Admin/Import", true)]
    [InlineData("/Admin/SalaryFigures/Edit/1", true)]
    public async Task Keyboard_TabReachesEveryControlWithAVisibleFocus(string url, bool admin)
    {
        await using var context = admin ? await browser.NewAdminContextAsync() : await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);

        // Every control a mouse user could use; hidden ones (display:none) excepted, and those
        // inside a closed "show all" (its summary is the control until it is opened).
        var controls = await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex="0"]')]
                .filter(e => !e.disabled && e.getClientRects().length > 0)
                .filter(e => { const closed = e.closest('details:not([open])'); return !closed || e.parentElement === closed && e.tagName === 'SUMMARY'; }).length
            """);
        var seen = new HashSet<string>();
        for (var i = 0; i < controls + 5 && seen.Count < controls; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var state = await page.EvaluateAsync<string[]>("""
                () => { const e = document.activeElement;
                        if (!e || e === document.body) return ['', ''];
                        if (!e.dataset.tabSeen) e.dataset.tabSeen = String(Math.random());
                        const s = getComputedStyle(e);
                        return [e.dataset.tabSeen, s.outlineStyle === 'none' && s.boxShadow === 'none' ? 'no-focus: ' + e.outerHTML.slice(0, 120) : 'ok']; }
                """);
            if (state[0] == "")
                continue;
            Assert.Equal("ok", state[1]);
            seen.Add(state[0]);
        }
        Assert.Equal(controls, seen.Count);
    }

    [Fact]
    public async Task Keyboard_CitationDisclosureOpensWithTheKeyboard()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Roles/machine-learning-engineer");
        var summary = page.Locator("details.cite summary").First;
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator("details.cite").First.EvaluateAsync<bool>("d => d.open"));
    }

    /// <summary>Opens the page, checks that the policy blocked nothing, then runs axe-core on it.</summary>
    private async Task AssertCleanAsync(CheckedPage page, string url)
    {
        await page.Page.GotoAsync(url);
        await BrowserFixture.AssertNoCspViolationsAsync(page);
        await AssertNoSeriousViolationsAsync(page.Page);
    }

    private Task AssertNoSeriousViolationsAsync(IPage page) => browser.AssertNoSeriousAxeViolationsAsync(page);
}
