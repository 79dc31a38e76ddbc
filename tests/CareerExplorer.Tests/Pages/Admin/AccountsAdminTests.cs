using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Pages.Admin;

/// <summary>/Admin/Accounts: list, add, remove the Admin role; and signing out everywhere.</summary>
public class AccountsAdminTests
{
    private static async Task<string> UserIdAsync(CareerAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email);
        return user!.Id;
    }

    private static async Task<bool> IsAdminAsync(CareerAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, AuthSetup.AdminRole);
    }

    private static async Task<HttpResponseMessage> AddAsync(HttpClient client, string email, string password, string? repeat = null)
    {
        var form = (await client.GetDocumentAsync("/Admin/Accounts/Add")).Form();
        return await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Form.Email"] = email, ["Form.Password"] = password, ["Form.RepeatPassword"] = repeat ?? password,
        });
    }

    private static async Task<HttpResponseMessage> RemoveAsync(HttpClient client, string id)
    {
        var form = (await client.GetDocumentAsync($"/Admin/Accounts/Remove/{id}")).Form();
        return await client.SubmitAsync(form);
    }

    [Fact]
    public async Task Get_Accounts_ListsTheAdminsWithLockoutAndFailedSignIns()
    {
        await using var app = new CareerAppFactory();
        await app.EnsureUserAsync("other@example.com", admin: true);
        await app.EnsureUserAsync("reader@example.com", admin: false);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var other = (await users.FindByEmailAsync("other@example.com"))!;
            await users.AccessFailedAsync(other);
            await users.SetLockoutEndDateAsync(other, DateTimeOffset.UtcNow.AddMinutes(10));
        }
        var client = await app.SignedInClientAsync();

        var doc = await client.GetDocumentAsync("/Admin/Accounts");

        Assert.NotNull(doc.QuerySelector("nav.admin-nav a[href='/Admin/Accounts'][aria-current='page']"));
        var rows = doc.QuerySelectorAll("table.admin-list tbody tr").ToList();
        Assert.Equal(["admin@example.com (you)", "other@example.com"], rows.Select(r => r.QuerySelector("td")!.Text().Trim()));
        Assert.Contains("Not locked", rows[0].Text());
        Assert.Null(rows[0].QuerySelector("a[href^='/Admin/Accounts/Remove/']")); // not offered for yourself
        Assert.Contains("Locked until", rows[1].Text());
        Assert.Equal("1", rows[1].QuerySelector("td[data-label='Failed sign-ins']")!.Text().Trim());
        Assert.NotNull(rows[1].QuerySelector($"a[href='/Admin/Accounts/Remove/{await UserIdAsync(app, "other@example.com")}']"));
        Assert.DoesNotContain("reader@example.com", doc.QuerySelector("main")!.Text()); // not an admin
    }

    [Fact]
    public async Task Post_AddAdmin_CreatesTheAccountRedirectsAndWritesTheAuditTrail()
    {
        await using var app = new CareerAppFactory();
        var client = await app.SignedInClientAsync();

        var response = await AddAsync(client, "new.admin@example.com", "Brand-New-Admin-42");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/Accounts", response.Headers.Location!.OriginalString);
        var list = await client.GetDocumentAsync("/Admin/Accounts");
        Assert.Contains("Added admin new.admin@example.com", list.QuerySelector(".callout.success")!.Text());
        Assert.Contains("new.admin@example.com", list.QuerySelector("table.admin-list")!.Text());
        Assert.True(await IsAdminAsync(app, "new.admin@example.com"));

        await using var db = app.CreateDbContext();
        // The first admin came from the same code as the command line, by "system"; this one names its creator.
        Assert.Equal("system", (await db.AuditEntries.SingleAsync(a => a.EntityType == "Account" && a.Summary == "admin@example.com")).User);
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == "Account" && a.Summary == "new.admin@example.com");
        Assert.Equal(("admin@example.com", AuditAction.Create), (entry.User, entry.Action));
        Assert.Contains("\"Roles\":\"Admin\"", entry.After);
        Assert.DoesNotContain("Brand-New-Admin-42", entry.After); // never the password
        Assert.DoesNotContain("PasswordHash", entry.After);
    }

    [Fact]
    public async Task Post_AddAdmin_ForAnAccountWhoseRoleWasRemoved_GivesTheRoleBackWithTheNewPassword()
    {
        await using var app = new CareerAppFactory();
        await app.EnsureUserAsync("former@example.com", admin: true);
        var client = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await RemoveAsync(client, await UserIdAsync(app, "former@example.com"))).StatusCode);
        Assert.False(await IsAdminAsync(app, "former@example.com"));

        var response = await AddAsync(client, "former@example.com", "Second-Chance-Admin-7");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetDocumentAsync("/Admin/Accounts");
        Assert.Contains("Gave the Admin role back to former@example.com", list.QuerySelector(".callout.success")!.Text());
        Assert.True(await IsAdminAsync(app, "former@example.com"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = (await users.FindByEmailAsync("former@example.com"))!;
            Assert.True(await users.CheckPasswordAsync(user, "Second-Chance-Admin-7"));
            Assert.False(await users.CheckPasswordAsync(user, AdminSession.Password));
            Assert.Single(users.Users.Where(u => u.Email == "former@example.com"));
        }
        await using var db = app.CreateDbContext();
        var entry = await db.AuditEntries.Where(a => a.EntityType == "Account" && a.Summary == "former@example.com").OrderBy(a => a.Id).LastAsync();
        Assert.Equal(("admin@example.com", AuditAction.Update), (entry.User, entry.Action));
        Assert.Contains("\"Roles\":\"Admin\"", entry.After);
    }

    [Fact]
    public async Task Post_AddAdmin_WeakPasswordTakenEmailOrMismatch_ShowMessagesNextToTheFieldsAndCreateNothing()
    {
        await using var app = new CareerAppFactory();
        var client = await app.SignedInClientAsync();

        var weak = await Html.ParseAsync(await AddAsync(client, "weak@example.com", "short"));
        Assert.Contains("The password is too weak", weak.QuerySelector("#password-error")!.Text());
        Assert.Contains("at least 12 characters", weak.QuerySelector("#password-error")!.Text());
        Assert.Equal("", weak.QuerySelector("#Form_Password")!.GetAttribute("value") ?? ""); // never sent back

        var taken = await Html.ParseAsync(await AddAsync(client, "admin@example.com", "Good-Password-1234"));
        Assert.Equal("An account with the email admin@example.com already exists.", taken.QuerySelector("#email-error")!.Text());

        var invalid = await Html.ParseAsync(await AddAsync(client, "not-an-email", "Good-Password-1234"));
        Assert.Equal("'not-an-email' is not a valid email address.", invalid.QuerySelector("#email-error")!.Text());

        var mismatch = await Html.ParseAsync(await AddAsync(client, "typo@example.com", "Good-Password-1234", "Good-Password-1235"));
        Assert.Contains("The two passwords differ", mismatch.QuerySelector("#repeat-error")!.Text());

        await using var db = app.CreateDbContext();
        Assert.Equal(["admin@example.com"], await db.Users.Select(u => u.Email).ToListAsync());
        Assert.Equal(["admin@example.com"], await db.AuditEntries.Where(a => a.EntityType == "Account").Select(a => a.Summary).ToListAsync());
    }

    [Fact]
    public async Task Post_RemoveAdminRole_EndsThatAdminsOpenSessionsAtOnceAndIsAudited()
    {
        await using var app = new CareerAppFactory();
        var remover = await app.SignedInClientAsync();
        var removed = await app.SignedInClientAsync("leaving@example.com");
        Assert.Equal(HttpStatusCode.OK, (await removed.GetAsync("/Admin")).StatusCode);

        var response = await RemoveAsync(remover, await UserIdAsync(app, "leaving@example.com"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Removed the Admin role from leaving@example.com", (await remover.GetDocumentAsync("/Admin/Accounts")).QuerySelector(".callout.success")!.Text());
        // Their very next request is no longer an admin's: the session has ended.
        var next = await removed.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/Account/Login", next.Headers.Location!.PathAndQuery);
        // Signing in again gives an account without the role.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInClientAsync("leaving@example.com")).GetAsync("/Admin")).StatusCode);
        Assert.False(await IsAdminAsync(app, "leaving@example.com"));

        await using var db = app.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == "Account" && a.Action == AuditAction.Update);
        Assert.Equal(("admin@example.com", "leaving@example.com"), (entry.User, entry.Summary));
        Assert.Contains("\"Roles\":\"Admin\"", entry.Before);
        Assert.Contains("\"Roles\":\"\"", entry.After);
    }

    [Fact]
    public async Task Post_RemoveAdminRole_OfTheLastAdmin_IsRefusedAndSaysWhy()
    {
        await using var app = new CareerAppFactory();
        var client = await app.SignedInClientAsync();
        var id = await UserIdAsync(app, "admin@example.com");

        var page = await client.GetDocumentAsync($"/Admin/Accounts/Remove/{id}");
        Assert.Contains("the only admin", page.QuerySelector(".error-summary")!.Text());
        Assert.Null(page.QuerySelector("main form[method='post']"));

        // Posted anyway (say, from a page opened before another admin left): refused.
        var token = page.QuerySelector("header input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var response = await client.PostAsync($"/Admin/Accounts/Remove/{id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Add another admin first", (await Html.ParseAsync(response)).QuerySelector(".error-summary")!.Text());
        Assert.True(await IsAdminAsync(app, "admin@example.com"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task Post_RemoveAdminRole_OfYourself_IsRefused()
    {
        await using var app = new CareerAppFactory();
        await app.EnsureUserAsync("other@example.com", admin: true);
        var client = await app.SignedInClientAsync();
        var id = await UserIdAsync(app, "admin@example.com");

        var page = await client.GetDocumentAsync($"/Admin/Accounts/Remove/{id}");
        var token = page.QuerySelector("header input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var response = await client.PostAsync($"/Admin/Accounts/Remove/{id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Contains("your own Admin role", page.QuerySelector(".error-summary")!.Text());
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.True(await IsAdminAsync(app, "admin@example.com"));
    }

    [Fact]
    public async Task Get_RemoveAdminRole_OfAnUnknownAccount_Returns404()
    {
        await using var app = new CareerAppFactory();
        var client = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Accounts/Remove/no-such-id")).StatusCode);
    }

    [Fact]
    public async Task Post_SignOut_WithTheHeaderButton_EndsEverySessionOfTheAccount()
    {
        await using var app = new CareerAppFactory();
        var here = await app.SignedInClientAsync();
        var elsewhere = await app.SignedInClientAsync();

        var page = await here.GetDocumentAsync("/Admin");
        var signOut = page.Form("header form[method='post']");
        Assert.Equal("/Account/Logout", signOut.GetAttribute("action"));
        var response = await here.SubmitAsync(signOut);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        foreach (var client in new[] { here, elsewhere })
        {
            var admin = await client.GetAsync("/Admin");
            Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
            Assert.StartsWith("/Account/Login", admin.Headers.Location!.PathAndQuery);
        }
        // A page left open in the other browser: its button still lands on the home page.
        var stale = await elsewhere.SubmitAsync(signOut);
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
    }

    [Fact]
    public async Task Post_SignOut_SignedInWithoutAntiforgeryToken_Returns400AndStaysSignedIn()
    {
        await using var app = new CareerAppFactory();
        var client = await app.SignedInClientAsync();

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin")).StatusCode);
    }
}
