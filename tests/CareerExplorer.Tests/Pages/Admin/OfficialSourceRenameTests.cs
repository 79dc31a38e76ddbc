using System.Globalization;
using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

/// <summary>The seed data plus the real May 2021 and May 2022 OEWS releases.</summary>
public sealed class TwoOewsReleasesApp() : OewsApp([2021, 2022]);

/// <summary>
/// An admin renames an OEWS release's source: its figures are still the official wages, because
/// what a source is (its dataset and release) is data of its own, not a pattern in its slug.
/// </summary>
public class OfficialSourceRenameTests(TwoOewsReleasesApp app) : IClassFixture<TwoOewsReleasesApp>
{
    private const string Three = "computer-and-information-research-scientist,data-scientist,software-developer";
    private const string NewSlug = "oews-national-estimates-2022";

    [Fact]
    public async Task Rename_OewsReleaseSlugThroughTheAdminForm_ItsFiguresStayOfficialEverywhere()
    {
        var admin = await app.SignedInClientAsync();
        int id;
        await using (var db = app.CreateDbContext())
            id = await db.Sources.Where(s => s.Dataset == Datasets.BlsOews && s.Release == "2022-05").Select(s => s.Id).SingleAsync();
        var form = (await admin.GetDocumentAsync($"/Admin/Sources/Edit/{id}")).Form();
        Assert.Null(form.QuerySelector("[name='Form.Dataset'], [name='Form.Release']")); // not something an admin types

        var saved = await admin.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Slug"] = NewSlug });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var db = app.CreateDbContext())
        {
            var source = await db.Sources.SingleAsync(s => s.Id == id);
            Assert.Equal((NewSlug, Datasets.BlsOews, "2022-05"), (source.Slug, source.Dataset, source.Release)); // the form left them as they were
        }

        // The role page: the official wages block is the renamed release's.
        var role = await app.CreateClient().GetDocumentAsync("/Roles/computer-and-information-research-scientist");
        var caption = role.QuerySelector("section#official-wages table.official-percentiles caption")!;
        Assert.Contains("OEWS, May 2022", caption.Text());
        Assert.NotNull(caption.QuerySelector($"a[href='/Sources/{NewSlug}']"));
        Assert.Contains($"/Sources/{NewSlug}", role.QuerySelector("section#official-wages")!.InnerHtml);

        // The roles list: sorted by the latest official median, the 2022 one.
        var medians = await LatestMediansAsync();
        var expected = medians.OrderByDescending(m => m.Amount).ThenBy(m => m.Title, StringComparer.OrdinalIgnoreCase).Select(m => m.Slug).Take(20).ToList();
        var list = await app.CreateClient().GetDocumentAsync("/Roles?sort=official-median-desc");
        Assert.Equal(expected, list.QuerySelectorAll("table.roles tbody tr").Select(r => r.GetAttribute("data-role")!).ToList());
        var cell = list.QuerySelector($"tr[data-role='{expected[0]}'] td.official-median")!;
        Assert.Contains("May 2022", cell.Text());
        Assert.NotNull(cell.QuerySelector($"a[href='/Sources/{NewSlug}']"));

        // Compare: each role's latest release is still May 2022, and only its annual published values are shown.
        await using (var db = app.CreateDbContext())
        {
            var slugs = Three.Split(',');
            var all = await db.SalaryFigures.Where(f => slugs.Contains(f.Role.Slug))
                .Select(f => new { f.Id, f.Year, f.Basis, f.Amount, Official = f.Source.Dataset == Datasets.BlsOews, Renamed = f.Source.Slug == NewSlug }).ToListAsync();
            var shown = all.Where(f => !f.Official || (f.Year == 2022 && f.Basis == PayBasis.Annual && f.Amount != null)).Select(f => f.Id).Order().ToList();
            Assert.Contains(all, f => f.Renamed);
            var compare = await app.CreateClient().GetDocumentAsync($"/Compare?roles={Three}");
            var ids = compare.QuerySelectorAll("table.compare-figures tbody tr")
                .Select(r => int.Parse(r.GetAttribute("data-figure-id")!, CultureInfo.InvariantCulture)).Order().ToList();
            Assert.Equal(shown, ids);
            Assert.NotNull(compare.QuerySelector("p.official-note"));
        }
    }

    private async Task<List<(string Slug, string Title, decimal Amount)>> LatestMediansAsync()
    {
        await using var db = app.CreateDbContext();
        var medians = await db.SalaryFigures.Where(f => f.Source.Slug == NewSlug && f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual && f.Amount != null)
            .Select(f => new { f.Role.Slug, f.Role.Title, Amount = f.Amount!.Value }).ToListAsync();
        Assert.True(medians.Count > 700, "the renamed source holds the May 2022 medians");
        return medians.Select(m => (m.Slug, m.Title, m.Amount)).ToList();
    }
}
