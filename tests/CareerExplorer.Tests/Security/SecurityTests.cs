using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Security;

public class SecurityHeaderTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Roles/machine-learning-engineer")]
    [InlineData("/Compare?roles=machine-learning-engineer,data-scientist")]
    [InlineData("/Account/Login")]
    [InlineData("/api/roles")]
    [InlineData("/css/site.css")]
    [InlineData("/Roles/no-such-role")]
    [InlineData("/health")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Https_OutsideDevelopment_SendsHsts()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://careerexplorer.example/") });
        var response = await client.GetAsync("/");
        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Pages_HoldNoInlineScriptsOrStyles()
    {
        foreach (var url in new[] { "/", "/Roles/machine-learning-engineer", "/Compare?roles=machine-learning-engineer,data-scientist", "/Account/Login" })
        {
            var doc = await Html.ParseAsync(await app.CreateClient().GetAsync(url));
            Assert.Empty(doc.QuerySelectorAll("script:not([src])"));
            Assert.Empty(doc.QuerySelectorAll("[style]"));
            Assert.Empty(doc.QuerySelectorAll("style"));
        }
    }
}

public class CookieTests
{
    [Fact]
    public async Task AuthAndAntiforgeryCookies_OutsideDevelopment_AreHttpOnlySecureAndSameSite()
    {
        await using var app = new ProductionApp();
        await app.EnsureUserAsync("admin@example.com", admin: true);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://careerexplorer.example/"), AllowAutoRedirect = false });

        var loginPage = await client.GetAsync("/Account/Login");
        var antiforgery = loginPage.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("careerexplorer.antiforgery"));
        var form = (await Html.ParseAsync(loginPage)).Form();
        var signIn = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Email"] = "admin@example.com", ["Form.Password"] = AdminSession.Password });
        var auth = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("careerexplorer.auth"));

        foreach (var cookie in new[] { antiforgery, auth })
        {
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    private sealed class ProductionApp : CareerAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}

/// <summary>Hostile text stored by an admin or an import is shown as text everywhere.</summary>
public class StoredMarkupTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Roles")]
    [InlineData("/Roles?q=hostile")]
    [InlineData("/Roles/hostile-role")]
    [InlineData("/Skills")]
    [InlineData("/Skills/hostile-skill")]
    [InlineData("/Sources")]
    [InlineData("/Sources/hostile-source")]
    [InlineData("/Compare?roles=hostile-role,data-scientist")]
    [InlineData("/Compare/Export?roles=hostile-role,data-scientist")]
    [InlineData("/api/roles/hostile-role")]
    public async Task StoredMarkup_IsEncodedNotRendered(string url)
    {
        await HostileData.StoreAsync(app);
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            // CSV and JSON carry the text as data; a browser must never treat them as a page.
            Assert.Contains(response.Content.Headers.ContentType!.MediaType, new[] { "text/csv", "application/json" });
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            return;
        }

        Assert.DoesNotContain("<script>document.title", body);
        Assert.DoesNotContain("<img src=x onerror", body);
        Assert.DoesNotContain("href=\"javascript:", body, StringComparison.OrdinalIgnoreCase);
        var doc = await Html.ParseAsync(response);
        Assert.Empty(doc.QuerySelectorAll("script:not([src])"));
        Assert.Empty(doc.QuerySelectorAll("[onerror], [onclick], [onload]"));
        Assert.Empty(doc.QuerySelectorAll("a[href^='javascript:' i]"));
    }
}

/// <summary>Roles, sources, skills and figures whose text is markup and script, as an attacker would store them.</summary>
public static class HostileData
{
    public const string Script = "<script>document.title='pwned'</script>";
    public const string Handler = "<img src=x onerror=\"document.title='pwned'\">";

    public static async Task StoreAsync(CareerAppFactory app)
    {
        await using var db = app.CreateDbContext();
        if (await db.Roles.AnyAsync(r => r.Slug == "hostile-role"))
            return;
        var source = new Source { Slug = "hostile-source", Publisher = "Evil " + Handler, Title = "T " + Script, Url = "javascript:document.title='pwned'", Kind = SourceKind.Article, Note = Script };
        var role = new Role { Slug = "hostile-role", Title = "Hostile " + Script, Category = "Hostile " + Handler, Summary = Handler, Description = Script };
        var us = await db.Geographies.SingleAsync(g => g.Code == "US");
        db.SalaryFigures.Add(new SalaryFigure
        {
            Role = role, Source = source, Geography = us, Statistic = SalaryStatistic.Median, Basis = PayBasis.Annual, Amount = 50_000m,
            Currency = "USD", Year = 2024, Quote = Script, Note = Handler,
        });
        var skill = new Skill { Slug = "hostile-skill", Name = "Skill " + Script, Kind = SkillKind.Technical };
        db.RoleSkills.Add(new RoleSkill { Role = role, Skill = skill, Source = source, Note = Handler });
        await db.SaveChangesAsync();
    }
}

public class StaticFileTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("gzip")]
    [InlineData("gzip, deflate, br")]
    public async Task Stylesheet_IsServedWithContentWhateverTheBrowserAccepts(string? acceptEncoding)
    {
        var client = app.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        if (acceptEncoding is not null)
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(bytes.Length > 1000, $"site.css came back with {bytes.Length} bytes for Accept-Encoding '{acceptEncoding}'");
    }
}
