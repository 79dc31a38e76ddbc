using System.Net;
using System.Text;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Security;

/// <summary>Requests no browser would send, or that are too big: each gets its 4xx page, never a 500.</summary>
public class MalformedRequestTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private static FormUrlEncodedContent ManyFields(int count) =>
        new(Enumerable.Range(0, count).Select(i => new KeyValuePair<string, string>($"field{i}", "1")));

    private static ByteArrayContent HugeValue(int bytes)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("Form.Email=" + new string('x', bytes)));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        return content;
    }

    private static async Task AssertErrorPageAsync(HttpResponseMessage response, HttpStatusCode status, string heading)
    {
        Assert.Equal(status, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Equal(heading, doc.QuerySelector("h1")?.Text());
        Assert.NotNull(doc.QuerySelector("main a[href='/']"));
    }

    public static TheoryData<string> PostTargets => ["/Account/Login", "/Roles", "/", "/Compare", "/Skills/python"];

    [Theory]
    [MemberData(nameof(PostTargets))]
    public async Task Post_FormWithThousandsOfFields_Anonymous_Returns400Page(string url)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AssertErrorPageAsync(await client.PostAsync(url, ManyFields(5_000)), HttpStatusCode.BadRequest, "Bad request");
    }

    [Theory]
    [MemberData(nameof(PostTargets))]
    public async Task Post_FormWithOneFiveMegabyteValue_Anonymous_Returns400Page(string url)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AssertErrorPageAsync(await client.PostAsync(url, HugeValue(5 * 1024 * 1024)), HttpStatusCode.BadRequest, "Bad request");
    }

    [Fact]
    public async Task Post_ErrorPageWithAnUnreadableForm_RendersTheErrorPageWithoutReadingIt()
    {
        var client = app.CreateClient();
        await AssertErrorPageAsync(await client.PostAsync("/Error/404", ManyFields(5_000)), HttpStatusCode.NotFound, "Page not found");
        await AssertErrorPageAsync(await client.PostAsync("/Error/400", HugeValue(5 * 1024 * 1024)), HttpStatusCode.BadRequest, "Bad request");
    }

    [Fact]
    public async Task Post_AdminFormWithThousandsOfFields_SignedIn_Returns400Page()
    {
        var client = await app.SignedInClientAsync("malformed-admin@example.com");
        await AssertErrorPageAsync(await client.PostAsync("/Admin/Roles/Edit", ManyFields(5_000)), HttpStatusCode.BadRequest, "Bad request");
        await AssertErrorPageAsync(await client.PostAsync("/Admin/Import?handler=Upload", HugeValue(5 * 1024 * 1024)), HttpStatusCode.BadRequest, "Bad request");
    }

    [Fact]
    public async Task Post_UploadOverTheRequestLimit_SignedIn_Returns413Page()
    {
        var client = await app.SignedInClientAsync("malformed-admin@example.com");
        var form = (await client.GetDocumentAsync("/Admin/Import")).Form("form[enctype='multipart/form-data']");
        var response = await client.UploadAsync(form, "file", "roles.json", new byte[65 * 1024 * 1024]);
        await AssertErrorPageAsync(response, HttpStatusCode.RequestEntityTooLarge, "Too large");
    }

    [Fact]
    public async Task Post_Upload_Anonymous_IsSentToSignIn()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsync("/Admin/Import?handler=Upload", new ByteArrayContent(new byte[1024]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }
}

/// <summary>Limits that only the real server (Kestrel) enforces, tested over a loopback port.</summary>
public sealed class KestrelLimitTests : IAsyncLifetime
{
    private readonly CareerAppFactory _app = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1")) };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Get_RolesWithA10000CharacterSearch_OverKestrel_ReturnsTheRolesPage()
    {
        var response = await _client.GetAsync("/Roles?q=" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("No roles match “" + new string('a', 100) + "”", doc.QuerySelector("#result-count")!.Text()); // cut to 100 characters
    }

    [Fact]
    public async Task Get_RoleWithA10000CharacterSlug_OverKestrel_Returns404Page()
    {
        var response = await _client.GetAsync("/Roles/" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await Html.ParseAsync(response)).QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Post_FormWithThousandsOfFields_OverKestrel_Returns400Page()
    {
        var content = new FormUrlEncodedContent(Enumerable.Range(0, 5_000).Select(i => new KeyValuePair<string, string>($"f{i}", "1")));
        var response = await _client.PostAsync("/Account/Login", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bad request", (await Html.ParseAsync(response)).QuerySelector("h1")!.Text());
    }
}
