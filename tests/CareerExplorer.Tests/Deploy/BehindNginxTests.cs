using System.Net;
using CareerExplorer.Tests.Browser;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CareerExplorer.Tests.Deploy;

/// <summary>
/// The published app in Production behind nginx with TLS, both run from src/deploy. Each test's
/// clients connect from their own loopback address, since sign-in attempts are limited per client.
/// </summary>
[Collection(DeployCollection.Name)]
public class BehindNginxTests(DeployFixture deploy)
{
    private const string Journey = "deploy";

    [Fact]
    public async Task SignIn_InChromiumThroughNginxOverHttps_ReachesAdminAndTheHeaderButtonSignsOut()
    {
        await using var context = await deploy.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = deploy.HttpsUrl, IgnoreHTTPSErrors = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();

        var login = await page.GotoAsync("/Account/Login");
        Assert.Equal(200, login!.Status);
        await BrowserFixture.ScreenshotAsync(page, Journey, "1-sign-in");
        await page.GetByLabel("Email address").FillAsync(DeployFixture.AdminEmail);
        await page.GetByLabel("Password").FillAsync(AdminSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync($"{deploy.HttpsUrl}/Admin");
        Assert.Equal("Admin", (await page.Locator("h1").InnerTextAsync()).Trim());
        await BrowserFixture.ScreenshotAsync(page, Journey, "2-admin");

        await page.Locator("nav.admin-nav").GetByRole(AriaRole.Link, new() { Name = "Accounts" }).ClickAsync();
        await page.WaitForURLAsync("**/Admin/Accounts");
        Assert.Contains(DeployFixture.AdminEmail + " (you)", await page.Locator("table.admin-list").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, Journey, "3-accounts");
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.ScreenshotAsync(page, Journey, "3-accounts-phone");
        await page.GotoAsync("/Admin/Accounts/Add");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add admin" }).ClickAsync();
        Assert.Contains("Enter an email address.", await page.Locator("#email-error").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, Journey, "4-add-admin-messages-phone");
        await page.SetViewportSizeAsync(1280, 900);

        await page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync($"{deploy.HttpsUrl}/");
        Assert.Equal(0, await page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "Sign out" }).CountAsync());
        await BrowserFixture.ScreenshotAsync(page, Journey, "5-signed-out");

