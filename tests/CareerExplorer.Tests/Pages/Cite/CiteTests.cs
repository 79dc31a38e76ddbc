using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Cite;

/// <summary>
/// "Cite this page" on role and compare pages, and their sources as RIS and BibTeX, over the seed
/// data on a fixed day (3 December 2026), against citations written out by hand.
/// </summary>
public class CiteTests(FixedClockApp app) : IClassFixture<FixedClockApp>
{
    private const string Role = "/Roles/machine-learning-engineer";
    private const string Three = "machine-learning-engineer,data-scientist,software-developer";

    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Get_RolePage_CitesItselfInApaMlaAndChicago()
    {
        var doc = await Client().GetDocumentAsync(Role);
        var cite = doc.QuerySelector("section.cite-share details.cite-page")!;

        Assert.Equal("Cite this page", cite.QuerySelector("summary")!.Text());
        Assert.Equal("CareerExplorer. (n.d.). Machine Learning Engineer. Retrieved December 3, 2026, from http://localhost/Roles/machine-learning-engineer",
            cite.QuerySelector("dd[data-style='apa']")!.Text());
        Assert.Equal("Machine Learning Engineer", cite.QuerySelector("dd[data-style='apa'] cite")!.Text());
        Assert.Equal("\u201CMachine Learning Engineer.\u201D CareerExplorer, localhost/Roles/machine-learning-engineer. Accessed 3 Dec. 2026.",
            cite.QuerySelector("dd[data-style='mla']")!.Text());
        Assert.Equal("CareerExplorer", cite.QuerySelector("dd[data-style='mla'] cite")!.Text());
        Assert.Equal("CareerExplorer. n.d. \u201CMachine Learning Engineer.\u201D Accessed December 3, 2026. http://localhost/Roles/machine-learning-engineer.",
            cite.QuerySelector("dd[data-style='chicago']")!.Text());
        Assert.Contains("author-date", cite.QuerySelector("dd[data-style='chicago']")!.PreviousElementSibling!.Text());
    }

    [Fact]
    public async Task Get_RoleCitation_Ris_SeedArticlesAreTheHandWrittenRecords()
    {
        var ris = await DownloadAsync(Role + "/Cite?format=ris", "application/x-research-info-systems", "careerexplorer-machine-learning-engineer-sources.ris");
        Assert.Contains(
            "TY  - ELEC\r\n" +
            "AU  - George Mason University\r\n" +
            "TI  - How to Get Started in Machine Learning Engineering\r\n" +
            "PY  - 2025\r\n" +
            "PB  - George Mason University\r\n" +
            "Y2  - 2026/12/03\r\n" +
            "ER  - \r\n", ris);
        Assert.Contains(
            "TY  - ELEC\r\n" +
            "AU  - Indeed\r\n" +
            "TI  - Indeed salary data (average base salary)\r\n" +
            "PY  - 2022\r\n" +
            "PB  - Indeed\r\n" +
            "N1  - Period: June 2022\r\n" +
            "Y2  - 2026/12/03\r\n" +
            "ER  - \r\n", ris);
        Assert.Contains(
            "TY  - GOVDOC\r\n" +
            "AU  - U.S. Bureau of Labor Statistics\r\n" +
            "TI  - U.S. Bureau of Labor Statistics (publication not named in the documents)\r\n" +
            "PB  - U.S. Bureau of Labor Statistics\r\n" +
            "Y2  - 2026/12/03\r\n" +
            "ER  - \r\n", ris);
    }

    [Fact]
    public async Task Get_RoleCitation_BibTex_SeedArticlesAreTheHandWrittenEntries()
    {
        var bib = await DownloadAsync(Role + "/Cite?format=bibtex", "application/x-bibtex", "careerexplorer-machine-learning-engineer-sources.bib");
        Assert.Contains(
            "@misc{usd-ml-career-guide-2025,\n" +
            "  author = {{University of San Diego}},\n" +
            "  title = {{Want to Work in Machine Learning? [2025 Career \\& Industry Guide]}},\n" +
            "  year = {2025},\n" +
            "  urldate = {2026-12-03}\n" +
            "}\n", bib);
        Assert.Contains(
            "@misc{gmu-ml-engineering-2025,\n" +
            "  author = {{George Mason University}},\n" +
            "  title = {{How to Get Started in Machine Learning Engineering}},\n" +
            "  year = {2025},\n" +
            "  urldate = {2026-12-03}\n" +
            "}\n", bib);
        Assert.Contains(
            "@misc{linkedin,\n" +
            "  author = {{LinkedIn}},\n" +
            "  title = {{LinkedIn job search}},\n" +
            "  year = {2025},\n" +
            "  note = {Period: February 2025},\n" +
            "  urldate = {2026-12-03}\n" +
            "}\n", bib);
    }

