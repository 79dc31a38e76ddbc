using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

public class SourcesAdminTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private static Dictionary<string, string?> NewSource(string slug) => new()
    {
        ["Form.Slug"] = slug, ["Form.Publisher"] = "Test Publisher", ["Form.Title"] = "Test Title",
        ["Form.Kind"] = "SalarySite", ["Form.Url"] = "https://example.com/data", ["Form.Year"] = "2024",
    };

    [Fact]
    public async Task Create_ValidSource_IsSavedAuditedAndListed()
    {
        var client = await app.SignedInClientAsync();
        var form = (await client.GetDocumentAsync("/Admin/Sources/Edit")).Form();

        var response = await client.SubmitAsync(form, NewSource("created-source"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var source = await db.Sources.SingleAsync(s => s.Slug == "created-source");
        Assert.Equal(SourceKind.SalarySite, source.Kind);
        var audit = await db.AuditEntries.Where(a => a.EntityType == "Source" && a.EntityId == source.Id.ToString()).ToListAsync();
        var created = Assert.Single(audit);
        Assert.Equal(AuditAction.Create, created.Action);
        Assert.Equal("admin@example.com", created.User);
        Assert.Null(created.Before);
        Assert.Contains("created-source", created.After);
        var list = await client.GetDocumentAsync("/Admin/Sources");
        Assert.Contains("Test Publisher: Test Title", list.QuerySelector("table.admin-list")!.Text());
        Assert.Contains("Saved", list.QuerySelector(".callout.success")!.Text());
    }

    [Theory]
    [InlineData("Form.Slug", "Not A Slug", "lower-case")]
    [InlineData("Form.Slug", "glassdoor", "already uses")]
    [InlineData("Form.Publisher", "", "publisher is required")]
    [InlineData("Form.Url", "javascript:alert(1)", "http")]
    [InlineData("Form.Url", "not a url", "http")]
    [InlineData("Form.Year", "1850", "between 1900")]
    [InlineData("Form.Year", "3000", "between 1900")]
    [InlineData("Form.Year", "abc", "")]
    [InlineData("Form.PublishedOn", "June 2025", "YYYY")]
    [InlineData("Form.Publisher", "$LONG201", "at most 200 characters")]
    [InlineData("Form.Title", "$LONG401", "at most 400 characters")]
    [InlineData("Form.ReleasePeriod", "$LONG101", "at most 100 characters")]
    [InlineData("Form.Note", "$LONG2001", "at most 2,000 characters")]
    [InlineData("Form.Url", "$URL1001", "at most 1,000 characters")]
    [InlineData("Form.Publisher", "Glass\u0008door", "control character")]
    public async Task Create_InvalidField_ShowsTheMessageNextToItAndSavesNothing(string field, string value, string message)
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var before = await db.Sources.CountAsync();
        var form = (await client.GetDocumentAsync("/Admin/Sources/Edit")).Form();
        var values = NewSource("invalid-source");
        values[field] = value.StartsWith("$LONG") ? new string('x', int.Parse(value[5..]))
            : value.StartsWith("$URL") ? "https://example.org/" + new string('x', int.Parse(value[4..]) - 20)
            : value;

        var response = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        var error = doc.QuerySelector($"span[data-valmsg-for='{field}']")!;
        Assert.False(string.IsNullOrWhiteSpace(error.Text()));
        Assert.Contains(message, error.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await db.Sources.CountAsync());
    }

    [Fact]
    public async Task Edit_ChangesShowOnThePublicPageAtOnceAndAreAudited()
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var id = await db.Sources.Where(s => s.Slug == "payscale").Select(s => s.Id).SingleAsync();
        var form = (await client.GetDocumentAsync($"/Admin/Sources/Edit/{id}")).Form();

        var response = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Title"] = "PayScale salary survey (edited)" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await app.CreateClient().GetDocumentAsync("/Sources/payscale");
        Assert.Equal("PayScale salary survey (edited)", page.QuerySelector("h1")!.Text());
        var audit = await db.AuditEntries.Where(a => a.EntityType == "Source" && a.EntityId == id.ToString() && a.Action == AuditAction.Update).SingleAsync();
        Assert.Contains("PayScale salary data", audit.Before);
        Assert.Contains("PayScale salary survey (edited)", audit.After);
    }

    [Fact]
    public async Task Edit_SecondAdminSavesStaleForm_IsRefusedWithTheCurrentValues()
    {
        var first = await app.SignedInClientAsync("first@example.com");
        var second = await app.SignedInClientAsync("second@example.com");
        await using var db = app.CreateDbContext();
        var id = await db.Sources.Where(s => s.Slug == "linkedin").Select(s => s.Id).SingleAsync();
        var firstForm = (await first.GetDocumentAsync($"/Admin/Sources/Edit/{id}")).Form();
        var secondForm = (await second.GetDocumentAsync($"/Admin/Sources/Edit/{id}")).Form();

        var firstSave = await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Title"] = "Saved by the first admin" });
        var secondSave = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.Title"] = "Saved by the second admin" });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var doc = await Html.ParseAsync(secondSave);
        Assert.Contains("Someone else saved", doc.QuerySelector(".error-summary")!.Text());
        Assert.Contains("Saved by the first admin", doc.QuerySelector("section.conflict")!.Text());
        await using var check = app.CreateDbContext();
        Assert.Equal("Saved by the first admin", await check.Sources.Where(s => s.Id == id).Select(s => s.Title).SingleAsync());

        // Saving again after seeing the current values is a deliberate overwrite, and works.
        var retry = await second.SubmitAsync(doc.Form("main form.stacked-form"));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        await using var after = app.CreateDbContext();
        Assert.Equal("Saved by the second admin", await after.Sources.Where(s => s.Id == id).Select(s => s.Title).SingleAsync());
    }

    [Fact]
    public async Task Delete_SourceStillCited_IsRefusedAndSaysWhichFigures()
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var id = await db.Sources.Where(s => s.Slug == "glassdoor").Select(s => s.Id).SingleAsync();
        var figureIds = await db.SalaryFigures.Where(f => f.SourceId == id).Select(f => f.Id).ToListAsync();

        var page = await client.GetDocumentAsync($"/Admin/Sources/Delete/{id}");
        Assert.Null(page.QuerySelector("main form[method='post'] button.danger"));
        var usedBy = page.QuerySelector("ul.used-by")!.Text();
        Assert.All(figureIds, f => Assert.Contains($"Salary figure #{f}", usedBy));

        // Even a hand-made POST is refused by the service.
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)(await client.GetDocumentAsync("/Admin/Sources/Edit")).Form().QuerySelector("input[name='__RequestVerificationToken']")!).Value;
        var response = await client.PostAsync($"/Admin/Sources/Delete/{id}", new FormUrlEncodedContent([new("version", "0"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.True(await db.Sources.AnyAsync(s => s.Id == id));
    }

    [Fact]
    public async Task Delete_UnusedSource_IsDeletedAndAudited()
    {
        var client = await app.SignedInClientAsync();
        await client.SubmitAsync((await client.GetDocumentAsync("/Admin/Sources/Edit")).Form(), NewSource("to-delete"));
        await using var db = app.CreateDbContext();
        var id = await db.Sources.Where(s => s.Slug == "to-delete").Select(s => s.Id).SingleAsync();

        var confirm = await client.GetDocumentAsync($"/Admin/Sources/Delete/{id}");
        var response = await client.SubmitAsync(confirm.Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await db.Sources.AnyAsync(s => s.Id == id));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Source" && a.EntityId == id.ToString() && a.Action == AuditAction.Delete);
        Assert.Contains("to-delete", audit.Before);
        Assert.Null(audit.After);
    }

    [Fact]
    public async Task Get_Edit_UnknownId_Returns404()
    {
        var client = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Sources/Edit/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Sources/Delete/999999")).StatusCode);
    }
}
