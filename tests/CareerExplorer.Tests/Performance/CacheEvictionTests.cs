using CareerExplorer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Performance;

/// <summary>Cached pages never outlive a change, and never mix anonymous and signed-in views.</summary>
public class CacheEvictionTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    [Fact]
    public async Task AdminEdit_ShowsOnACachedPublicPageAtOnce()
    {
        var anonymous = app.CreateClient();
        var before = await anonymous.GetDocumentAsync("/Sources/glassdoor");
        Assert.Equal("Glassdoor salary data", before.QuerySelector("h1")!.Text());
        Assert.Equal("Glassdoor salary data", (await anonymous.GetDocumentAsync("/Sources/glassdoor")).QuerySelector("h1")!.Text()); // now cached

        var admin = await app.SignedInClientAsync();
        await using (var db = app.CreateDbContext())
        {
            var id = await db.Sources.Where(s => s.Slug == "glassdoor").Select(s => s.Id).SingleAsync();
            var form = (await admin.GetDocumentAsync($"/Admin/Sources/Edit/{id}")).Form();
            await admin.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Title"] = "Glassdoor (edited while cached)" });
        }

        var after = await anonymous.GetDocumentAsync("/Sources/glassdoor");
        Assert.Equal("Glassdoor (edited while cached)", after.QuerySelector("h1")!.Text());
        var api = await anonymous.GetStringAsync("/api/sources");
        Assert.Contains("Glassdoor (edited while cached)", api);
    }

    [Fact]
    public async Task ChangeInsideATransaction_EvictsOnCommit()
    {
        var anonymous = app.CreateClient();
        await anonymous.GetDocumentAsync("/Roles/computer-engineer");
        await using (var db = app.CreateDbContext())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var role = await db.Roles.SingleAsync(r => r.Slug == "computer-engineer");
            role.Summary = "Changed in a transaction.";
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        var page = await anonymous.GetDocumentAsync("/Roles/computer-engineer");
        Assert.Equal("Changed in a transaction.", page.QuerySelector("p.lead")!.Text());
    }

    [Fact]
    public async Task SignedInAndAnonymousViews_AreNeverServedToEachOther()
    {
        var anonymous = app.CreateClient();
        var admin = await app.SignedInClientAsync("cache-admin@example.com");

        await anonymous.GetAsync("/Paths");
        var adminView = await admin.GetDocumentAsync("/Paths");
        Assert.NotNull(adminView.QuerySelector(".header-account"));

        await admin.GetAsync("/Skills");
        var anonymousView = await anonymous.GetDocumentAsync("/Skills");
        Assert.Null(anonymousView.QuerySelector(".header-account"));
        Assert.DoesNotContain("cache-admin@example.com", anonymousView.Body!.Text());
    }
}