    [Theory]
    [InlineData("machine-learning-engineer")]
    [InlineData("data-scientist")]
    [InlineData("computer-and-information-research-scientist")]
    [InlineData("machine-learning-professional")]
    public async Task Get_RoleCitation_Ris_ListsEverySource(string slug)
    {
        var shown = SourceLinks(await Client().GetDocumentAsync($"/Roles/{slug}"));
        var ris = await Client().GetStringAsync($"/Roles/{slug}/Cite?format=ris");

        await using var db = app.CreateDbContext();
        var titles = await db.Sources.Where(s => shown.Contains(s.Slug)).Select(s => s.Title).ToListAsync();
        Assert.Equal(shown.Count, titles.Count);
        Assert.Equal(shown.Count, Regex.Matches(ris, "^TY  - ", RegexOptions.Multiline).Count);
        Assert.All(titles, title => Assert.Contains($"\r\nTI  - {title}\r\n", ris));
    }

    [Theory]
    [InlineData("machine-learning-engineer")]
    [InlineData("data-scientist")]
    [InlineData("computer-and-information-research-scientist")]
    [InlineData("machine-learning-professional")]
    public async Task Get_RoleCitation_BibTex_ListsEverySourceThePageShows_AndNoOther(string slug)
    {
        var shown = SourceLinks(await Client().GetDocumentAsync($"/Roles/{slug}"));
        var bib = await Client().GetStringAsync($"/Roles/{slug}/Cite?format=bibtex");

        Assert.NotEmpty(shown);
        Assert.Equal(shown, BibTexKeys(bib));
    }

    [Fact]
    public async Task Get_RolePage_SourcesCitedOnThePage_AreEverySourceItLinks()
    {
        var doc = await Client().GetDocumentAsync(Role);
        var listed = SourceLinks(doc, "#sources + ul");

        Assert.Equal(SourceLinks(doc), listed);
        Assert.Contains($"All {listed.Count} sources this page cites", doc.QuerySelector("details.cite-page")!.Text());
    }

