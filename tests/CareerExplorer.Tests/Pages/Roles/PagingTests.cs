using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;

namespace CareerExplorer.Tests.Pages.Roles;

/// <summary>Its own database: adds roles so the list needs several pages.</summary>
public class PagingTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private async Task AddRoles(int count)
    {
        await using var db = app.CreateDbContext();
        if (db.Roles.Any(r => r.Slug.StartsWith("paging-role-")))
            return;
        for (var i = 0; i < count; i++)
            db.Roles.Add(new Role { Slug = $"paging-role-{i:D2}", Title = $"Paging Role {i:D2}", Category = "Paging", Summary = "For the paging test." });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Get_Roles_ManyRoles_SplitsIntoPagesWithWorkingLinks()
    {
        await AddRoles(45);
        var client = app.CreateClient();

        var page1 = await client.GetDocumentAsync("/Roles?category=Paging");
        var page3 = await client.GetDocumentAsync("/Roles?category=Paging&page=3");

        Assert.Equal(20, page1.QuerySelectorAll("table.roles tbody tr").Length);
        Assert.Equal(5, page3.QuerySelectorAll("table.roles tbody tr").Length);
        Assert.Equal("paging-role-40", page3.QuerySelector("table.roles tbody tr")!.GetAttribute("data-role"));
        var next = page1.QuerySelector("nav.pager a[rel='next']")!.GetAttribute("href");
        Assert.Equal("/Roles?category=Paging&page=2", next);
        Assert.Equal("1", page1.QuerySelector("nav.pager [aria-current='page']")!.TextContent);
        Assert.Contains("45 roles", page1.QuerySelector("#result-count")!.Text());
    }
}
