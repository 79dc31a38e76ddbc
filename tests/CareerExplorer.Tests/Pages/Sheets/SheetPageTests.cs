using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Services.Onet;

namespace CareerExplorer.Tests.Pages.Sheets;

/// <summary>
/// The printable sheets as HTML (their paper is checked in Browser/SheetPdfTests): every figure
/// carries a footnote number, the numbers run 1, 2, 3 in reading order, every note names its
/// source, its year or release and an address; the live page's address and its QR code; the
/// credits; the links from the role and compare pages; unknown roles and refused comparisons.
/// The app has every official data set (seed, OEWS May 2023, O*NET 29.0, both projections).
/// </summary>
public class SheetPageTests(OfficialDataApp app) : IClassFixture<OfficialDataApp>
{
    public const string FourRoles = "machine-learning-engineer,data-scientist,software-developer,computer-and-information-research-scientist";

    public static TheoryData<string> Sheets =>
    [
        "/Roles/machine-learning-engineer/Sheet", // seed only: the articles' figures, BLS's projection of its proxy occupation
        "/Roles/data-scientist/Sheet", // seed and official
        "/Roles/computer-and-information-research-scientist/Sheet", // official: OEWS, O*NET, projections
        "/Roles/statisticians/Sheet", // official only
        "/Compare/Sheet?roles=" + FourRoles,
    ];

