using CareerExplorer.Web.Services;
using CareerExplorer.Web.Services.PrintSheets;

namespace CareerExplorer.Tests.Services;

/// <summary>How a sheet numbers its notes: by first use, one note per source as cited, each year it is used for named once.</summary>
public class SheetFootnotesTests
{
    private static readonly SourceRef Glassdoor = new("glassdoor", "Glassdoor", "Glassdoor salary data", SourceKind.SalarySite, null, null);
    private static readonly SourceRef Article = new("usd-2025", "University of San Diego", "Want to Work in Machine Learning?", SourceKind.Article, 2025, null);
    private static readonly SourceRef Oews = new("bls-oews-may-2023", "U.S. Bureau of Labor Statistics, OEWS", "OEWS, May 2023", SourceKind.GovernmentStatistics, 2023, "https://www.bls.gov/oes/tables.htm", "bls-oews");

    [Fact]
    public void Notes_AreNumberedByFirstUse_OneASourceAsCited_NamingEachYearOnce()
    {
        var notes = new SheetFootnotes();
        var viaArticle = new Provenance(Glassdoor, Article);

        Assert.Equal(1, notes.Mark(SheetCite.Release(Oews, "May 2023 release")));
        Assert.Equal(2, notes.Mark(SheetCite.Figure(viaArticle, "2025")));
        Assert.Equal(1, notes.Mark(SheetCite.Release(Oews, "May 2023 release")));
        Assert.Equal(3, notes.Mark(SheetCite.Figure(new Provenance(Article, null), "Feb 2025")));
        Assert.Equal(2, notes.Mark(SheetCite.Figure(viaArticle, "2024")));
        // A statement (a career step) read in the article is the article's note, with the year it was published.
        Assert.Equal(3, notes.Mark(SheetCite.Statement(viaArticle)));

        Assert.Equal([1, 2, 3], notes.All.Select(n => n.Number));
        Assert.Equal("May 2023 release", notes.All[0].WhenText);
        Assert.Equal("Figures for 2025; figures for 2024", notes.All[1].WhenText);
        Assert.Equal("Figures for Feb 2025; published 2025", notes.All[2].WhenText);
        Assert.Same(notes.All[2], notes.Of(Article)); // the note Glassdoor's points to for its article
        Assert.Null(notes.Of(Glassdoor)); // Glassdoor is cited only as read in the article
        Assert.True(notes.CitesBls);
        Assert.Equal([2, 3], notes.Marks([SheetCite.Statement(new Provenance(Article, null)), SheetCite.Figure(viaArticle, "2025"), SheetCite.Figure(viaArticle, "2025")]));
    }

    [Fact]
    public void Notes_WithoutBls_OweNoPublicDomainNote()
    {
        var notes = new SheetFootnotes();
        notes.Mark(SheetCite.Figure(new Provenance(Glassdoor, Article), "2025"));
        Assert.False(notes.CitesBls);
    }
}
