using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using CareerExplorer.Tests.Infrastructure;

namespace CareerExplorer.Tests.Deploy;

/// <summary>
/// Two instances of the published app on one PostgreSQL and one Redis, behind nginx round robin,
/// reached over real HTTP: what one instance does holds on the other at once, with no sticky sessions.
/// </summary>
[Collection(MultiInstanceCollection.Name)]
public partial class MultiInstanceTests(MultiInstanceFixture cluster)
{
    private const string Slug = "data-scientist";

    private MultiInstanceFixture.Instance[] Instances => [cluster.A, cluster.B];

    [Fact]
    public async Task BothInstances_OnTheSharedDatabase_StartCleanlyAndSeedItOnce()
    {
        var roles = await cluster.ScalarAsync<long>("SELECT COUNT(*) FROM \"Roles\"");
        Assert.True(roles > 0);
        Assert.Equal(roles, await cluster.ScalarAsync<long>("SELECT COUNT(DISTINCT \"Slug\") FROM \"Roles\""));
        foreach (var instance in Instances)
        {
            using var client = MultiInstanceFixture.Client(instance.HttpsUrl);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            // No error but EF Core's note of the first start, that the migrations history table is not there yet.
            Assert.DoesNotMatch(@" ERR\] [^\n]*\n(?!SELECT ""MigrationId"", ""ProductVersion""\r?\nFROM ""__EFMigrationsHistory"")", instance.App.Output);
            Assert.DoesNotContain(" FTL] ", instance.App.Output);
        }
        // Started together: whichever got its turn first seeded, once.
        Assert.Equal(1, Count(cluster.A.App.Output, "Seeded the database from") + Count(cluster.B.App.Output, "Seeded the database from"));
    }

    [Fact]
    public async Task SignIn_OnInstanceA_HoldsOnInstanceBAndThroughNginx()
    {
        var cookies = new CookieContainer();
        using var a = MultiInstanceFixture.Client(cluster.A.HttpsUrl, cookies);
        using var b = MultiInstanceFixture.Client(cluster.B.HttpsUrl, cookies);
        using var nginx = MultiInstanceFixture.Client(cluster.Nginx.HttpsUrl, cookies);
        using var anonymous = MultiInstanceFixture.Client(cluster.B.HttpsUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/Admin")).StatusCode); // B asks who you are

        var signIn = await DeployFixture.SignInAsync(a, MultiInstanceFixture.AdminEmail);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/Admin", signIn.Headers.Location!.OriginalString);
        Assert.True(await cluster.A.App.WaitForOutputAsync("HTTP POST /Account/Login responded 302"), cluster.A.App.Output);
        Assert.DoesNotContain("HTTP POST /Account/Login", cluster.B.App.Output);

        // The cookie A signed, read by B (the keys are in the shared database), and by whichever
        // instance nginx picks, request after request.
        foreach (var client in new[] { a, b, nginx, nginx, nginx, nginx })
        {
            var admin = await client.GetAsync("/Admin");
            Assert.True(admin.StatusCode == HttpStatusCode.OK, $"GET {client.BaseAddress}Admin answered {(int)admin.StatusCode} {admin.Headers.Location}");
            Assert.Equal("Admin", (await Html.ParseAsync(admin)).QuerySelector("h1")!.Text());
        }
        Assert.True(await cluster.B.App.WaitForOutputAsync("HTTP GET /Admin responded 200"), cluster.B.App.Output);
    }

    [Fact]
    public async Task EditRole_FormFromA_PostedToB_ShowsAtOnceOnBothInstancesAndThroughNginx()
    {
        var cookies = new CookieContainer();
        using var adminOnA = MultiInstanceFixture.Client(cluster.A.HttpsUrl, cookies);
        using var adminOnB = MultiInstanceFixture.Client(cluster.B.HttpsUrl, cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await DeployFixture.SignInAsync(adminOnA, MultiInstanceFixture.AdminEmail)).StatusCode);
        // Visitors: no cookie, so the public pages are answered from the output cache.
        using var visitorOnA = MultiInstanceFixture.Client(cluster.A.HttpsUrl);
        using var visitorOnB = MultiInstanceFixture.Client(cluster.B.HttpsUrl);
        using var visitorViaNginx = MultiInstanceFixture.Client(cluster.Nginx.HttpsUrl);
        var visitors = new[] { visitorOnA, visitorOnB, visitorViaNginx, visitorViaNginx, visitorViaNginx, visitorViaNginx };

        // The page cached before the edit, on both instances: a second read of each is answered
        // from the cache (Age), so a change that did not evict it would be seen stale.
        var before = await RolePageAsync(visitorOnA);
        foreach (var visitor in visitors.Concat(visitors))
            Assert.Equal(before.Lead, (await RolePageAsync(visitor)).Lead);
        foreach (var visitor in new[] { visitorOnA, visitorOnB })
            Assert.True((await RolePageAsync(visitor)).FromCache, $"{visitor.BaseAddress} did not answer /Roles/{Slug} from its cache");

        // The form (and its antiforgery token) made by A, posted to B.
        var id = await cluster.ScalarAsync<int>("SELECT \"Id\" FROM \"Roles\" WHERE \"Slug\" = @slug", ("slug", Slug));
        var form = (await adminOnA.GetDocumentAsync($"/Admin/Roles/Edit/{id}")).Form();
        var fieldsBefore = Fields(form);
        var summary = $"Edited through instance B on a form from instance A ({Guid.NewGuid():N}).";
        var saved = await adminOnB.SubmitToOwnServerAsync(form, new Dictionary<string, string?> { ["Form.Summary"] = summary });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"The save answered {(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        Assert.Equal("/Admin/Roles", saved.Headers.Location!.OriginalString);
        Assert.True(await cluster.B.App.WaitForOutputAsync($"HTTP POST /Admin/Roles/Edit/{id} responded 302"), cluster.B.App.Output);
        Assert.DoesNotContain($"HTTP POST /Admin/Roles/Edit/{id}", cluster.A.App.Output);

        // At once, on every instance and through nginx: no waiting, no retries.
        foreach (var visitor in visitors)
        {
            var after = await RolePageAsync(visitor);
            Assert.True(after.Lead == summary, $"{visitor.BaseAddress} still showed the summary '{after.Lead}' after the edit");
            Assert.Equal(before.Title, after.Title);
        }

        // Nothing lost: every other field of the role as it was, and the change in the audit trail.
        var fieldsAfter = Fields((await adminOnA.GetDocumentAsync($"/Admin/Roles/Edit/{id}")).Form());
        Assert.Equal(summary, fieldsAfter["Form.Summary"]);
        foreach (var name in fieldsBefore.Keys.Except(["Form.Summary", "Form.Version", "__RequestVerificationToken"]))
            Assert.True(fieldsBefore[name] == fieldsAfter[name], $"{name} changed: '{fieldsBefore[name]}' became '{fieldsAfter[name]}'");
        Assert.NotEqual(fieldsBefore["Form.Version"], fieldsAfter["Form.Version"]);
        var audit = (await adminOnA.GetDocumentAsync("/Admin/Audit?entity=Role")).QuerySelector("table.audit tbody tr")!;
        var text = audit.Text();
        Assert.Contains("Update Role", text);
        Assert.Contains(MultiInstanceFixture.AdminEmail, text);
        Assert.Contains($"#{id}", text);
        var change = audit.QuerySelectorAll("dl.changes dt").Single(dt => dt.Text() == "Summary").NextElementSibling!;
        Assert.Equal($"{before.Lead} → {summary}", change.Text());
        Assert.Single(audit.QuerySelectorAll("dl.changes dt")); // the one field that changed
    }

