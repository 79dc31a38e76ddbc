using System.Text.RegularExpressions;
using CareerExplorer.Tests.Infrastructure;

namespace CareerExplorer.Tests.Pages.Cite;

/// <summary>
/// The sources downloads of pages that show official data (OEWS May 2023, O*NET 29.0, the BLS
/// projections), on a fixed day: the official releases as hand-written records, and every source
/// a page links, whichever block links it.
/// </summary>
public class OfficialCiteTests(FixedClockOfficialDataApp app) : IClassFixture<FixedClockOfficialDataApp>
{
    [Fact]
    public async Task Get_RoleCitation_Ris_OfficialReleasesAreTheHandWrittenRecords()
    {
        var ris = await app.CreateClient().GetStringAsync("/Roles/statisticians/Cite?format=ris");

        Assert.Contains(
            "TY  - DATA\r\n" +
            "AU  - U.S. Bureau of Labor Statistics\r\n" +
            "TI  - Occupational Employment and Wage Statistics, national estimates, May 2023\r\n" +
            "PY  - 2023\r\n" +
            "PB  - U.S. Bureau of Labor Statistics, OEWS\r\n" +
            "N1  - Release: May 2023\r\n" +
            "UR  - https://www.bls.gov/oes/tables.htm\r\n" +
            "Y2  - 2026/12/03\r\n" +
            "ER  - \r\n", ris);
        Assert.Contains(
            "TY  - DATA\r\n" +
            "AU  - National Center for O*NET Development\r\n" +
            "TI  - O*NET 29.0 Database\r\n" +
            "PY  - 2024\r\n" +
            "PB  - National Center for O*NET Development, for the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)\r\n" +
            "N1  - Release: August 2024\r\n" +
            "UR  - https://www.onetcenter.org/database.html\r\n" +
            "Y2  - 2026/12/03\r\n" +
            "ER  - \r\n", ris);
    }

    [Fact]
    public async Task Get_RoleCitation_BibTex_OfficialReleaseIsTheHandWrittenEntry()
    {
        var bib = await app.CreateClient().GetStringAsync("/Roles/statisticians/Cite?format=bibtex");

        Assert.Contains(
            "@misc{bls-oews-may-2023,\n" +
            "  author = {{U.S. Bureau of Labor Statistics, OEWS}},\n" +
            "  title = {{Occupational Employment and Wage Statistics, national estimates, May 2023}},\n" +
            "  year = {2023},\n" +
            "  note = {Release: May 2023},\n" +
            "  url = {https://www.bls.gov/oes/tables.htm},\n" +
            "  urldate = {2026-12-03}\n" +
            "}\n", bib);
    }

    [Theory]
    [InlineData("statisticians")]
    [InlineData("computer-and-information-research-scientist")]
    [InlineData("business-intelligence-analysts")] // an O*NET specialty: its official wages are its SOC occupation's
    [InlineData("machine-learning-engineer")] // O*NET files the title under other occupations
    [InlineData("data-scientist")]
    public async Task Get_RoleCitation_BibTex_ListsEverySourceThePageShows(string slug)
    {
        var client = app.CreateClient();
        var shown = CiteTests.SourceLinks(await client.GetDocumentAsync($"/Roles/{slug}"));
        var bib = await client.GetStringAsync($"/Roles/{slug}/Cite?format=bibtex");

        Assert.Contains(shown, s => s.StartsWith("onet-", StringComparison.Ordinal) || s.StartsWith("bls-", StringComparison.Ordinal));
        Assert.Equal(shown, CiteTests.BibTexKeys(bib));
        var ris = await client.GetStringAsync($"/Roles/{slug}/Cite?format=ris");
        Assert.Equal(shown.Count, Regex.Matches(ris, "^TY  - ", RegexOptions.Multiline).Count);
    }

    [Theory]
    [InlineData("statisticians,operations-research-analysts")]
    [InlineData("computer-and-information-research-scientist,business-intelligence-analysts,machine-learning-engineer")]
    public async Task Get_CompareCitation_ListsEverySourceThePageShows(string roles)
    {
        var client = app.CreateClient();
        var doc = await client.GetDocumentAsync($"/Compare?roles={roles}");
        var shown = CiteTests.SourceLinks(doc);
        var bib = await client.GetStringAsync(doc.QuerySelector("details.cite-page a[href*='format=bibtex']")!.GetAttribute("href")!);

        Assert.Contains(shown, s => s.StartsWith("onet-", StringComparison.Ordinal));
        Assert.Contains(shown, s => s.StartsWith("bls-employment-projections-", StringComparison.Ordinal));
        Assert.Equal(shown, CiteTests.BibTexKeys(bib));
    }
}
