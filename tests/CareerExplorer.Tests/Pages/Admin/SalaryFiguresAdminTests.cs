using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

public class SalaryFiguresAdminTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private static readonly int TooLate = DateTime.UtcNow.Year + 2;

    /// <summary>A valid new median for a role, with the seeded PayScale source and the United States.</summary>
    private async Task<Dictionary<string, string?>> NewFigureAsync(string roleSlug, string quote)
    {
        await using var db = app.CreateDbContext();
        return new Dictionary<string, string?>
        {
            ["Form.RoleId"] = (await db.Roles.SingleAsync(r => r.Slug == roleSlug)).Id.ToString(),
            ["Form.Statistic"] = "Median", ["Form.PayComponent"] = "Base", ["Form.Basis"] = "Annual",
            ["Form.Amount"] = "123456", ["Form.Low"] = "", ["Form.High"] = "", ["Form.Currency"] = "USD",
            ["Form.GeographyId"] = (await db.Geographies.SingleAsync(g => g.Code == "US")).Id.ToString(),
            ["Form.Year"] = "2024", ["Form.Month"] = "",
            ["Form.SourceId"] = (await db.Sources.SingleAsync(s => s.Slug == "payscale")).Id.ToString(),
            ["Form.CitedInId"] = "", ["Form.Quote"] = quote, ["Form.Note"] = "",
        };
    }

    private async Task<int> PayScaleFigureIdAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.SalaryFigures
            .Where(f => f.Role.Slug == "machine-learning-engineer" && f.Source.Slug == "payscale" && f.Year == 2017)
            .Select(f => f.Id).SingleAsync();
    }

    [Fact]
    public async Task Create_ValidFigure_IsSavedAuditedAndListed()
    {
        var client = await app.SignedInClientAsync();
        var form = (await client.GetDocumentAsync("/Admin/SalaryFigures/Edit")).Form();

        var response = await client.SubmitAsync(form, await NewFigureAsync("data-analyst", "Created by the create test"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var figure = await db.SalaryFigures.Include(f => f.Role).Include(f => f.Source).SingleAsync(f => f.Quote == "Created by the create test");
        Assert.Equal(("data-analyst", "payscale", 123456m, 2024, "USD", PayComponent.Base), (figure.Role.Slug, figure.Source.Slug, figure.Amount, figure.Year, figure.Currency, figure.PayComponent));
        var audit = await db.AuditEntries.Where(a => a.EntityType == "SalaryFigure" && a.EntityId == figure.Id.ToString()).ToListAsync();
        var created = Assert.Single(audit);
        Assert.Equal(AuditAction.Create, created.Action);
        Assert.Equal("admin@example.com", created.User);
        Assert.Contains("Created by the create test", created.After);
        var list = await client.GetDocumentAsync("/Admin/SalaryFigures?role=data-analyst");
        var row = list.QuerySelector($"table.admin-list tr[data-id='{figure.Id}']")!;
        Assert.Equal("Data Analyst — Median $123,456 annual, 2024 (PayScale)", row.QuerySelector("td[data-label='Record']")!.Text());
        Assert.Contains("Saved", list.QuerySelector(".callout.success")!.Text());
    }

    [Fact]
    public async Task Create_Range_IsSavedWithLowAndHigh()
    {
        var client = await app.SignedInClientAsync();
        var form = (await client.GetDocumentAsync("/Admin/SalaryFigures/Edit")).Form();
        var values = await NewFigureAsync("data-analyst", "A range from the create test");
        values["Form.Statistic"] = "Range";
        values["Form.Amount"] = "";
        values["Form.Low"] = "80000";
        values["Form.High"] = "120000.50";
        values["Form.Month"] = "6";

        var response = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var figure = await db.SalaryFigures.SingleAsync(f => f.Quote == "A range from the create test");
        Assert.Equal((SalaryStatistic.Range, (decimal?)null, (decimal?)80000m, (decimal?)120000.50m, (int?)6), (figure.Statistic, figure.Amount, figure.Low, figure.High, figure.Month));
    }

    public static TheoryData<string, string, string> InvalidFields => new()
    {
        // field=value;field=value..., the field whose message is checked, the message
        { "Form.SourceId=", "Form.SourceId", "needs a source" },
        { "Form.Year=", "Form.Year", "needs the year" },
        { "Form.Year=1899", "Form.Year", "between 1900" },
        { $"Form.Year={TooLate}", "Form.Year", "between 1900" },
        { "Form.Year=abc", "Form.Year", "" },
        { "Form.Amount=0", "Form.Amount", "greater than 0" },
        { "Form.Amount=-5", "Form.Amount", "greater than 0" },
        { "Form.Amount=", "Form.Amount", "amount is required" },
        { "Form.Amount=lots", "Form.Amount", "" },
        { "Form.Low=1000", "Form.Low", "Only a range" },
        { "Form.Statistic=Range;Form.Amount=;Form.Low=200000;Form.High=100000", "Form.High", "low amount must not be greater" },
        { "Form.Statistic=Range;Form.Amount=;Form.Low=100000;Form.High=", "Form.Low", "needs both" },
        { "Form.Statistic=Range;Form.Amount=;Form.Low=0;Form.High=100000", "Form.Low", "greater than 0" },
        { "Form.Statistic=Range;Form.Amount=90000;Form.Low=80000;Form.High=100000", "Form.Amount", "not a single amount" },
        { "Form.Currency=XYZ", "Form.Currency", "not a known ISO 4217" },
        { "Form.Currency=", "Form.Currency", "currency is required" },
        { "Form.Month=13", "Form.Month", "between 1 and 12" },
        { "Form.Quote=", "Form.Quote", "where the source states" },
        { "Form.RoleId=", "Form.RoleId", "Choose the role" },
        { "Form.RoleId=999999", "Form.RoleId", "does not exist" },
        { "Form.SourceId=999999", "Form.SourceId", "does not exist" },
        { "Form.CitedInId=999999", "Form.CitedInId", "does not exist" },
        { "Form.GeographyId=999999", "Form.GeographyId", "does not exist" },
        { "Form.GeographyId=", "Form.GeographyId", "needs a geography" },
        { "Form.Statistic=Huge", "Form.Statistic", "" },
        { "Form.NotPublished=true", "Form.Amount", "not published has no amount" },
        { "Form.NotPublished=true;Form.Amount=;Form.TopCoded=true", "Form.TopCoded", "cannot be top-coded" },
        { "Form.NotPublished=true;Form.Statistic=Range;Form.Amount=", "Form.Statistic", "range cannot be marked not published" },
        { "Form.RelativeStandardError=-1", "Form.RelativeStandardError", "0 or more" },
        { "Form.RelativeStandardError=lots", "Form.RelativeStandardError", "" },
        { "Form.Amount=79228162514264337593543950335", "Form.Amount", "at most 100,000,000" },
        { "Form.Amount=100000000.01", "Form.Amount", "at most 100,000,000" },
        { "Form.Amount=1e40", "Form.Amount", "" },
        { "Form.Amount=99999999999999999999999999999999999", "Form.Amount", "" },
        { "Form.Statistic=Range;Form.Amount=;Form.Low=80000;Form.High=79228162514264337593543950335", "Form.High", "at most 100,000,000" },
        { "Form.RelativeStandardError=100000", "Form.RelativeStandardError", "at most 1,000%" },
        { $"Form.Quote={new string('q', 1001)}", "Form.Quote", "at most 1,000 characters" },
        { $"Form.Note={new string('n', 1001)}", "Form.Note", "at most 1,000 characters" },
        { "Form.Quote=Says \u0001 so", "Form.Quote", "control character (U+0001)" },
    };

    [Fact]
    public async Task Create_NotPublishedFigure_IsSavedWithItsRseAndListedAsNotPublished()
    {
        var client = await app.SignedInClientAsync();
        var form = (await client.GetDocumentAsync("/Admin/SalaryFigures/Edit")).Form();
        var values = await NewFigureAsync("data-analyst", "Withheld in a test");
        values["Form.Amount"] = "";
        values["Form.NotPublished"] = "true";
        values["Form.RelativeStandardError"] = "4.5";

        var response = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var figure = await db.SalaryFigures.SingleAsync(f => f.Quote == "Withheld in a test");
        Assert.Equal((true, (decimal?)null, (decimal?)4.5m), (figure.IsNotPublished, figure.Amount, figure.RelativeStandardError));
        var list = await client.GetDocumentAsync("/Admin/SalaryFigures?role=data-analyst");
        Assert.Contains("not published", list.QuerySelector($"table.admin-list tr[data-id='{figure.Id}'] td[data-label='Record']")!.Text());
        var edit = await client.GetDocumentAsync($"/Admin/SalaryFigures/Edit/{figure.Id}");
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)edit.QuerySelector("input[type='checkbox'][name='Form.NotPublished']")!).IsChecked);
        Assert.Equal("4.5", ((AngleSharp.Html.Dom.IHtmlInputElement)edit.QuerySelector("input[name='Form.RelativeStandardError']")!).Value);
    }

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Create_InvalidField_ShowsTheMessageNextToItAndSavesNothing(string changes, string field, string message)
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var before = await db.SalaryFigures.CountAsync();
        var form = (await client.GetDocumentAsync("/Admin/SalaryFigures/Edit")).Form();
        var values = await NewFigureAsync("data-analyst", "Invalid figure");
        foreach (var change in changes.Split(';'))
        {
            var (name, value) = (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
            values[name] = value;
        }

        var response = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        var error = doc.QuerySelector($"span[data-valmsg-for='{field}']")!;
        Assert.False(string.IsNullOrWhiteSpace(error.Text()));
        Assert.Contains(message, error.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(doc.QuerySelectorAll(".error-summary li"));
        // The form comes back with its choices, ready to correct.
        Assert.NotEmpty(doc.QuerySelectorAll("select[name='Form.SourceId'] option[value]:not([value=''])"));
        Assert.Equal(before, await db.SalaryFigures.CountAsync());
    }

    [Fact]
    public async Task Get_Edit_EveryFieldHasALabelAndAPlaceForItsMessage()
    {
        var client = await app.SignedInClientAsync();
        var doc = await client.GetDocumentAsync($"/Admin/SalaryFigures/Edit/{await PayScaleFigureIdAsync()}");

        var fields = doc.Form().QuerySelectorAll("input:not([type='hidden']), select, textarea").ToList();
        Assert.Equal(18, fields.Count); // with "not published" and the relative standard error
        Assert.All(fields, f =>
        {
            Assert.NotNull(doc.QuerySelector($"label[for='{f.Id}']"));
            Assert.NotNull(doc.QuerySelector($"span[data-valmsg-for='{f.GetAttribute("name")}']"));
        });
        Assert.Equal("106225", ((AngleSharp.Html.Dom.IHtmlInputElement)doc.QuerySelector("input[name='Form.Amount']")!).Value);
        Assert.Equal("PayScale: PayScale salary data", ((AngleSharp.Html.Dom.IHtmlSelectElement)doc.QuerySelector("select[name='Form.SourceId']")!).SelectedOptions.Single().Text());
    }

    [Fact]
    public async Task Edit_PayScaleFigure_ShowsTheNewAmountOnTheRolePageAtOnceAndIsAudited()
    {
        var client = await app.SignedInClientAsync();
        var id = await PayScaleFigureIdAsync();
        var list = await client.GetDocumentAsync("/Admin/SalaryFigures?role=machine-learning-engineer");
        Assert.Equal("Machine Learning Engineer — Median $106,225 annual, 2017 (PayScale)",
            list.QuerySelector($"table.admin-list tr[data-id='{id}'] td[data-label='Record']")!.Text());
        var publicClient = app.CreateClient();
        Assert.Equal("$106,225", (await publicClient.GetDocumentAsync("/Roles/machine-learning-engineer")).QuerySelector($"tr#salary-{id} td.amount")!.Text());

        var form = (await client.GetDocumentAsync($"/Admin/SalaryFigures/Edit/{id}")).Form();
        var response = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Amount"] = "111111" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await publicClient.GetDocumentAsync("/Roles/machine-learning-engineer");
        Assert.Equal("$111,111", page.QuerySelector($"tr#salary-{id} td.amount")!.Text());
        await using var db = app.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "SalaryFigure" && a.EntityId == id.ToString() && a.Action == AuditAction.Update);
        Assert.Equal("admin@example.com", audit.User);
        Assert.Contains("106225", audit.Before);
        Assert.Contains("111111", audit.After);
    }

    [Fact]
    public async Task Edit_SecondAdminSavesStaleForm_IsRefusedWithTheCurrentValues()
    {
        var first = await app.SignedInClientAsync("first@example.com");
        var second = await app.SignedInClientAsync("second@example.com");
        await using var db = app.CreateDbContext();
        var id = await db.SalaryFigures.Where(f => f.Role.Slug == "nlp-scientist").Select(f => f.Id).SingleAsync();
        var firstForm = (await first.GetDocumentAsync($"/Admin/SalaryFigures/Edit/{id}")).Form();
        var secondForm = (await second.GetDocumentAsync($"/Admin/SalaryFigures/Edit/{id}")).Form();

        var firstSave = await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Amount"] = "190001" });
        var secondSave = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.Amount"] = "190002" });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var doc = await Html.ParseAsync(secondSave);
        Assert.Contains("Someone else saved", doc.QuerySelector(".error-summary")!.Text());
        Assert.Contains("$190,001", doc.QuerySelector("section.conflict")!.Text());
        await using (var check = app.CreateDbContext())
            Assert.Equal(190001m, await check.SalaryFigures.Where(f => f.Id == id).Select(f => f.Amount).SingleAsync());

        // Saving again after seeing the current values is a deliberate overwrite, and works.
        var retry = await second.SubmitAsync(doc.Form("main form.stacked-form"));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        await using var after = app.CreateDbContext();
        Assert.Equal(190002m, await after.SalaryFigures.Where(f => f.Id == id).Select(f => f.Amount).SingleAsync());
    }

    [Fact]
    public async Task Delete_Figure_IsDeletedAuditedAndGoneFromTheLists()
    {
        var client = await app.SignedInClientAsync();
        await client.SubmitAsync((await client.GetDocumentAsync("/Admin/SalaryFigures/Edit")).Form(), await NewFigureAsync("computer-engineer", "To be deleted"));
        await using var db = app.CreateDbContext();
        var id = await db.SalaryFigures.Where(f => f.Quote == "To be deleted").Select(f => f.Id).SingleAsync();
        Assert.NotNull((await app.CreateClient().GetDocumentAsync("/Roles/computer-engineer")).QuerySelector($"tr#salary-{id}"));

        var confirm = await client.GetDocumentAsync($"/Admin/SalaryFigures/Delete/{id}");
        Assert.Contains("Computer Engineer — Median $123,456 annual, 2024 (PayScale)", confirm.QuerySelector("main")!.Text());
        var response = await client.SubmitAsync(confirm.Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await db.SalaryFigures.AnyAsync(f => f.Id == id));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "SalaryFigure" && a.EntityId == id.ToString() && a.Action == AuditAction.Delete);
        Assert.Equal("admin@example.com", audit.User);
        Assert.Contains("To be deleted", audit.Before);
        Assert.Null(audit.After);
        Assert.Null((await client.GetDocumentAsync("/Admin/SalaryFigures?role=computer-engineer")).QuerySelector($"tr[data-id='{id}']"));
        Assert.Null((await app.CreateClient().GetDocumentAsync("/Roles/computer-engineer")).QuerySelector($"tr#salary-{id}"));
    }

    [Fact]
    public async Task Delete_StaleVersion_IsRefused()
    {
        var client = await app.SignedInClientAsync();
        await client.SubmitAsync((await client.GetDocumentAsync("/Admin/SalaryFigures/Edit")).Form(), await NewFigureAsync("computer-engineer", "Stale delete"));
        await using var db = app.CreateDbContext();
        var id = await db.SalaryFigures.Where(f => f.Quote == "Stale delete").Select(f => f.Id).SingleAsync();
        var confirm = await client.GetDocumentAsync($"/Admin/SalaryFigures/Delete/{id}");
        await client.SubmitAsync((await client.GetDocumentAsync($"/Admin/SalaryFigures/Edit/{id}")).Form(), new Dictionary<string, string?> { ["Form.Amount"] = "99999" });

        var response = await client.SubmitAsync(confirm.Form());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed", (await Html.ParseAsync(response)).QuerySelector(".error-summary")!.Text());
        Assert.True(await db.SalaryFigures.AnyAsync(f => f.Id == id));
    }

    [Fact]
    public async Task List_IsPagedFiftyAtATimeAndFilteredByRole()
    {
        await using (var db = app.CreateDbContext())
        {
            var role = await db.Roles.SingleAsync(r => r.Slug == "computer-scientist");
            var source = await db.Sources.SingleAsync(s => s.Slug == "payscale");
            var us = await db.Geographies.SingleAsync(g => g.Code == "US");
            for (var i = 0; i < 60; i++)
            {
                db.SalaryFigures.Add(new SalaryFigure
                {
                    RoleId = role.Id, Statistic = SalaryStatistic.Median, Basis = PayBasis.Annual, Amount = 50000 + i, Currency = "USD",
                    GeographyId = us.Id, Year = 2020, SourceId = source.Id, Quote = "Paging " + i,
                });
            }
            await db.SaveChangesAsync();
        }
        var client = await app.SignedInClientAsync();

        var first = await client.GetDocumentAsync("/Admin/SalaryFigures?role=computer-scientist");
        var second = await client.GetDocumentAsync(first.QuerySelector("nav.pager a[rel='next']")!.GetAttribute("href")!);
        var all = await client.GetDocumentAsync("/Admin/SalaryFigures");

        Assert.Equal(50, first.QuerySelectorAll("table.admin-list tbody tr").Length);
        Assert.Equal(10, second.QuerySelectorAll("table.admin-list tbody tr").Length);
        Assert.All(first.QuerySelectorAll("table.admin-list tbody tr").Concat(second.QuerySelectorAll("table.admin-list tbody tr")),
            r => Assert.StartsWith("Computer Scientist — ", r.QuerySelector("td[data-label='Record']")!.Text()));
        Assert.Contains("60 figures", first.QuerySelector("#result-count")!.Text());
        Assert.NotNull(first.QuerySelector("select[name='role'] option[value='computer-scientist'][selected]"));
        Assert.Equal("/Admin/SalaryFigures?role=computer-scientist&page=2", first.QuerySelector("nav.pager a[rel='next']")!.GetAttribute("href"));
        Assert.Equal(50, all.QuerySelectorAll("table.admin-list tbody tr").Length);
        Assert.Contains("Median", all.QuerySelector("table.admin-list")!.Text());
        // Nonsense in the query string still gives a page.
        foreach (var url in new[] { "/Admin/SalaryFigures?page=abc", "/Admin/SalaryFigures?page=-3", "/Admin/SalaryFigures?page=99999", "/Admin/SalaryFigures?role=no-such-role" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404AndAnonymousIsRefused()
    {
        var client = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/SalaryFigures/Edit/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/SalaryFigures/Delete/999999")).StatusCode);
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/Admin/SalaryFigures")).StatusCode);
    }
}
