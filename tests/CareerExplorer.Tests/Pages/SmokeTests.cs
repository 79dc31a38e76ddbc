using System.Net;
using CareerExplorer.Tests.Infrastructure;

namespace CareerExplorer.Tests.Pages;

/// <summary>Every route answers with the status it should.</summary>
public class SmokeTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/Roles", HttpStatusCode.OK)]
    [InlineData("/Roles?q=data", HttpStatusCode.OK)]
    [InlineData("/Roles/Download.csv", HttpStatusCode.OK)]
    [InlineData("/Roles/Download.xlsx?q=data&sort=salary-desc", HttpStatusCode.OK)]
    [InlineData("/Roles/Download.pdf", HttpStatusCode.NotFound)]
    [InlineData("/Roles/machine-learning-engineer", HttpStatusCode.OK)]
    [InlineData("/Roles/data-scientist", HttpStatusCode.OK)]
    [InlineData("/Skills", HttpStatusCode.OK)]
    [InlineData("/Skills/python", HttpStatusCode.OK)]
    [InlineData("/Sources", HttpStatusCode.OK)]
    [InlineData("/Sources/glassdoor", HttpStatusCode.OK)]
    [InlineData("/Sources/gmu-ml-engineering-2025", HttpStatusCode.OK)]
    [InlineData("/Paths", HttpStatusCode.OK)]
    [InlineData("/Paths/data-scientist", HttpStatusCode.OK)]
    [InlineData("/Paths/data-scientist?more=1&faster=1&education=1&all=1", HttpStatusCode.OK)]
    [InlineData("/api/roles/data-scientist/moves", HttpStatusCode.OK)]
    [InlineData("/Paths/data-scientist/machine-learning-engineer", HttpStatusCode.OK)]
    [InlineData("/api/paths/data-scientist/machine-learning-engineer", HttpStatusCode.OK)]
    [InlineData("/Paths/no-such-role", HttpStatusCode.NotFound)]
    [InlineData("/api/roles/no-such-role/moves", HttpStatusCode.NotFound)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/api/roles", HttpStatusCode.OK)]
    [InlineData("/api/role-names", HttpStatusCode.OK)]
    [InlineData("/Compare?roles=machine-learning-engineer,data-scientist", HttpStatusCode.OK)]
    [InlineData("/Compare/Chart?roles=machine-learning-engineer,data-scientist", HttpStatusCode.OK)]
    [InlineData("/js/compare-picker.js", HttpStatusCode.OK)]
    [InlineData("/js/share.js", HttpStatusCode.OK)]
    [InlineData("/Roles/machine-learning-engineer/Cite?format=ris", HttpStatusCode.OK)]
    [InlineData("/Roles/machine-learning-engineer/Cite?format=bibtex", HttpStatusCode.OK)]
    [InlineData("/Roles/machine-learning-engineer/Cite?format=docx", HttpStatusCode.BadRequest)]
    [InlineData("/Roles/no-such-role/Cite?format=ris", HttpStatusCode.NotFound)]
    [InlineData("/Compare/Cite?roles=machine-learning-engineer,data-scientist&format=ris", HttpStatusCode.OK)]
    [InlineData("/Compare/Cite?roles=machine-learning-engineer,data-scientist&format=bibtex", HttpStatusCode.OK)]
    [InlineData("/Compare/Cite?roles=machine-learning-engineer&format=ris", HttpStatusCode.BadRequest)]
    [InlineData("/api/roles/machine-learning-engineer", HttpStatusCode.OK)]
    [InlineData("/api/skills", HttpStatusCode.OK)]
    [InlineData("/api/sources", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/Roles/no-such-role", HttpStatusCode.NotFound)]
    [InlineData("/Roles/no-such-role/technology", HttpStatusCode.NotFound)]
    [InlineData("/Roles/machine-learning-engineer/technology", HttpStatusCode.NotFound)] // no O*NET occupation, no technology list
    [InlineData("/Skills/no-such-skill", HttpStatusCode.NotFound)]
    [InlineData("/Sources/no-such-source", HttpStatusCode.NotFound)]
    [InlineData("/api/roles/no-such-role", HttpStatusCode.NotFound)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    public async Task Get_Route_ReturnsExpectedStatus(string url, HttpStatusCode expected)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Roles")]
    [InlineData("/Roles/machine-learning-engineer")]
    [InlineData("/Skills")]
    [InlineData("/Skills/python")]
    [InlineData("/Sources")]
    [InlineData("/Sources/glassdoor")]
    [InlineData("/Paths")]
    [InlineData("/Paths/data-scientist")]
    [InlineData("/Paths/data-scientist/machine-learning-engineer")]
    [InlineData("/Roles/no-such-role")]
    public async Task Get_Page_HasOneH1MainLandmarkAndTitle(string url)
    {
        var doc = await Html.ParseAsync(await app.CreateClient().GetAsync(url));
        Assert.Single(doc.QuerySelectorAll("h1"));
        Assert.Single(doc.QuerySelectorAll("main"));
        Assert.NotNull(doc.QuerySelector("nav[aria-label='Main']"));
        Assert.NotNull(doc.QuerySelector("a.skip-link[href='#main']"));
        Assert.EndsWith("CareerExplorer", doc.Title);
        Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
    }
}
