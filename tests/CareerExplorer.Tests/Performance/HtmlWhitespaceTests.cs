using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Infrastructure;

namespace CareerExplorer.Tests.Performance;

public class HtmlWhitespaceTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    [Fact]
    public void Trim_RemovesIndentationAndEmptyLines_KeepsPreAndTextarea()
    {
        const string html = "<ul>\n    <li>a</li>\n\n    <li>b <em>c</em>\n      d</li>\n</ul>\n<pre>\n  kept\n    as is</pre>\n  <textarea name=\"n\">\n  also\n\n kept</textarea>\n  <p>x</p>";
        Assert.Equal("<ul>\n<li>a</li>\n<li>b <em>c</em>\nd</li>\n</ul>\n<pre>\n  kept\n    as is</pre>\n<textarea name=\"n\">\n  also\n\n kept</textarea>\n<p>x</p>", HtmlWhitespace.Trim(html));
    }

    [Theory]
    [InlineData("<p>Café — 2 500 €\n    <b>naïve</b></p>", "<p>Café — 2 500 €\n<b>naïve</b></p>")] // characters of more than one byte
    [InlineData("<PRE>\n  a</PRE>\n  b", "<PRE>\n  a</PRE>\nb")] // tags in capitals
    [InlineData("<pre>\n  never closed", "<pre>\n  never closed")]
    [InlineData("<prefix>\n  x", "<prefix>\nx")] // a longer tag name is not pre
    [InlineData("\n\n\n", "\n")]
    [InlineData("", "")]
    public void Trim_OddPages_TrimsOnlyIndentation(string html, string expected) => Assert.Equal(expected, HtmlWhitespace.Trim(html));

    [Theory]
    [InlineData("/Compare?roles=machine-learning-engineer,data-scientist,software-developer")]
    [InlineData("/Roles/machine-learning-engineer")]
    [InlineData("/Roles")]
    public async Task Get_Page_HasNoIndentationAndTheSameText(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var html = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.DoesNotContain("\n ", html);
        Assert.DoesNotContain("\n\n", html);
        Assert.EndsWith("</html>", html.TrimEnd());
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.NotNull(doc.QuerySelector("main h1"));
    }

    [Fact]
    public async Task Get_NotAPage_IsLeftAlone()
    {
        var json = await app.CreateClient().GetStringAsync("/api/roles/machine-learning-engineer");
        Assert.StartsWith("{", json);
        var csv = await app.CreateClient().GetStringAsync("/Compare/Export?roles=machine-learning-engineer,data-scientist");
        Assert.StartsWith("figure_id", csv.TrimStart('\uFEFF'));
    }
}
