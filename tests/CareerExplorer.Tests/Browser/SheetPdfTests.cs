using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerExplorer.Tests.Browser;

/// <summary>
/// The printable sheets on paper: Chromium prints each to PDF (what the browser's Print makes) on
/// A4 and on US Letter, and the PDF is read back with poppler's pdftotext: the number of pages,
/// every footnote and every figure of the HTML in the PDF's text (so nothing was cut off or
/// pushed off the page), nothing wider than the paper. The PDFs and their pages as PNG land in
/// TestResults/browser/sheets/ to look at. Then axe-core and the policy on the sheets, and the
/// print button. The QR code is read back from the printed page with zbarimg.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SheetPdfTests(BrowserFixture browser)
{
    public const string PdfToText = "/usr/bin/pdftotext";
    public const string PdfToPpm = "/usr/bin/pdftoppm";

    private const string FourRoles = "machine-learning-engineer,data-scientist,software-developer,computer-and-information-research-scientist";

    /// <summary>Name, address, most pages: a seed role (the most articles' figures), a seed role with official data, an official role, and a comparison of four.</summary>
    public static TheoryData<string, string, int> Sheets => new()
    {
        { "machine-learning-engineer", "/Roles/machine-learning-engineer/Sheet", 1 },
        { "data-scientist", "/Roles/data-scientist/Sheet", 1 },
        { "computer-and-information-research-scientist", "/Roles/computer-and-information-research-scientist/Sheet", 1 },
        { "compare-four", "/Compare/Sheet?roles=" + FourRoles, 2 },
    };

    public static TheoryData<string, string, int, string> SheetsOnPaper()
    {
        var data = new TheoryData<string, string, int, string>();
        foreach (var row in Sheets)
            foreach (var format in new[] { "A4", "Letter" })
                data.Add((string)row[0], (string)row[1], (int)row[2], format);
        return data;
    }

    /// <summary>The paper's width and height in points (1/72 in), as PDFs measure them.</summary>
    private static readonly Dictionary<string, (double Width, double Height)> Paper = new()
    {
        ["A4"] = (595.28, 841.89),
        ["Letter"] = (612, 792),
    };

    /// <summary>The text of the sheet that must reach the paper: every note, every figure and its label, the headings, the address, the credits.</summary>
    private const string PrintedText = """
        () => [...document.querySelectorAll(
            'main h1, main h2:not(.sr-only), main h3, .sheet-summary, .sheet-meta, .sheet-about p, ' +
            '.sheet-table tbody tr > *, .sheet-list li, .sheet-ratings li, .sheet-block > p, ' +
            '.sheet-compare thead th, .sheet-compare tbody th, .sheet-compare tbody td:not(:has(li, p)), .sheet-compare tbody td li, ' +
            '.sheet-compare tbody td > p, .sheet-compare tbody td > span, ' +
            'ol.footnotes > li, .sheet-credits p')]
          .map(e => e.innerText).filter(t => t.trim().length > 0)
        """;

    [Theory]
    [MemberData(nameof(SheetsOnPaper))]
    public async Task Sheet_PrintedToPdf_FitsItsPages_WithEveryNoteAndFigureInTheText(string name, string url, int mostPages, string format)
    {
        BrowserFixture.RequireProgram(PdfToText, "Debian's poppler-utils package");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        var expected = await page.EvaluateAsync<string[]>(PrintedText);
        var notes = await page.Locator("ol.footnotes > li").CountAsync();
        Assert.True(notes > 0, "the sheet has no notes");

        var folder = Path.Combine(BrowserFixture.ArtifactFolder, "sheets");
        Directory.CreateDirectory(folder);
        var pdfPath = Path.Combine(folder, $"{name}-{format}.pdf");
        await page.PdfAsync(new PagePdfOptions { Format = format, Path = pdfPath, PrintBackground = true });

        var text = await BrowserFixture.RunAsync(PdfToText, $"-raw -enc UTF-8 \"{pdfPath}\" -", folder);
        var pages = text.Split('\f').Count(p => p.Trim().Length > 0);
        Assert.True(pages >= 1 && pages <= mostPages, $"{url} on {format}: {pages} pages, at most {mostPages} expected");

        var info = await BrowserFixture.RunAsync("/usr/bin/pdfinfo", $"\"{pdfPath}\"", folder);
        var size = Regex.Match(info, @"Page size:\s+([\d.]+) x ([\d.]+) pts");
        // Chromium rounds the paper to its own units: within a point or two of the standard.
        Assert.InRange(double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), Paper[format].Width - 2, Paper[format].Width + 2);
        Assert.InRange(double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture), Paper[format].Height - 2, Paper[format].Height + 2);

        // Line breaks differ between the page and the paper: compare the text without its spaces.
        var printed = Squeeze(text);
        var missing = expected.Where(e => !printed.Contains(Squeeze(e), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{url} on {format}: not in the PDF's text:\n" + string.Join("\n", missing));
        for (var n = 1; n <= notes; n++)
            Assert.Matches(new Regex($@"(^|\n){n}\.\s"), text); // each numbered note is printed with its number

        // Pictures of the pages, to look at (pdftoppm is in the same package).
        await BrowserFixture.RunAsync(PdfToPpm, $"-png -r 60 \"{pdfPath}\" \"{Path.Combine(folder, $"{name}-{format}")}\"", folder);

        // The printed QR code reads as the live page's address, which the sheet also prints.
        BrowserFixture.RequireProgram(ZbarImg, "Debian's zbar-tools package");
        var live = await page.Locator(".sheet-meta a").GetAttributeAsync("href");
        Assert.StartsWith(browser.BaseUrl, live);
        var scan = Path.Combine(folder, $"{name}-{format}-scan");
        await BrowserFixture.RunAsync(PdfToPpm, $"-png -r 150 -f 1 -l 1 -singlefile \"{pdfPath}\" \"{scan}\"", folder);
        var decoded = await BrowserFixture.RunAsync(ZbarImg, $"-q --raw \"{scan}.png\"", folder);
        File.Delete(scan + ".png");
        Assert.Contains(live! + "\n", decoded);
        Assert.Contains(Squeeze(live!), printed);
    }

    public const string ZbarImg = "/usr/bin/zbarimg";

    [Theory]
    [InlineData("/Roles/machine-learning-engineer/Sheet", "A4")]
    [InlineData("/Roles/machine-learning-engineer/Sheet", "Letter")]
    [InlineData("/Compare/Sheet?roles=" + FourRoles, "A4")]
    [InlineData("/Compare/Sheet?roles=" + FourRoles, "Letter")]
    public async Task Sheet_InPrint_IsNoWiderThanThePaper(string url, string format)
    {
        // The width inside the 12 mm margins, in CSS pixels (96 to the inch).
        var width = (int)Math.Floor((Paper[format].Width / 72 * 25.4 - 24) / 25.4 * 96);
        await using var context = await browser.NewContextAsync(width, 1000);
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.GotoAsync(url);
        var wide = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main *')]
              .filter(e => !e.closest('.sr-only'))
              .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'); })
              .map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 60))
            """);
        Assert.True(wide.Length == 0, $"{url} on {format} ({width}px): wider than the paper:\n" + string.Join("\n", wide));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.False(await page.Locator(".sheet-tools").IsVisibleAsync()); // the screen's tools are not printed
    }

    [Theory]
    [InlineData("/Roles/machine-learning-engineer/Sheet", 1280)]
    [InlineData("/Roles/computer-and-information-research-scientist/Sheet", 1280)]
    [InlineData("/Compare/Sheet?roles=" + FourRoles, 1280)]
    [InlineData("/Roles/computer-and-information-research-scientist/Sheet", 390)]
    [InlineData("/Compare/Sheet?roles=" + FourRoles, 390)]
    [InlineData("/Compare/Sheet?roles=machine-learning-engineer", 1280)]
    public async Task Sheet_BreaksNoContentSecurityPolicyRule_AndHasNoSeriousOrCriticalAxeViolations(string url, int width)
    {
        var checkedPage = await browser.SharedCheckedPageAsync(admin: false, width: width, height: width < 600 ? 844 : 900);
        var page = checkedPage.Page;
        await page.GotoAsync(url);
        await BrowserFixture.AssertNoCspViolationsAsync(checkedPage);
        await page.EvaluateAsync(browser.AxeScript);
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
            }
            """);
        var list = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(list.Count == 0, $"{page.Url}:\n" + string.Join("\n", list));
    }

    [Fact]
    public async Task PrintButton_IsShownByItsScript_AndOpensTheBrowsersPrint()
    {
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync("window.print = () => { window.__printed = (window.__printed || 0) + 1; };");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Roles/data-scientist/Sheet");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Print this sheet" });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__printed || 0"));
        Assert.StartsWith("Or use your browser’s Print", await page.Locator("[data-print-hint]").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "sheets", "role-sheet-on-screen");
    }

    [Fact]
    public async Task WithoutScript_TheSheetSaysToUseTheBrowsersPrint()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Roles/data-scientist/Sheet");
        Assert.False(await page.Locator("button[data-print]").IsVisibleAsync());
        Assert.Contains("use your browser’s Print", await page.Locator("[data-print-hint]").InnerTextAsync());
    }

    /// <summary>The text without whitespace, in one Unicode form (a ligature in the PDF reads as its letters).</summary>
    private static string Squeeze(string text) =>
        new(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
