using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

public class CpiAdminTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private static readonly int TooLate = DateTime.UtcNow.Year + 2;

    private async Task<Dictionary<string, string?>> NewYearAsync(int year, string value = "232.957")
    {
        await using var db = app.CreateDbContext();
        return new Dictionary<string, string?>
        {
            ["Form.Year"] = year.ToString(), ["Form.Value"] = value,
            ["Form.SourceId"] = (await db.Sources.SingleAsync(s => s.Slug == "bls-cpi-u")).Id.ToString(), ["Form.Note"] = "",
        };
    }

    private async Task<int> IdOfYearAsync(int year)
    {
        await using var db = app.CreateDbContext();
        return await db.CpiValues.Where(c => c.Year == year).Select(c => c.Id).SingleAsync();
    }

    private static string PayScaleNormalised(AngleSharp.Html.Dom.IHtmlDocument compare) =>
        compare.QuerySelectorAll("table.compare-figures tbody tr")
            .Single(r => r.QuerySelector("td.amount")!.Text().StartsWith("$106,225") && r.QuerySelector("td.source a[href='/Sources/payscale']") is not null)
            .QuerySelector("td.normalised")!.Text();

    [Fact]
    public async Task Create_ValidYear_IsSavedAuditedAndListed()
    {
        var client = await app.SignedInClientAsync();
        var form = (await client.GetDocumentAsync("/Admin/Cpi/Edit")).Form();

        var response = await client.SubmitAsync(form, await NewYearAsync(2013));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var cpi = await db.CpiValues.Include(c => c.Source).SingleAsync(c => c.Year == 2013);
        Assert.Equal((232.957m, "bls-cpi-u"), (cpi.Value, cpi.Source.Slug));
        var created = Assert.Single(await db.AuditEntries.Where(a => a.EntityType == "CpiValue" && a.EntityId == cpi.Id.ToString()).ToListAsync());
        Assert.Equal(AuditAction.Create, created.Action);
        Assert.Equal("admin@example.com", created.User);
        var list = await client.GetDocumentAsync("/Admin/Cpi");
        Assert.Equal("2013 — 232.957 (U.S. Bureau of Labor Statistics), annual average (12 months)", list.QuerySelector($"table.admin-list tr[data-id='{cpi.Id}'] td[data-label='Record']")!.Text());
        Assert.Contains("Saved", list.QuerySelector(".callout.success")!.Text());
    }

    public static TheoryData<string, string, string> InvalidFields => new()
    {
        { "Form.Year=2017", "Form.Year", "already has a value for 2017" },
        { "Form.Year=", "Form.Year", "year is required" },
        { "Form.Year=1899", "Form.Year", "between 1900" },
        { $"Form.Year={TooLate}", "Form.Year", "between 1900" },
        { "Form.Year=soon", "Form.Year", "" },
        { "Form.Value=0", "Form.Value", "greater than 0" },
        { "Form.Value=-1.5", "Form.Value", "greater than 0" },
        { "Form.Value=", "Form.Value", "value is required" },
        { "Form.SourceId=", "Form.SourceId", "needs a source" },
        { "Form.SourceId=999999", "Form.SourceId", "does not exist" },
        { "Form.Value=10000000000000000000000000", "Form.Value", "at most 100,000" },
        { "Form.Value=1e25", "Form.Value", "" },
        { $"Form.Note={new string('n', 1001)}", "Form.Note", "at most 1,000 characters" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Create_InvalidField_ShowsTheMessageNextToItAndSavesNothing(string change, string field, string message)
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var before = await db.CpiValues.CountAsync();
        var form = (await client.GetDocumentAsync("/Admin/Cpi/Edit")).Form();
        var values = await NewYearAsync(2012);
        values[change[..change.IndexOf('=')]] = change[(change.IndexOf('=') + 1)..];

        var response = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        var error = doc.QuerySelector($"span[data-valmsg-for='{field}']")!;
        Assert.False(string.IsNullOrWhiteSpace(error.Text()));
        Assert.Contains(message, error.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(doc.QuerySelectorAll("select[name='Form.SourceId'] option[value]:not([value=''])"));
        Assert.Equal(before, await db.CpiValues.CountAsync());
    }

    [Fact]
    public async Task Edit_KeepingItsOwnYear_IsNotADuplicate()
    {
        var client = await app.SignedInClientAsync();
        var id = await IdOfYearAsync(2016);
        var form = (await client.GetDocumentAsync($"/Admin/Cpi/Edit/{id}")).Form();

        var response = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Note"] = "Checked against the BLS table" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.Equal("Checked against the BLS table", await db.CpiValues.Where(c => c.Id == id).Select(c => c.Note).SingleAsync());
    }

    [Fact]
    public async Task Edit_Value_ChangesTheNormalisedValuesOnCompareAtOnceAndIsAudited()
    {
        var client = await app.SignedInClientAsync();
        var publicClient = app.CreateClient();
        const string compare = "/Compare?roles=machine-learning-engineer,data-scientist";
        // PayScale's 2017 median of $106,225 in 2024 dollars, with the seeded CPI.
        Assert.Equal("$135,940", PayScaleNormalised(await publicClient.GetDocumentAsync(compare)));
        var id = await IdOfYearAsync(2024);

        var form = (await client.GetDocumentAsync($"/Admin/Cpi/Edit/{id}")).Form();
        // Twice the 2017 value (245.120): the 2017 figure doubles in 2024 dollars.
        var response = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Value"] = "490.24" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("$212,450", PayScaleNormalised(await publicClient.GetDocumentAsync(compare)));
        await using var db = app.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "CpiValue" && a.EntityId == id.ToString() && a.Action == AuditAction.Update);
        Assert.Equal("admin@example.com", audit.User);
        Assert.Contains("490.24", audit.After);
    }

    [Fact]
    public async Task Edit_SecondAdminSavesStaleForm_IsRefusedWithTheCurrentValues()
    {
        var first = await app.SignedInClientAsync("first@example.com");
        var second = await app.SignedInClientAsync("second@example.com");
        var id = await IdOfYearAsync(2015);
        var firstForm = (await first.GetDocumentAsync($"/Admin/Cpi/Edit/{id}")).Form();
        var secondForm = (await second.GetDocumentAsync($"/Admin/Cpi/Edit/{id}")).Form();

        var firstSave = await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Value"] = "237.5" });
        var secondSave = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.Value"] = "238.5" });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var doc = await Html.ParseAsync(secondSave);
        Assert.Contains("Someone else saved", doc.QuerySelector(".error-summary")!.Text());
        Assert.Contains("237.5", doc.QuerySelector("section.conflict")!.Text());
        await using (var check = app.CreateDbContext())
            Assert.Equal(237.5m, await check.CpiValues.Where(c => c.Id == id).Select(c => c.Value).SingleAsync());

        var retry = await second.SubmitAsync(doc.Form("main form.stacked-form"));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        await using var after = app.CreateDbContext();
        Assert.Equal(238.5m, await after.CpiValues.Where(c => c.Id == id).Select(c => c.Value).SingleAsync());
    }

    [Fact]
    public async Task Delete_Year_IsDeletedAndAudited()
    {
        var client = await app.SignedInClientAsync();
        await client.SubmitAsync((await client.GetDocumentAsync("/Admin/Cpi/Edit")).Form(), await NewYearAsync(2011, "224.939"));
        var id = await IdOfYearAsync(2011);

        var confirm = await client.GetDocumentAsync($"/Admin/Cpi/Delete/{id}");
        Assert.Contains("2011 — 224.939", confirm.QuerySelector("main")!.Text());
        var response = await client.SubmitAsync(confirm.Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.False(await db.CpiValues.AnyAsync(c => c.Id == id));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "CpiValue" && a.EntityId == id.ToString() && a.Action == AuditAction.Delete);
        Assert.Equal("admin@example.com", audit.User);
        Assert.Contains("2011", audit.Before);
        Assert.Null(audit.After);
        Assert.Null((await client.GetDocumentAsync("/Admin/Cpi")).QuerySelector($"tr[data-id='{id}']"));
    }

    [Fact]
    public async Task Get_UnknownId_Returns404()
    {
        var client = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Cpi/Edit/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Cpi/Delete/999999")).StatusCode);
    }
}
