using System.Net;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Pages;

public class ErrorPageTests
{
    [Fact]
    public async Task Get_UnknownSlug_ShowsFriendly404Page()
    {
        await using var app = new CareerAppFactory();
        var response = await app.CreateClient().GetAsync("/Roles/no-such-role");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Equal("Page not found", doc.QuerySelector("h1")!.Text());
        Assert.NotNull(doc.QuerySelector("main a[href='/Roles']"));
    }

    [Fact]
    public async Task Get_ServerError_OutsideDevelopment_ShowsFriendly500WithoutStackTrace()
    {
        await using var app = new ThrowingAppFactory();
        var response = await app.CreateClient().GetAsync("/__boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var doc = await Html.ParseAsync(response);
        Assert.Equal("Something went wrong", doc.QuerySelector("h1")!.Text());
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("Kaboom", body);
        Assert.DoesNotContain(" at ", doc.QuerySelector("main")!.TextContent);
    }

    /// <summary>The real app plus one endpoint that throws, behind the app's own error handling.</summary>
    private sealed class ThrowingAppFactory : CareerAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingEndpoint>());
        }

        private sealed class ThrowingEndpoint : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Use((HttpContext context, RequestDelegate _) => context.Request.Path == "/__boom"
                    ? throw new InvalidOperationException("Kaboom: secret internals")
                    : Task.CompletedTask);
            };
        }
    }
}