        // Signed out: /Admin sends the browser to the sign-in page, on nginx's https port.
        var admin = await context.APIRequest.GetAsync("/Admin", new() { MaxRedirects = 0 });
        Assert.Equal(302, admin.Status);
        Assert.Equal($"{deploy.HttpsUrl}/Account/Login?ReturnUrl=%2FAdmin", admin.Headers["location"]);
        await page.GotoAsync("/Admin");
        await page.WaitForURLAsync("**/Account/Login?ReturnUrl=%2FAdmin");
    }

    [Fact]
    public async Task FailedSignIns_ThroughNginx_AreLoggedWithTheClientsAddressAndLimitedPerClient()
    {
        using var seven = deploy.Client(from: "127.0.0.7");
        using var eight = deploy.Client(from: "127.0.0.8");

        // The limit is 3 attempts a minute per client; a few more than that, so that a window
        // that happens to end during the loop still shows the limit.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
            statuses.Add((await DeployFixture.SignInAsync(seven, "nobody@example.org", "Wrong-Password-123")).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(DeployFixture.SignInPerMinute));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        // Another client behind the same proxy has its own attempts.
        var other = await DeployFixture.SignInAsync(eight, "nobody@example.org", "Wrong-Password-123");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains("do not match", (await Html.ParseAsync(other)).QuerySelector(".error-summary")!.Text());

        Assert.True(await deploy.ProxiedApp.WaitForOutputAsync("Failed sign-in for nobody@example.org from 127.0.0.7"), deploy.ProxiedApp.Output);
        Assert.True(await deploy.ProxiedApp.WaitForOutputAsync("Failed sign-in for nobody@example.org from 127.0.0.8"));
        Assert.True(await deploy.ProxiedApp.WaitForOutputAsync("HTTP POST /Account/Login responded 429"));
        Assert.Matches(@"HTTP POST /Account/Login responded 429 in [0-9.]+ ms for 127\.0\.0\.7", deploy.ProxiedApp.Output);
    }

    [Fact]
    public async Task ForgedForwardedHeaders_StraightToTheAppOrThroughNginx_AreNotTrusted()
    {
        // Straight to the app from an address that is not a configured proxy: the headers are ignored.
        using var direct = DeployFixture.Client(deploy.ProxiedAppUrl, from: "127.0.0.9");
        var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        var response = await direct.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode); // still plain http to the app
        Assert.Equal("Signing in needs HTTPS", (await Html.ParseAsync(response)).QuerySelector("h1")!.Text());
        Assert.Contains("https://127.0.0.1/Account/Login", await response.Content.ReadAsStringAsync()); // not evil.example

        // Through nginx, a client's own X-Forwarded-For is kept only in front of the address nginx saw.
        using var viaNginx = deploy.Client(from: "127.0.0.10");
        var forged = new HttpRequestMessage(HttpMethod.Get, "/Sources");
        forged.Headers.Add("X-Forwarded-For", "203.0.113.7");
        Assert.Equal(HttpStatusCode.OK, (await viaNginx.SendAsync(forged)).StatusCode);

        // The request log names the address each request really came from.
        Assert.True(await deploy.ProxiedApp.WaitForOutputAsync("ms for 127.0.0.10"), deploy.ProxiedApp.Output);
        Assert.Matches(@"HTTP GET /Account/Login responded 403 in [0-9.]+ ms for 127\.0\.0\.9\r?\n", deploy.ProxiedApp.Output);
        Assert.Matches(@"HTTP GET /Sources responded 200 in [0-9.]+ ms for 127\.0\.0\.10\r?\n", deploy.ProxiedApp.Output);
        Assert.DoesNotContain("203.0.113.7", deploy.ProxiedApp.Output);
    }

    [Fact]
    public async Task Nginx_RedirectsPlainHttpAndPassesLongSearchesAndLargeUploadsToTheApp()
    {
        using var client = deploy.Client(from: "127.0.0.11");
        using var plain = DeployFixture.Client(deploy.NginxHttpUrl, from: "127.0.0.11");

        var redirect = await plain.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("https://127.0.0.1/Account/Login", redirect.Headers.Location!.OriginalString);

        // A 10,000-character search is passed on to the app, not refused by nginx with its own 414
        // page (its default buffer is 8 KB), and the app answers it with the roles page.
        var search = await client.GetAsync("/Roles?q=" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.DoesNotContain("<center>nginx", await search.Content.ReadAsStringAsync());
        Assert.NotNull((await Html.ParseAsync(search)).QuerySelector("#result-count"));

        // An 11 MB upload reaches the app (which answers it itself), not nginx's 413.
        var upload = new MultipartFormDataContent { { new ByteArrayContent(new byte[11 * 1024 * 1024]), "file", "big.zip" } };
        var response = await client.PostAsync("/Admin/Import", upload);
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode); // anonymous: to the sign-in page
    }

    [Fact]
    public async Task SignOut_InOneClient_EndsTheSessionInTheOtherAtOnce()
    {
        using var first = deploy.Client(from: "127.0.0.21");
        using var second = deploy.Client(from: "127.0.0.22");
        foreach (var client in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await DeployFixture.SignInAsync(client, DeployFixture.AdminEmail)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin")).StatusCode);
        }

        var page = await first.GetDocumentAsync("/Admin");
        var signedOut = await first.SubmitAsync(page.Form("header form[method='post']"));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        foreach (var client in new[] { first, second })
        {
            var admin = await client.GetAsync("/Admin");
            Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
            Assert.Equal($"{deploy.HttpsUrl}/Account/Login?ReturnUrl=%2FAdmin", admin.Headers.Location!.OriginalString);
        }
        Assert.True(await deploy.ProxiedApp.WaitForOutputAsync($"{DeployFixture.AdminEmail} signed out; every session of the account was ended"));
    }

    [Fact]
    public async Task RemovingAnAdminsRole_OnTheAccountsPage_EndsTheirSessionAtOnceAndIsAudited()
    {
        using var admin = deploy.Client(from: "127.0.0.31");
        using var leaving = deploy.Client(from: "127.0.0.32");
        Assert.Equal(HttpStatusCode.Redirect, (await DeployFixture.SignInAsync(admin, DeployFixture.AdminEmail)).StatusCode);

        var add = (await admin.GetDocumentAsync("/Admin/Accounts/Add")).Form();
        var added = await admin.SubmitAsync(add, new Dictionary<string, string?>
        {
            ["Form.Email"] = "leaving@example.org", ["Form.Password"] = "Leaving-Admin-2026", ["Form.RepeatPassword"] = "Leaving-Admin-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DeployFixture.SignInAsync(leaving, "leaving@example.org", "Leaving-Admin-2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leaving.GetAsync("/Admin")).StatusCode);

        var list = await admin.GetDocumentAsync("/Admin/Accounts");
        var remove = list.QuerySelector("a[aria-label='Remove admin role from leaving@example.org']")!.GetAttribute("href")!;
        var removed = await admin.SubmitAsync((await admin.GetDocumentAsync(remove)).Form());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        // Their next request, at once: signed out; signed in again, no longer an admin.
        var next = await leaving.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith($"{deploy.HttpsUrl}/Account/Login", next.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await DeployFixture.SignInAsync(leaving, "leaving@example.org", "Leaving-Admin-2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leaving.GetAsync("/Admin")).StatusCode);

        var audit = (await admin.GetDocumentAsync("/Admin/Audit?entity=Account")).QuerySelectorAll("table.audit tbody tr")
            .Select(r => r.Text()).Where(t => t.Contains("leaving@example.org")).ToList();
        Assert.Equal(2, audit.Count);
        Assert.Contains("Update Account", audit[0]); // newest first
        Assert.Contains("Create Account", audit[1]);
        Assert.All(audit, t => Assert.Contains(DeployFixture.AdminEmail, t));
        Assert.True(await deploy.ProxiedApp.WaitForOutputAsync($"{DeployFixture.AdminEmail} removed the Admin role from leaving@example.org"));
    }
}