    [Fact]
    public async Task Nginx_SendsRequestsToTheInstancesInTurn()
    {
        using var visitor = MultiInstanceFixture.Client(cluster.Nginx.HttpsUrl);
        const string Path = "/Sources";
        var logged = Instances.Select(i => Count(i.App.Output, $"HTTP GET {Path} responded 200")).ToArray();
        var lines = cluster.Nginx.AccessLog().Length;

        const int Requests = 6;
        for (var i = 0; i < Requests; i++)
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(Path)).StatusCode);

        // nginx's word on where each request went: the instances in turn. (nginx writes a request's
        // line after its response has gone, so the last one may take a moment to appear.)
        List<int> Upstreams() => cluster.Nginx.AccessLog().Skip(lines).Select(l => UpstreamPort().Match(l)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var upstreams = Upstreams();
        for (var wait = 0; upstreams.Count < Requests && wait < 50; wait++)
        {
            await Task.Delay(100);
            upstreams = Upstreams();
        }
        Assert.Equal(Requests, upstreams.Count);
        Assert.Equal(new[] { cluster.A.HttpPort, cluster.B.HttpPort }.Order(), upstreams.Order().Distinct());
        Assert.All(upstreams.Zip(upstreams.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        // And the instances' own: each answered its half.
        for (var i = 0; i < Instances.Length; i++)
        {
            var instance = Instances[i];
            var expected = logged[i] + Requests / 2;
            for (var attempt = 0; attempt < 100 && Count(instance.App.Output, $"HTTP GET {Path} responded 200") < expected; attempt++)
                await Task.Delay(100);
            Assert.Equal(expected, Count(instance.App.Output, $"HTTP GET {Path} responded 200"));
        }
    }

    private sealed record RolePage(string Title, string Lead, bool FromCache);

    private static async Task<RolePage> RolePageAsync(HttpClient visitor)
    {
        var response = await visitor.GetAsync($"/Roles/{Slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        return new RolePage(page.QuerySelector("h1")!.Text(), page.QuerySelector("p.lead")!.Text(), response.Headers.Age is not null);
    }

    /// <summary>What the form would post: each named field and its value.</summary>
    private static Dictionary<string, string> Fields(IHtmlFormElement form) =>
        form.Elements.Where(e => e.GetAttribute("name") is { Length: > 0 })
            .ToDictionary(e => e.GetAttribute("name")!, e => e switch
            {
                IHtmlInputElement input => input.Value,
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value ?? "",
                _ => "",
            });

    private static int Count(string text, string what) => Regex.Count(text, Regex.Escape(what));

    [GeneratedRegex(@" 127\.0\.0\.1:(\d+)$")]
    private static partial Regex UpstreamPort();
}