    [Fact]
    public async Task Get_RoleCitation_RisThenBibTex_AreTwoFilesNotOneCachedAnswer()
    {
        var ris = await Client().GetAsync(Role + "/Cite?format=ris");
        var bib = await Client().GetAsync(Role + "/Cite?format=BibTeX");
        var risAgain = await Client().GetAsync(Role + "/Cite?format=ris&unread=1");

        Assert.Equal("application/x-research-info-systems", ris.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/x-bibtex", bib.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await ris.Content.ReadAsStringAsync(), await risAgain.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/Roles/machine-learning-engineer/Cite?format=docx", HttpStatusCode.BadRequest, "There is no citation format")]
    [InlineData("/Roles/machine-learning-engineer/Cite", HttpStatusCode.BadRequest, "format=ris")]
    [InlineData("/Roles/no-such-role/Cite?format=ris", HttpStatusCode.NotFound, "There is no role “no-such-role”")]
    [InlineData("/Compare/Cite?roles=machine-learning-engineer&format=ris", HttpStatusCode.BadRequest, "Choose at least 2 roles")]
    [InlineData("/Compare/Cite?roles=machine-learning-engineer,no-such-role&format=bibtex", HttpStatusCode.BadRequest, "There is no role “no-such-role”")]
    [InlineData("/Compare/Cite?format=ris", HttpStatusCode.BadRequest, "Choose 2 to 4 roles")]
    [InlineData("/Compare/Cite?roles=machine-learning-engineer,data-scientist&format=%00", HttpStatusCode.BadRequest, "There is no citation format")]
    public async Task Get_Citation_BadRequest_SaysWhatIsWrongWithA4xx(string url, HttpStatusCode expected, string message)
    {
        var response = await Client().GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Citation_HugeFormat_Is400WithAShortMessage()
    {
        var response = await Client().GetAsync(Role + "/Cite?format=" + new string('x', 10_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadAsStringAsync()).Length < 300);
    }

    [Fact]
    public async Task Get_ComparePage_CitesItself_AndItsDownloadsListEverySourceItShows()
    {
        var doc = await Client().GetDocumentAsync($"/Compare?roles={Three}");
        var year = doc.QuerySelector("select[name='year'] option[selected]")!.GetAttribute("value");
        var shown = SourceLinks(doc);

        var apa = doc.QuerySelector("details.cite-page dd[data-style='apa']")!.Text();
        Assert.Equal($"CareerExplorer. (n.d.). Compare pay: Machine Learning Engineer, Data Scientist, Software Developer ({year} dollars). Retrieved December 3, 2026, from "
            + $"http://localhost/Compare?roles=machine-learning-engineer,data-scientist,software-developer&year={year}", apa);
        var bibLink = doc.QuerySelector("details.cite-page a[href*='format=bibtex']")!.GetAttribute("href")!;
        var bib = await Client().GetStringAsync(bibLink);
        Assert.Contains("cpi", string.Join(" ", shown)); // the price index the figures are restated with
        Assert.Equal(shown, BibTexKeys(bib));
        var ris = await Client().GetStringAsync(doc.QuerySelector("details.cite-page a[href*='format=ris']")!.GetAttribute("href")!);
        Assert.Equal(shown.Count, Regex.Matches(ris, "^TY  - ", RegexOptions.Multiline).Count);
    }

    [Fact]
    public async Task Get_ComparePage_ShareLinkHoldsTheRolesAndTheYear_AndOpensTheSameComparison()
    {
        var doc = await Client().GetDocumentAsync("/Compare?roles=Data+Scientist,machine-learning-engineer&year=2020");
        var link = doc.QuerySelector("input#share-url")!.GetAttribute("value")!;

        Assert.Equal("http://localhost/Compare?roles=data-scientist,machine-learning-engineer&year=2020", link);
        var shared = await Client().GetDocumentAsync(link);
        Assert.Equal(
            doc.QuerySelectorAll("table.compare-summary tbody tr").Select(r => r.GetAttribute("data-role")),
            shared.QuerySelectorAll("table.compare-summary tbody tr").Select(r => r.GetAttribute("data-role")));
        Assert.Equal("2020", shared.QuerySelector("select[name='year'] option[selected]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/Roles/data-scientist", "http://localhost/Roles/data-scientist", "Data Scientist", true)]
    [InlineData("/Roles/data-scientist?utm_source=x", "http://localhost/Roles/data-scientist", "Data Scientist", true)]
    [InlineData("/Paths", "http://localhost/Paths", "Career paths", false)]
    [InlineData("/Paths?job=qqqzzzxxyy", "http://localhost/Paths?job=qqqzzzxxyy", "Career paths", false)]
    [InlineData("/Paths/data-scientist?more=1&all=on&junk=x", "http://localhost/Paths/data-scientist?more=1&all=1", "Where next from Data Scientist", false)]
    [InlineData("/Paths/data-scientist/machine-learning-engineer", "http://localhost/Paths/data-scientist/machine-learning-engineer", "From Data Scientist to Machine Learning Engineer", false)]
    public async Task Get_Page_SharesItsWholeAddress_InAReadOnlyLabelledField_AndAnEmail(string url, string address, string title, bool cited)
    {
        var doc = await Client().GetDocumentAsync(url);
        var section = doc.QuerySelector("section.cite-share")!;

        var field = (IHtmlInputElement)section.QuerySelector("input#share-url")!;
        Assert.Equal(address, field.Value);
        Assert.True(field.IsReadOnly);
        Assert.Equal("Link to this page", section.QuerySelector("label[for='share-url']")!.Text());
        var copy = section.QuerySelector("button[data-copy='share-url']")!;
        Assert.True(copy.HasAttribute("hidden"), "without script there is nothing for the button to do");
        Assert.Equal("status", doc.GetElementById(copy.GetAttribute("data-copy-status")!)!.GetAttribute("role"));
        Assert.NotNull(doc.QuerySelector("script[src^='/js/share']"));

        var mail = section.QuerySelector("a[href^='mailto:']")!.GetAttribute("href")!;
        var query = mail["mailto:?".Length..].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal($"{title} · CareerExplorer", query["subject"]);
        Assert.Equal($"{title}\r\n{address}", query["body"]);
        Assert.DoesNotContain("+", mail); // spaces are %20 in a mailto address, never +

        Assert.Equal(cited, section.QuerySelector("details.cite-page") is not null);
        Assert.Equal(cited ? "Share and cite this page" : "Share this page", section.QuerySelector("h2")!.Text());
    }

    [Fact]
    public async Task Get_ShareScript_IsServed()
    {
        var response = await Client().GetAsync("/js/share.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Link copied", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A download: 200, its media type and file name as given; its text.</summary>
    private async Task<string> DownloadAsync(string url, string mediaType, string fileName)
    {
        var response = await Client().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileName);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The slugs of every source a page links to, anywhere on it, once each, in order.</summary>
    internal static List<string> SourceLinks(IHtmlDocument doc, string within = "main") =>
        doc.QuerySelectorAll($"{within} a[href^='/Sources/']").Select(a => a.GetAttribute("href")!["/Sources/".Length..]).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The keys of a BibTeX file's entries, in order.</summary>
    internal static List<string> BibTexKeys(string bib) =>
        Regex.Matches(bib, @"^@misc\{([^,]+),$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
}
