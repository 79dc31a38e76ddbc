using CareerExplorer.Web.Rules;

namespace CareerExplorer.Tests.Rules;

/// <summary>How a search reads words: short words whole, longer ones as prefixes; the distance a misspelling is corrected over.</summary>
public class SearchTermsTests
{
    [Fact]
    public void Match_ShortWordIsWholeLongWordIsPrefix()
    {
        Assert.Equal("\"ai\" \"engin\"*", SearchTerms.Match(["ai", "engin"]));
        Assert.Equal("{title} : (^\"data\")", SearchTerms.Match(["data"], "title", firstWordStarts: true, wholeWords: true));
        Assert.Equal("'ai' & 'engin':*", SearchTerms.TsQuery(["ai", "engin"]));
        Assert.Equal("'ai':A & 'engin':*A", SearchTerms.TsQuery(["ai", "engin"], "A"));
        Assert.Equal("'engin':A", SearchTerms.TsQuery(["engin"], "A", wholeWords: true));
    }

    [Theory]
    [InlineData("AI Engineer", true)]
    [InlineData("Air Traffic Controllers", false)]
    [InlineData("Painters", false)]
    public void MatchesAll_TwoLetterWord_OnlyAsAWholeWord(string text, bool matches)
    {
        Assert.Equal(matches, SearchTerms.MatchesAll(text, ["ai"]));
        Assert.Equal(matches, SearchTerms.Highlight(text, ["ai"]).Any(p => p.Marked));
    }

    [Theory]
    [InlineData("pyhton", "python", 1)] // two letters swapped
    [InlineData("nurce", "nurse", 1)]
    [InlineData("statistican", "statistician", 1)]
    [InlineData("electricain", "electrician", 1)]
    [InlineData("lerning", "learning", 1)]
    [InlineData("python", "python", 0)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_CountsSlips(string typed, string known, int slips)
    {
        Assert.Equal(slips, SearchTerms.Distance(typed, known, 5));
        Assert.Equal(Math.Min(slips, 2), SearchTerms.Distance(typed, known, 1)); // past the limit: limit + 1
    }

    [Theory]
    [InlineData("python", true)]
    [InlineData("ai", false)] // searched whole: nothing to correct to
    [InlineData("c3po", false)]
    [InlineData("2024", false)]
    public void IsVocabularyWord_LettersOnlyLongEnough(string word, bool kept) =>
        Assert.Equal(kept, SearchTerms.IsVocabularyWord(word));
}
