using System.Globalization;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services.Oews;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Compare;

/// <summary>Compare with real OEWS data loaded: only each role's latest release, published annual values.</summary>
public class CompareOfficialWagesTests(OewsApp app) : IClassFixture<OewsApp>
{
    private const string Three = "computer-and-information-research-scientist,data-scientist,software-developer";

    [Fact]
    public async Task Get_Compare_OewsRoles_IncludeOnlyTheLatestReleaseAnnualPublished()
    {
        await using var db = app.CreateDbContext();
        var slugs = Three.Split(',');
        var all = await db.SalaryFigures.Where(f => slugs.Contains(f.Role.Slug))
            .Select(f => new { f.Id, f.Year, f.Basis, f.Amount, f.Low, Oews = f.Source.Dataset == Datasets.BlsOews, RoleSlug = f.Role.Slug }).ToListAsync();
        Assert.True(all.Count(f => f.Oews) > 3 * 12, "each role should carry several OEWS releases");
        var latest = all.Where(f => f.Oews).GroupBy(f => f.RoleSlug).ToDictionary(g => g.Key, g => g.Max(f => f.Year));
        var expected = all.Where(f => !f.Oews || (f.Year == latest[f.RoleSlug] && f.Basis == PayBasis.Annual && f.Amount != null))
            .Select(f => f.Id).Order().ToList();

        var client = app.CreateClient();
        var doc = await client.GetDocumentAsync($"/Compare?roles={Three}");
        var ids = doc.QuerySelectorAll("table.compare-figures tbody tr")
            .Select(r => int.Parse(r.GetAttribute("data-figure-id")!, CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(expected, ids);
        Assert.Contains("older releases are on each role’s page", doc.QuerySelector("p.official-note")!.TextContent);

        // The CSV lists the same figures.
        var csv = await client.GetStringAsync($"/Compare/Export?roles={Three}");
        var csvIds = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => int.Parse(l[..l.IndexOf(',')], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(expected, csvIds);
    }
}
