using CareerExplorer.Web.Services;

namespace CareerExplorer.Tests.Services;

public class CompareCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-5", "-5")]
    public void Escape_QuotesAndDefusesFormulas(string value, string expected) =>
        Assert.Equal(expected, CompareCsv.Escape(value));
}
