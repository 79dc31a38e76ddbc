using System.Net;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerExplorer.Tests.Pages.Account;

public class SignInTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/Admin")]
    [InlineData("/Admin/Audit")]
    [InlineData("/Admin/Sources")]
    [InlineData("/Admin/Sources/Edit")]
    public async Task Get_AdminPage_Anonymous_RedirectsToSignIn(string url)
    {
        var response = await Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Get_AdminPage_SignedInNonAdmin_Returns403()
    {
        var client = await app.SignedInClientAsync("reader@example.com", admin: false);
        var response = await client.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Equal("Access denied", doc.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Post_AdminForm_AnonymousWithoutToken_IsRefused()
    {
        var response = await Anonymous().PostAsync("/Admin/Sources/Edit", new FormUrlEncodedContent([new("Form.Slug", "x")]));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_AdminForm_SignedInWithoutAntiforgeryToken_Returns400()
    {
        var client = await app.SignedInClientAsync();
        var response = await client.PostAsync("/Admin/Sources/Edit", new FormUrlEncodedContent([new("Form.Slug", "no-token"), new("Form.Publisher", "P"), new("Form.Title", "T")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.False(db.Sources.Any(s => s.Slug == "no-token"));
    }

    [Fact]
    public async Task SignIn_Admin_ReachesTheDashboard()
    {
        var client = await app.SignedInClientAsync();
        var response = await client.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Equal("Admin", doc.QuerySelector("h1")!.Text());
        Assert.NotEmpty(doc.QuerySelectorAll("ul.counts li"));
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsAMessageAndStaysSignedOut()
    {
        await app.EnsureUserAsync("admin@example.com", admin: true);
        var client = Anonymous();
        var login = await client.GetDocumentAsync("/Account/Login");
        var response = await client.SubmitAsync(login.Form(), new Dictionary<string, string?> { ["Form.Email"] = "admin@example.com", ["Form.Password"] = "wrong-password-1A" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("do not match", doc.QuerySelector(".error-summary")!.Text());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task SignIn_RepeatedFailures_LockTheAccount()
    {
        await app.EnsureUserAsync("locked@example.com", admin: true);
        var client = Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var form = (await client.GetDocumentAsync("/Account/Login")).Form();
            await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Email"] = "locked@example.com", ["Form.Password"] = "Wrong-Password-99" });
        }
        // Now even the right password is refused.
        var login = await client.GetDocumentAsync("/Account/Login");
        var response = await client.SubmitAsync(login.Form(), new Dictionary<string, string?> { ["Form.Email"] = "locked@example.com", ["Form.Password"] = AdminSession.Password });
        var doc = await Html.ParseAsync(response);
        Assert.Contains("locked", doc.QuerySelector(".error-summary")!.Text());
    }

    [Fact]
    public async Task SignIn_EmptyForm_ShowsMessagesNextToTheFields()
    {
        var client = Anonymous();
        var login = await client.GetDocumentAsync("/Account/Login");
        var response = await client.SubmitAsync(login.Form(), new Dictionary<string, string?> { ["Form.Email"] = "", ["Form.Password"] = "" });
        var doc = await Html.ParseAsync(response);
        Assert.Contains("Enter your email", doc.QuerySelector("#email-error")!.Text());
        Assert.Contains("Enter your password", doc.QuerySelector("#password-error")!.Text());
    }

    [Fact]
    public async Task SignIn_OpenRedirectInReturnUrl_IsIgnored()
    {
        await app.EnsureUserAsync("admin@example.com", admin: true);
        var client = Anonymous();
        var login = await client.GetDocumentAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F");
        var response = await client.SubmitAsync(login.Form(), new Dictionary<string, string?> { ["Form.Email"] = "admin@example.com", ["Form.Password"] = AdminSession.Password });
        Assert.Equal("/Admin", response.Headers.Location!.OriginalString);
    }
}

/// <summary>Its own app with a small limit, so the limit is reached without slowing other tests.</summary>
public class SignInRateLimitTests
{
    [Fact]
    public async Task SignIn_TooManyAttempts_Returns429()
    {
        await using var app = new RateLimitedApp();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var form = (await client.GetDocumentAsync("/Account/Login")).Form();
            statuses.Add((await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Email"] = "x@example.com", ["Form.Password"] = "Nope-nope-1234" })).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private sealed class RateLimitedApp : CareerAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:SignInPerMinute", "3");
        }
    }
}

/// <summary>Imports are rate-limited per admin.</summary>
public class ImportRateLimitTests
{
    [Fact]
    public async Task Import_TooManyUploads_Returns429()
    {
        await using var app = new LimitedImports();
        var client = await app.SignedInClientAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var form = (await client.GetDocumentAsync("/Admin/Import")).Form("main form[enctype='multipart/form-data']");
            statuses.Add((await client.UploadAsync(form, "file", "figures.csv", "role,statistic\n"u8.ToArray())).StatusCode);
        }
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    private sealed class LimitedImports : CareerAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:ImportsPerMinute", "2");
        }
    }
}
