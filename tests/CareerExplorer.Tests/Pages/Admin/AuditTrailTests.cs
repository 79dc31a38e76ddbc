using System.Net;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

public class AuditTrailTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    [Fact]
    public async Task AuditPage_FiltersByEntityAndUser()
    {
        var alice = await app.SignedInClientAsync("alice@example.com");
        var bob = await app.SignedInClientAsync("bob@example.com");
        foreach (var (client, slug) in new[] { (alice, "alice-source"), (bob, "bob-source") })
        {
            var form = (await client.GetDocumentAsync("/Admin/Sources/Edit")).Form();
            await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Slug"] = slug, ["Form.Publisher"] = "P", ["Form.Title"] = "T" });
        }

        var byAlice = await alice.GetDocumentAsync("/Admin/Audit?user=alice%40example.com");
        var sourcesOnly = await alice.GetDocumentAsync("/Admin/Audit?entity=Source");
        var seedOnly = await alice.GetDocumentAsync("/Admin/Audit?entity=DataSet");

        var aliceRows = byAlice.QuerySelectorAll("table.audit tbody tr");
        Assert.NotEmpty(aliceRows);
        Assert.All(aliceRows, r => Assert.Equal("alice@example.com", r.QuerySelector("td[data-label='Who']")!.Text()));
        Assert.Contains("alice-source", byAlice.QuerySelector("table.audit")!.Text());
        Assert.DoesNotContain("bob-source", byAlice.QuerySelector("table.audit")!.Text());
        Assert.All(sourcesOnly.QuerySelectorAll("table.audit tbody tr"), r => Assert.EndsWith("Source", r.QuerySelector("td[data-label='What']")!.Text()));
        Assert.Contains("Seed", seedOnly.QuerySelector("table.audit tbody tr")!.Text());
    }

    [Fact]
    public async Task Dashboard_ShowsCountsAndRecentChanges()
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var doc = await client.GetDocumentAsync("/Admin");

        var roles = doc.QuerySelectorAll("ul.counts a").Single(a => a.GetAttribute("href") == "/Admin/Roles");
        Assert.Contains((await db.Roles.CountAsync()).ToString(), roles.Text());
        Assert.NotEmpty(doc.QuerySelectorAll("table.audit tbody tr"));
    }
}
