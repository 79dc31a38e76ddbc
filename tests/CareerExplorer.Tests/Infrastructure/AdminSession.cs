using System.Net;
using CareerExplorer.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>Accounts and signed-in clients for admin tests, through the real sign-in form.</summary>
public static class AdminSession
{
    public const string Password = "Test-Password-1234";

    public static async Task EnsureUserAsync(this CareerAppFactory app, string email, bool admin)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByEmailAsync(email) is not null)
            return;
        if (admin)
        {
            var code = await CommandLine.CreateAdminAsync(scope.ServiceProvider, email, Password, TextWriter.Null, TextWriter.Null);
            Assert.Equal(0, code);
        }
        else
        {
            var result = await users.CreateAsync(new IdentityUser { UserName = email, Email = email, EmailConfirmed = true }, Password);
            Assert.True(result.Succeeded);
        }
    }

    /// <summary>A client with its own cookies, signed in through /Account/Login.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this CareerAppFactory app, string email = "admin@example.com", bool admin = true)
    {
        await app.EnsureUserAsync(email, admin);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // An admin's upload of a whole O*NET release is one request: on a busy CI machine it may
        // outlast HttpClient's default 100 s. The tests check what it does, the benchmark how fast.
        client.Timeout = TimeSpan.FromMinutes(10);
        var login = await client.GetDocumentAsync("/Account/Login");
        var response = await client.SubmitAsync(login.Form(), new Dictionary<string, string?> { ["Form.Email"] = email, ["Form.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Renames a source through the admin edit form, as an admin would.</summary>
    public static async Task<HttpResponseMessage> SaveSourceTitleAsync(this HttpClient admin, CareerAppFactory app, string slug, string title)
    {
        int id;
        await using (var db = app.CreateDbContext())
            id = await db.Sources.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync();
        var form = (await admin.GetDocumentAsync($"/Admin/Sources/Edit/{id}")).Form();
        return await admin.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Title"] = title });
    }
}