    [Theory]
    [MemberData(nameof(Sheets))]
    public async Task Sheet_NumbersItsNotesInReadingOrder_AndListsEachOnceWithSourceYearAndAddress(string url)
    {
        var doc = await app.CreateClient().GetDocumentAsync(url);
        var marks = doc.QuerySelectorAll("main sup.note-ref a").Select(a => Number(a.GetAttribute("href")!)).ToList();
        Assert.NotEmpty(marks);

        // The first use of each note is the next number: 1, 2, 3... in the order a reader meets them.
        var firstUses = marks.Distinct().ToList();
        Assert.Equal(Enumerable.Range(1, firstUses.Count), firstUses);

        var notes = doc.QuerySelectorAll("ol.footnotes > li").ToList();
        Assert.Equal(firstUses.Count, notes.Count); // each note used, none missing
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            Assert.Equal($"note-{i + 1}", note.Id);
            Assert.Equal((i + 1).ToString(), note.GetAttribute("value"));
            Assert.False(string.IsNullOrWhiteSpace(note.QuerySelector(".publisher")?.Text()), $"note {i + 1} names no source");
            Assert.False(string.IsNullOrWhiteSpace(note.QuerySelector(".title")?.Text()), $"note {i + 1} names no title");
            Assert.Matches(@"\b(19|20)\d\d\b", note.QuerySelector(".when")!.Text()); // a year, or a release that has one
            var address = note.QuerySelector("a.address")!;
            Assert.Matches("^https?://", address.GetAttribute("href")!);
            Assert.Equal(address.GetAttribute("href"), address.Text()); // printed as it is, for paper
        }
    }

    [Theory]
    [MemberData(nameof(Sheets))]
    public async Task Sheet_EveryFigureCarriesAFootnote(string url)
    {
        var doc = await app.CreateClient().GetDocumentAsync(url);
        var figures = FigureElements(doc);
        Assert.NotEmpty(figures);
        Assert.All(figures, figure => Assert.True(figure.QuerySelector("sup.note-ref a[href^='#note-']") is not null, $"no footnote: {figure.Text()}"));
        // Every figure of money or a percentage on the sheet is in one of those elements.
        var outside = doc.QuerySelectorAll("main td, main li, main p").Where(e => e.Closest(".sheet-foot, .sheet-head") is null)
            .Where(e => Regex.IsMatch(e.Text(), @"\$\d|\d%"))
            .Where(e => !figures.Any(f => f == e || f.Contains(e) || e.Contains(f)))
            .Select(e => e.Text()).ToList();
        Assert.True(outside.Count == 0, "figures without a note: " + string.Join(" | ", outside));
    }

    [Fact]
    public async Task RoleSheet_OfAnOfficialRole_HasTheOewsPercentilesAndTheProjection_EachWithItsRelease()
    {
        var doc = await app.CreateClient().GetDocumentAsync("/Roles/computer-and-information-research-scientist/Sheet");
        var official = doc.QuerySelector("table.official-table")!;
        var median = official.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.Text().StartsWith("Median"));
        Assert.Equal("$145,080", median.QuerySelectorAll("td")[0].Text());
        var note = Note(doc, median);
        Assert.Contains("U.S. Bureau of Labor Statistics, OEWS", note.Text());
        Assert.Contains("May 2023 release", note.Text());
        Assert.Equal("https://www.bls.gov/oes/tables.htm", note.QuerySelector("a.address")!.GetAttribute("href"));

        var change = doc.QuerySelectorAll("table.official-table tbody tr").Single(r => r.QuerySelector("th")!.Text().StartsWith("Change in jobs"));
        Assert.Contains("2024–34 release", Note(doc, change).Text());

        // O*NET: what the job is, its education, job zone and top skills, under O*NET's release.
        var about = doc.QuerySelector(".sheet-about p")!;
        Assert.Contains("O*NET 29.0 (August 2024)", Note(doc, about).Text());
        Assert.Equal(5, doc.QuerySelectorAll("ol.sheet-ratings")[0].QuerySelectorAll("li").Length);
        Assert.Contains(doc.QuerySelectorAll("ul.sheet-list li"), li => li.Text().StartsWith("Job zone 5 of 5"));
    }

    [Fact]
    public async Task RoleSheet_OfASeedRole_TellsTheArticlesFiguresFromTheOfficialOnes()
    {
        var client = app.CreateClient();
        var sheet = await client.GetDocumentAsync("/Roles/machine-learning-engineer/Sheet");
        var page = await client.GetDocumentAsync("/Roles/machine-learning-engineer");

        // Every article pay figure of the role page, with its year, under the articles' heading.
        var articles = sheet.QuerySelectorAll("table.articles-table")[0];
        Assert.Contains("What the articles say", articles.PreviousElementSibling!.Text());
        var onPage = page.QuerySelectorAll("table.salary-figures tbody tr").Select(r => (Amount: r.QuerySelector("td.amount")!.Text().Split(' ')[0], Year: r.QuerySelector("td.year")!.Text())).ToList();
        var onSheet = articles.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")).Select(c => (Amount: c[1].Text(), Year: c[2].Text())).ToList();
        Assert.Equal(8, onSheet.Count);
        foreach (var (amount, year) in onSheet)
            Assert.Contains(onPage, p => p.Amount == amount.Split(' ')[0] && p.Year.StartsWith(year, StringComparison.Ordinal));

        // Glassdoor's figure, read in the University of San Diego's article: both named, the article by its own note.
        var glassdoor = articles.QuerySelectorAll("tbody tr").First(r => r.Text().Contains("$168,730") && r.Text().Contains("Average"));
        var note = Note(sheet, glassdoor);
        Assert.StartsWith("Glassdoor, Glassdoor salary data. Figures for 2025.", note.Text());
        Assert.Matches(@"Cited in University of San Diego \(2025\), note \d+\.", note.Text());

        // The official projection is BLS's, of the occupation the articles file the role under, and says so.
        Assert.Contains("BLS projects no occupation called Machine Learning Engineer", sheet.QuerySelector("#outlook")!.ParentElement!.Text());
        Assert.Null(sheet.QuerySelector("#pay ~ table.official-table"));
    }

    [Fact]
    public async Task RoleSheet_SaysWhenItWasMade_AndWhereTheLivePageIs_WithAQrCodeOfIt()
    {
        var doc = await app.CreateClient().GetDocumentAsync("/Roles/data-scientist/Sheet");
        var live = doc.QuerySelector(".sheet-meta a")!;
        Assert.Equal("http://localhost/Roles/data-scientist", live.GetAttribute("href"));
        Assert.Equal("http://localhost/Roles/data-scientist", live.Text());
        Assert.Matches(@"Made \d{1,2} [A-Z][a-z]+ 20\d\d at \d\d:\d\d UTC", doc.QuerySelector(".sheet-meta")!.Text());

        var qr = (IHtmlImageElement)doc.QuerySelector("img.sheet-qr")!;
        const string prefix = "data:image/svg+xml;base64,";
        Assert.StartsWith(prefix, qr.Source);
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(qr.GetAttribute("src")![prefix.Length..]));
        Assert.Contains("<svg", svg);
        Assert.Contains("http://localhost/Roles/data-scientist", qr.AlternativeText);
        Assert.Equal(CareerExplorer.Web.Pages.Shared.QrCodes.SvgDataUri("http://localhost/Roles/data-scientist"), qr.GetAttribute("src"));
    }

    [Fact]
    public async Task Sheets_CarryTheCreditsTheLicensesRequire()
    {
        var client = app.CreateClient();
        var official = await client.GetDocumentAsync("/Roles/computer-and-information-research-scientist/Sheet");
        var credits = official.QuerySelector(".sheet-credits")!.Text();
        Assert.Contains(OnetNames.Credit("29.0"), credits);
        Assert.Contains("https://creativecommons.org/licenses/by/4.0/", credits);
        Assert.Contains("in the public domain", credits);

        // A role with no O*NET content shows none of it, and so owes O*NET no credit.
        var seed = await client.GetDocumentAsync("/Roles/machine-learning-engineer/Sheet");
        Assert.DoesNotContain("O*NET", seed.QuerySelector(".sheet-credits")!.Text());

        var compare = await client.GetDocumentAsync("/Compare/Sheet?roles=" + FourRoles);
        Assert.Contains(OnetNames.Credit("29.0"), compare.QuerySelector(".sheet-credits")!.Text());
    }

    [Fact]
    public async Task CompareSheet_HasAColumnARole_AndItsLivePageIsTheComparison()
    {
        var doc = await app.CreateClient().GetDocumentAsync("/Compare/Sheet?roles=" + FourRoles);
        var columns = doc.QuerySelectorAll("table.sheet-compare thead th").Select(th => th.Text()).ToList();
        Assert.Equal(["Machine Learning Engineer", "Data Scientist", "Software Developer", "Computer and Information Research Scientist"], columns);
        Assert.All(doc.QuerySelectorAll("table.sheet-compare tbody tr"), row => Assert.Equal(5, row.Children.Length));
        Assert.Equal("http://localhost/Compare?roles=" + FourRoles, doc.QuerySelector(".sheet-meta a")!.GetAttribute("href"));
        // The official and the articles' rows are told apart.
        Assert.Equal(2, doc.QuerySelectorAll("table.sheet-compare tr.official").Length);
        Assert.All(doc.QuerySelectorAll("table.sheet-compare tr.articles th"), th => Assert.Contains("not official", th.Text()));
    }

    [Fact]
    public async Task CompareSheet_ByTitles_IsTheSheetOfTheirSlugs()
    {
        var doc = await app.CreateClient().GetDocumentAsync("/Compare/Sheet?roles=Data%20Scientist,software-developer");
        Assert.Equal("http://localhost/Compare?roles=data-scientist,software-developer", doc.QuerySelector(".sheet-meta a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task RoleSheet_OfAnUnknownRole_IsNotFound()
    {
        var response = await app.CreateClient().GetAsync("/Roles/no-such-role/Sheet");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", (await Html.ParseAsync(response)).QuerySelector("h1")!.Text());
    }

    [Theory]
    [InlineData("machine-learning-engineer")]
    [InlineData("a,b,c,d,e")]
    [InlineData("machine-learning-engineer,not-a-role")]
    [InlineData("machine-learning-engineer,MACHINE-LEARNING-ENGINEER")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E,x")]
    public async Task CompareSheet_ThatTheComparePageRefuses_IsRefusedWithTheSameStatusAndMessages(string roles)
    {
        var client = app.CreateClient();
        var page = await client.GetAsync("/Compare?roles=" + roles);
        var sheet = await client.GetAsync("/Compare/Sheet?roles=" + roles);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(page.StatusCode, sheet.StatusCode);
        var expected = (await Html.ParseAsync(page)).QuerySelectorAll(".error-summary li").Select(li => li.Text()).ToList();
        var doc = await Html.ParseAsync(sheet);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, doc.QuerySelectorAll(".error-summary[role='alert'] li").Select(li => li.Text()).ToList());
        Assert.NotNull(doc.QuerySelector("main a[href^='/Compare?roles=']")); // back to the compare page, the roles as typed
        Assert.Null(doc.QuerySelector("script:not([src])"));
    }

    [Theory]
    [InlineData("/Compare/Sheet")]
    [InlineData("/Compare/Sheet?roles=")]
    [InlineData("/Compare/Sheet?roles=,,")]
    public async Task CompareSheet_OfNoRoles_AsksForTwo(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose at least 2 roles to compare; you chose 0.", (await Html.ParseAsync(response)).QuerySelector(".error-summary")!.Text());
    }

    [Fact]
    public async Task CompareSheet_OfRepeatedRolesParameters_RedirectsToTheOneShareableAddress()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/Compare/Sheet?roles=data-scientist&roles=software-developer&roles=");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Compare/Sheet?roles=data-scientist,software-developer", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RolePage_AndComparePage_LinkToTheirSheets()
    {
        var client = app.CreateClient();
        var role = await client.GetDocumentAsync("/Roles/data-scientist");
        Assert.Equal("Printable sheet", role.QuerySelector("a[href='/Roles/data-scientist/Sheet']")!.Text());

        var compare = await client.GetDocumentAsync("/Compare?roles=data-scientist,software-developer&year=2020");
        var link = compare.QuerySelectorAll("a").Single(a => a.Text() == "Printable sheet");
        Assert.Equal("/Compare/Sheet?roles=data-scientist,software-developer", link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link.GetAttribute("href"))).StatusCode);
    }

    [Fact]
    public async Task Sheet_HasAPrintButtonForScript_AndSaysWhatToDoWithout()
    {
        var doc = await app.CreateClient().GetDocumentAsync("/Roles/data-scientist/Sheet");
        var button = doc.QuerySelector("button[data-print]")!;
        Assert.Equal("Print this sheet", button.Text());
        Assert.True(button.HasAttribute("hidden")); // shown by the script, which makes it work
        Assert.Contains("use your browser’s Print", doc.QuerySelector("[data-print-hint]")!.Text());
        Assert.NotNull(doc.QuerySelector("script[src*='/js/sheet-print']"));
        Assert.Equal("/Roles/data-scientist", doc.QuerySelector("nav.sheet-tools a")!.GetAttribute("href"));
        Assert.Single(doc.QuerySelectorAll("h1"));
        Assert.NotNull(doc.QuerySelector("main#main"));
    }

    /// <summary>The elements that hold a figure: a table row of figures, a line of a compare cell, a paragraph of a figure.</summary>
    public static List<IElement> FigureElements(IDocument doc) =>
        doc.QuerySelectorAll("table.sheet-table tbody tr, table.sheet-compare ul.figs li, table.sheet-compare ol.figs li, ul.sheet-list li, ol.sheet-ratings li, .sheet-about p").ToList();

    private static int Number(string href) => int.Parse(href["#note-".Length..]);

    /// <summary>The footnote an element's (first) mark points to.</summary>
    private static IElement Note(IDocument doc, IElement element) =>
        doc.QuerySelector("#note-" + Number(element.QuerySelector("sup.note-ref a")!.GetAttribute("href")!))!;
}
