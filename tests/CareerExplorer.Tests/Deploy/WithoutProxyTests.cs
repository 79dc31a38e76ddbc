using System.Net;
using CareerExplorer.Tests.Browser;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Oews;
using Microsoft.Playwright;

namespace CareerExplorer.Tests.Deploy;

/// <summary>The same published app in Production with no proxy: plain http, the closed-network setting, and Kestrel's own https.</summary>
[Collection(DeployCollection.Name)]
public class WithoutProxyTests(DeployFixture deploy)
{
    /// <summary>The published build carries the bundled official data next to the app, where its first start looks for it.</summary>
    [Fact]
    public void Publish_CarriesTheBundledCpiOewsOnetAndProjectionsReleases()
    {
        var oews = new OewsBundledData(new Importer<OewsRelease>(new OewsReader(TimeProvider.System), new OewsMapper()));
        var releases = oews.Find(Path.Combine(deploy.PublishFolder, "data")).ToList();
        Assert.Equal(Enumerable.Range(2014, 10).Select(Datasets.OewsRelease), releases.Select(r => r.Release));
        Assert.Equal("national_M2023_dl.xlsx", Path.GetFileName(releases[^1].Files.Single()));

        var onet = new CareerExplorer.Web.Services.Onet.OnetBundledData(new Importer<CareerExplorer.Web.Services.Onet.OnetRelease>(
            new CareerExplorer.Web.Services.Onet.OnetReader(), new CareerExplorer.Web.Services.Onet.OnetMapper()));
        var onetRelease = Assert.Single(onet.Find(Path.Combine(deploy.PublishFolder, "data")));
        Assert.Equal((Datasets.Onet, "29.0"), (onetRelease.Dataset, onetRelease.Release));
        Assert.Contains(onetRelease.Files, f => Path.GetFileName(f) == "Read Me.txt");
        Assert.Equal(15, onetRelease.Files.Count); // the fourteen workbooks and the Read Me

        var cpi = new CareerExplorer.Web.Services.Cpi.CpiBundledData(new Importer<CareerExplorer.Web.Services.Cpi.CpiSeries>(
            new CareerExplorer.Web.Services.Cpi.CpiReader(TimeProvider.System), new CareerExplorer.Web.Services.Cpi.CpiMapper()));
        var cpiRelease = Assert.Single(cpi.Find(Path.Combine(deploy.PublishFolder, "data")));
        Assert.Equal((Datasets.BlsCpi, "2026-05"), (cpiRelease.Dataset, cpiRelease.Release));
        Assert.True(File.Exists(Path.Combine(deploy.PublishFolder, "data", "cpi", "README.md")));

        var projections = new CareerExplorer.Web.Services.Projections.ProjectionsBundledData(new Importer<CareerExplorer.Web.Services.Projections.ProjectionsRelease>(
            new CareerExplorer.Web.Services.Projections.ProjectionsReader(), new CareerExplorer.Web.Services.Projections.ProjectionsMapper()));
        var projectionReleases = projections.Find(Path.Combine(deploy.PublishFolder, "data")).ToList();
        Assert.Equal(["2019-29", "2024-34"], projectionReleases.Select(r => r.Release));
        Assert.All(projectionReleases, r => Assert.Equal(Datasets.BlsProjections, r.Dataset));
    }

    [Fact]
    public async Task Get_Login_OverPlainHttpInProduction_Returns403WithExplanation()
    {
        var (app, url) = await deploy.StartAppAsync("plain-http");
        using var client = DeployFixture.Client(url);

        foreach (var page in new[] { "/", "/Roles", "/Roles/machine-learning-engineer", "/Compare?roles=machine-learning-engineer,data-scientist", "/api/roles", "/health" })
            Assert.True((await client.GetAsync(page)).StatusCode == HttpStatusCode.OK, page);

        var login = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        var doc = await Html.ParseAsync(login);
        Assert.Equal("Signing in needs HTTPS", doc.QuerySelector("h1")!.Text());
        var text = doc.QuerySelector("main")!.Text();
        foreach (var how in new[] { "X-Forwarded-Proto", "ForwardedHeaders:KnownProxies", "Kestrel:Endpoints:Https:Url", "Auth:AllowSignInOverHttp=true" })
            Assert.Contains(how, text);
        Assert.False(login.Headers.Contains("Set-Cookie")); // no cookie over plain http

        // Every way in to sign-in and admin is the same explanation, never a 500.
        foreach (var (method, path) in new[] { ("POST", "/Account/Login"), ("POST", "/Account/Logout"), ("GET", "/Admin"), ("GET", "/Admin/Accounts"), ("POST", "/Admin/Accounts/Add"), ("DELETE", "/Admin/Roles") })
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new FormUrlEncodedContent([new("Form.Email", "x@example.org")]) });
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} answered {(int)response.StatusCode}");
            Assert.Equal("Signing in needs HTTPS", (await Html.ParseAsync(response)).QuerySelector("h1")!.Text());
        }
        // A form posted to a public page is a plain 400, not a 500.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/Roles", new FormUrlEncodedContent([new("q", "x")]))).StatusCode);

        var output = app.Output;
        Assert.Contains("Sign-in and the admin pages need HTTPS", output);
        Assert.DoesNotContain("Failed to determine the https port", output); // no https redirection without https
        Assert.DoesNotContain(" 500 ", output);
        Assert.DoesNotContain(" ERR] ", output);
        Assert.Matches(@"HTTP GET /Account/Login responded 403 in [0-9.]+ ms for 127\.0\.0\.1", output);

        // What a person sees, at desktop and phone widths.
        await using var context = await deploy.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var browserPage = await context.NewPageAsync();
        Assert.Equal(403, (await browserPage.GotoAsync("/Account/Login"))!.Status);
        await BrowserFixture.ScreenshotAsync(browserPage, "deploy", "6-https-required");
        await browserPage.SetViewportSizeAsync(390, 844);
        await BrowserFixture.ScreenshotAsync(browserPage, "deploy", "6-https-required-phone");
    }

    [Fact]
    public async Task SignIn_OverPlainHttpWithTheClosedNetworkSetting_WorksAndWarnsAtStart()
    {
        var (app, url) = await deploy.StartAppAsync("closed-network", new() { ["Auth__AllowSignInOverHttp"] = "true" });
        using var client = DeployFixture.Client(url);

        var signIn = await DeployFixture.SignInAsync(client, DeployFixture.AdminEmail);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/Admin", signIn.Headers.Location!.OriginalString);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("careerexplorer.auth", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase); // SameAsRequest over http
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin")).StatusCode);
        Assert.Matches(@"\[\d\d:\d\d:\d\d WRN\] [^\n]*Auth:AllowSignInOverHttp=true: admins can sign in over plain http", app.Output);
    }

    [Fact]
    public async Task Https_ServedByKestrelWithACertificate_SignInWorksAndPlainHttpIsRedirected()
    {
        var (app, _) = await deploy.StartAppAsync("kestrel-https", Deployment.KestrelHttpAndHttps);
        var (httpsUrl, httpUrl) = (await app.ListeningOnAsync("https"), await app.ListeningOnAsync("http"));
        using var https = DeployFixture.Client(httpsUrl);
        using var http = DeployFixture.Client(httpUrl);

        var redirect = await http.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal($"{httpsUrl}/Account/Login", redirect.Headers.Location!.OriginalString);

        var signIn = await DeployFixture.SignInAsync(https, DeployFixture.AdminEmail);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("secure", signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("careerexplorer.auth", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        var admin = await https.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.DoesNotContain("Sign-in and the admin pages need HTTPS", app.Output);
    }
}
