using System.Text.RegularExpressions;
using CareerExplorer.Web.Services;

namespace CareerExplorer.Tests.Services;

/// <summary>The citation rules (Services/Citations.cs) against citations written out by hand.</summary>
public class CitationsTests
{
    private static readonly DateOnly Accessed = new(2026, 12, 3);
    private const string Url = "https://careers.example.org/Roles/data-scientist";

    [Fact]
    public void Apa_OfARolePage_IsTheHandWrittenCitation_WithTheTitleInItalics()
    {
        var apa = Citations.Apa("Data Scientist", Url, Accessed);

        Assert.Equal("CareerExplorer. (n.d.). Data Scientist. Retrieved December 3, 2026, from https://careers.example.org/Roles/data-scientist", apa.Text);
        Assert.Equal("Data Scientist", apa.Italic);
    }

    [Fact]
    public void Mla_OfARolePage_IsTheHandWrittenCitation_WithTheSiteInItalics()
    {
        var mla = Citations.Mla("Data Scientist", Url, Accessed);

        Assert.Equal("\u201CData Scientist.\u201D CareerExplorer, careers.example.org/Roles/data-scientist. Accessed 3 Dec. 2026.", mla.Text);
        Assert.Equal("CareerExplorer", mla.Italic);
    }

    [Fact]
    public void Chicago_OfARolePage_IsTheHandWrittenAuthorDateCitation()
    {
        var chicago = Citations.Chicago("Data Scientist", Url, Accessed);

        Assert.Equal("CareerExplorer. n.d. \u201CData Scientist.\u201D Accessed December 3, 2026. https://careers.example.org/Roles/data-scientist.", chicago.Text);
        Assert.Equal("", chicago.Italic);
    }

    [Theory]
    [InlineData(9, 5, "Accessed 5 Sept. 2026.")]
    [InlineData(6, 30, "Accessed 30 June 2026.")]
    [InlineData(5, 1, "Accessed 1 May 2026.")]
    public void Mla_AccessDate_UsesMlasMonthAbbreviations(int month, int day, string expected) =>
        Assert.EndsWith(expected, Citations.Mla("Data Scientist", Url, new DateOnly(2026, month, day)).Text);

    [Fact]
    public void PageCitations_TitleEndingInAQuestionMark_GetsNoSecondStop()
    {
        var page = Citations.ForPage("Which\nrole?", Url, Accessed);

        Assert.Equal("CareerExplorer. (n.d.). Which role? Retrieved December 3, 2026, from " + Url, page.Apa.Text);
        Assert.StartsWith("\u201CWhich role?\u201D CareerExplorer, ", page.Mla.Text);
        Assert.StartsWith("CareerExplorer. n.d. \u201CWhich role?\u201D Accessed", page.Chicago.Text);
    }

    [Fact]
    public void Ris_OfASource_IsTheHandWrittenRecord()
    {
        var source = new CitedSource("a-report", "Example Institute, Research Division", "Jobs\r\nin 2030", SourceKind.IndustryReport, 2025, "Q1 2025",
            "https://example.org/jobs?year=2025&kind=all", null);

        Assert.Equal(
            "TY  - RPRT\r\n" +
            "AU  - Example Institute\r\n" +
            "TI  - Jobs in 2030\r\n" +
            "PY  - 2025\r\n" +
            "PB  - Example Institute, Research Division\r\n" +
            "N1  - Period: Q1 2025\r\n" +
            "UR  - https://example.org/jobs?year=2025&kind=all\r\n" +
            "Y2  - 2026/12/03\r\n" +
            "ER  - \r\n",
            Citations.Ris([source], Accessed));
    }

    [Fact]
    public void Ris_EveryLineIsATagTwoSpacesAHyphenAndASpace_EndingCrLf_RecordsApartByABlankLine()
    {
        var sources = new[]
        {
            new CitedSource("one", "Publisher\u2028One", "Title\twith\ttabs", SourceKind.Article, null, null, null, null),
            new CitedSource("two", "Two", "Release two", SourceKind.GovernmentStatistics, 2024, "May 2024", "https://example.org/two", "bls-oews"),
        };
        var ris = Citations.Ris(sources, Accessed);

        Assert.DoesNotMatch(new Regex("[^\r]\n"), ris);
        Assert.EndsWith("\r\n", ris);
        var records = ris.Split("\r\n\r\n");
        Assert.Equal(2, records.Length);
        foreach (var record in records)
        {
            var lines = record.TrimEnd('\r', '\n').Split("\r\n");
            Assert.StartsWith("TY  - ", lines[0]);
            Assert.Equal("ER  - ", lines[^1]);
            Assert.All(lines[..^1], line => Assert.Matches("^[A-Z][A-Z0-9]  - [^ ].*$", line));
        }
        Assert.Contains("TY  - ELEC\r\nAU  - Publisher One\r\nTI  - Title with tabs\r\n", ris);
        Assert.Contains("TY  - DATA\r\n", ris);
        Assert.Contains("N1  - Release: May 2024\r\n", ris);
    }

    [Fact]
    public void BibTex_OfASource_IsTheHandWrittenEntry_SpecialCharactersEscaped()
    {
        var source = new CitedSource("pay-100", "Pay & Co_op", @"100% of $5 for #1 {top} ~half^2 C:\jobs", SourceKind.SalarySite, 2024, null,
            "https://example.org/pay?a=1&b=100%25#top {x}", null);

        Assert.Equal(
            "@misc{pay-100,\n" +
            "  author = {{Pay \\& Co\\_op}},\n" +
            "  title = {{100\\% of \\$5 for \\#1 \\{top\\} \\textasciitilde{}half\\textasciicircum{}2 C:\\textbackslash{}jobs}},\n" +
            "  year = {2024},\n" +
            "  url = {https://example.org/pay?a=1&b=100%25#top%20%7Bx%7D},\n" +
            "  urldate = {2026-12-03}\n" +
            "}\n",
            Citations.BibTex([source], Accessed));
    }

    [Fact]
    public void BibTex_SourceWithoutYearOrUrl_HasNeither_AndASlugUnfitForAKeyIsMadeFit()
    {
        var bib = Citations.BibTex([new CitedSource("odd slug!", "Glassdoor", "Glassdoor salary data", SourceKind.SalarySite, null, null, null, null)], Accessed);

        Assert.Equal("@misc{odd-slug-,\n  author = {{Glassdoor}},\n  title = {{Glassdoor salary data}},\n  urldate = {2026-12-03}\n}\n", bib);
    }

    [Theory]
    [InlineData("ris", CitationFormat.Ris)]
    [InlineData(" RIS ", CitationFormat.Ris)]
    [InlineData("bibtex", CitationFormat.BibTex)]
    [InlineData("BibTeX", CitationFormat.BibTex)]
    [InlineData("bib", null)]
    [InlineData("docx", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void CitationFiles_Parse_KnowsRisAndBibTexOnly(string? format, CitationFormat? expected) =>
        Assert.Equal(expected, CitationFiles.Parse(format));

    [Fact]
    public void CitationFiles_UnknownFormat_SaysWhichFormatsThereAre_AndQuotesNoMoreThan20Characters()
    {
        var message = CitationFiles.Unknown(new string('x', 500));

        Assert.Contains("format=ris", message);
        Assert.Contains("format=bibtex", message);
        Assert.True(message.Length < 200, message);
    }
}
