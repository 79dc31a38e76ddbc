using CareerExplorer.Tests.Pages.Sheets;

namespace CareerExplorer.Tests.Browser;

/// <summary>
/// No public page scrolls sideways, on a desktop (1280 px) or a phone (390 px): neither the
/// document nor any box of the page that scrolls (overflow-x auto or scroll). Phones get stacked
/// rows instead of wide tables. Visually hidden parts (sr-only, clipped) are not looked at.
/// </summary>
[Collection(BrowserCollection.Name)]
public class NoSidewaysScrollTests(BrowserFixture browser)
{
    public static readonly int[] Widths = [1280, 390];

    /// <summary>
    /// The pages the accessibility checks open and the printable sheets, plus what only this check
    /// needs: the roles list filtered, sorted and searched (with a search that finds nothing and
    /// offers help), more role pages, comparisons of four (seed and official roles together, and
    /// official only), a move in full, the error pages.
    /// </summary>
    public static IEnumerable<string> Pages =>
        AccessibilityTests.PublicPages.Select<object[], string>(row => (string)row[0])
            .Concat(SheetPageTests.Sheets.Select<object[], string>(row => (string)row[0]))
            .Concat([
                "/Roles?sort=salary-desc", "/Roles?q=statis", "/Roles?q=pyhton", "/Roles?q=zzqqxx&field=29", "/Roles?growth=much-faster&field=15", "/Roles?articles=1", "/Roles?page=2",
                "/Roles/data-scientist", "/Roles/software-developer", "/Roles/statisticians",
                "/Compare?roles=" + SheetPageTests.FourRoles,
                "/Compare?roles=statisticians,operations-research-analysts,business-intelligence-analysts,computer-and-information-research-scientist",
                "/Compare?roles=statisticians,operations-research-analysts&year=2022",
                "/Paths/data-scientist/machine-learning-engineer", "/Paths/data-scientist?more=1&faster=1&education=1&all=1",
                "/Sources/gmu-ml-engineering-2025", "/Skills/no-such-skill", "/no/such/page",
            ])
            .Distinct();

    public static TheoryData<string, int> PagesAtEachWidth()
    {
        var data = new TheoryData<string, int>();
        foreach (var url in Pages)
            foreach (var width in Widths)
                data.Add(url, width);
        return data;
    }

    /// <summary>
    /// What scrolls sideways, one line each: the document (with the outermost elements that stick
    /// out past the window), then every visible box with overflow-x auto or scroll that is wider
    /// inside than it is (a pixel of rounding allowed).
    /// </summary>
    private const string SidewaysScrolling = """
        () => {
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('');
          const hidden = e => {
            for (let a = e; a && a !== document.documentElement; a = a.parentElement) {
              const s = getComputedStyle(a);
              if (s.position === 'absolute' && s.clip !== 'auto' || s.clipPath !== 'none' || a.classList.contains('sr-only')) return true;
            }
            return false;
          };
          const shown = e => e.getClientRects().length > 0 && !hidden(e);
          const found = [];
          const d = document.documentElement;
          if (d.scrollWidth > d.clientWidth) {
            const past = e => e.getBoundingClientRect().right > d.clientWidth + 1;
            const sticking = [...document.body.querySelectorAll('*')]
              .filter(e => shown(e) && past(e) && !past(e.parentElement))
              .slice(0, 8)
              .map(e => name(e) + ' reaches ' + Math.round(e.getBoundingClientRect().right) + ' px');
            found.push('the document: scrollWidth ' + d.scrollWidth + ' > clientWidth ' + d.clientWidth +
              (sticking.length ? ' (' + sticking.join('; ') + ')' : ''));
          }
          for (const e of document.querySelectorAll('body *')) {
            const overflow = getComputedStyle(e).overflowX;
            if ((overflow === 'auto' || overflow === 'scroll') && shown(e) && e.scrollWidth > e.clientWidth + 1)
              found.push(name(e) + (e.firstElementChild ? ' > ' + name(e.firstElementChild) : '') + ': scrollWidth ' + e.scrollWidth + ' > clientWidth ' + e.clientWidth);
          }
          return found;
        }
        """;

    [Theory]
    [MemberData(nameof(PagesAtEachWidth))]
    public async Task PublicPage_DoesNotScrollSideways(string url, int width)
    {
        var page = (await browser.SharedCheckedPageAsync(admin: false, width: width, height: width < 600 ? 844 : 900)).Page;
        await page.GotoAsync(url);
        var found = await page.EvaluateAsync<string[]>(SidewaysScrolling);
        Assert.True(found.Length == 0, $"{url} at {width} px scrolls sideways:\n" + string.Join("\n", found));
    }
}
