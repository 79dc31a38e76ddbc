using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

public class CareerStepsAdminTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private async Task<Dictionary<string, string?>> ValuesAsync(string from, string to, string kind, string source, string? citedIn = null, string? note = null)
    {
        await using var db = app.CreateDbContext();
        return new()
        {
            ["Form.FromRoleId"] = (await db.Roles.SingleAsync(r => r.Slug == from)).Id.ToString(),
            ["Form.ToRoleId"] = (await db.Roles.SingleAsync(r => r.Slug == to)).Id.ToString(),
            ["Form.Kind"] = kind,
            ["Form.SourceId"] = (await db.Sources.SingleAsync(s => s.Slug == source)).Id.ToString(),
            ["Form.CitedInId"] = citedIn is null ? "" : (await db.Sources.SingleAsync(s => s.Slug == citedIn)).Id.ToString(),
            ["Form.Note"] = note,
        };
    }

    [Fact]
    public async Task Create_ValidStep_IsSavedAuditedListedAndPublic()
    {
        var client = await app.SignedInClientAsync();
        var before = await app.CreateClient().GetDocumentAsync("/Roles/head-of-ai");
        Assert.DoesNotContain(before.QuerySelectorAll("a[href='/Roles/business-intelligence-developer']"), a => a.ParentElement!.Text().StartsWith("From"));
        var doc = await client.GetDocumentAsync("/Admin/CareerSteps/Edit");
        foreach (var name in new[] { "Form.FromRoleId", "Form.ToRoleId", "Form.SourceId", "Form.CitedInId" })
        {
            var first = doc.QuerySelector($"select[name='{name}'] option")!;
            Assert.Equal("", first.GetAttribute("value"));
            Assert.Equal("Choose…", first.Text());
        }
        Assert.Contains("Way in", doc.QuerySelectorAll("select[name='Form.Kind'] option").Select(o => o.Text()));

        var response = await client.SubmitAsync(doc.Form(), await ValuesAsync("business-intelligence-developer", "head-of-ai", "Promotion", "linkedin", "usd-ml-career-guide-2025", "Made by a test."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var step = await db.CareerSteps.SingleAsync(s => s.FromRole.Slug == "business-intelligence-developer" && s.ToRole.Slug == "head-of-ai");
        Assert.Equal(CareerStepKind.Promotion, step.Kind);
        Assert.Equal("Made by a test.", step.Note);
        Assert.NotNull(step.CitedInId);
        var created = Assert.Single(await db.AuditEntries.Where(a => a.EntityType == "CareerStep" && a.EntityId == step.Id.ToString()).ToListAsync());
        Assert.Equal(AuditAction.Create, created.Action);
        Assert.Equal("admin@example.com", created.User);
        Assert.Null(created.Before);
        var list = await client.GetDocumentAsync("/Admin/CareerSteps");
        var row = list.QuerySelector($"table.admin-list tr[data-id='{step.Id}']")!.Text();
        var fromTitle = await db.Roles.Where(r => r.Slug == "business-intelligence-developer").Select(r => r.Title).SingleAsync();
        var toTitle = await db.Roles.Where(r => r.Slug == "head-of-ai").Select(r => r.Title).SingleAsync();
        Assert.Contains($"{fromTitle} → {toTitle}", row);
        Assert.Contains("Promotion", row);
        Assert.Contains("Saved", list.QuerySelector(".callout.success")!.Text());
        var after = await app.CreateClient().GetDocumentAsync("/Roles/head-of-ai");
        Assert.Contains(after.QuerySelectorAll("a[href='/Roles/business-intelligence-developer']"), a => a.ParentElement!.Text().StartsWith("From"));
    }

    [Theory]
    [InlineData("Form.FromRoleId", "", "Choose the role the step starts from")]
    [InlineData("Form.ToRoleId", "", "Choose the role the step leads to")]
    [InlineData("Form.SourceId", "", "Choose the source")]
    [InlineData("Form.FromRoleId", "999999", "no role #999999")]
    [InlineData("Form.ToRoleId", "999999", "no role #999999")]
    [InlineData("Form.SourceId", "999999", "no source #999999")]
    [InlineData("Form.CitedInId", "999999", "no source #999999")]
    [InlineData("Form.Kind", "Sideways", "not valid")]
    [InlineData("Form.ToRoleId", "abc", "not valid")]
    public async Task Create_InvalidField_ShowsTheMessageNextToItAndSavesNothing(string field, string value, string message)
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var before = await db.CareerSteps.CountAsync();
        var form = (await client.GetDocumentAsync("/Admin/CareerSteps/Edit")).Form();
        var values = await ValuesAsync("data-analyst", "head-of-ai", "Entry", "indeed-salaries-2022");
        values[field] = value;

        var response = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains(message, doc.QuerySelector($"span[data-valmsg-for='{field}']")!.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await db.CareerSteps.CountAsync());
        Assert.True(doc.QuerySelectorAll("select[name='Form.FromRoleId'] option").Length > 1);
    }

    [Fact]
    public async Task Create_ToTheSameRole_ShowsTheMessageOnToAndSavesNothing()
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var before = await db.CareerSteps.CountAsync();
        var form = (await client.GetDocumentAsync("/Admin/CareerSteps/Edit")).Form();

        var response = await client.SubmitAsync(form, await ValuesAsync("data-analyst", "data-analyst", "Entry", "linkedin"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("different role", doc.QuerySelector("span[data-valmsg-for='Form.ToRoleId']")!.Text());
        Assert.Equal("", doc.QuerySelector("span[data-valmsg-for='Form.FromRoleId']")!.Text());
        Assert.Equal(before, await db.CareerSteps.CountAsync());
    }

    [Fact]
    public async Task Edit_SecondAdminSavesStaleForm_IsRefusedWithTheCurrentValues()
    {
        var first = await app.SignedInClientAsync("first@example.com");
        var second = await app.SignedInClientAsync("second@example.com");
        await using var db = app.CreateDbContext();
        var id = await db.CareerSteps.OrderBy(s => s.Id).Select(s => s.Id).Skip(1).FirstAsync();
        var firstForm = (await first.GetDocumentAsync($"/Admin/CareerSteps/Edit/{id}")).Form();
        var secondForm = (await second.GetDocumentAsync($"/Admin/CareerSteps/Edit/{id}")).Form();

        var firstSave = await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Note"] = "Saved by the first admin" });
        var secondSave = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.Note"] = "Saved by the second admin" });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var doc = await Html.ParseAsync(secondSave);
        Assert.Contains("Someone else saved", doc.QuerySelector(".error-summary")!.Text());
        Assert.Contains("Saved by the first admin", doc.QuerySelector("section.conflict")!.Text());
        await using var check = app.CreateDbContext();
        Assert.Equal("Saved by the first admin", await check.CareerSteps.Where(s => s.Id == id).Select(s => s.Note).SingleAsync());

        var retry = await second.SubmitAsync(doc.Form("main form.stacked-form"));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        await using var after = app.CreateDbContext();
        Assert.Equal("Saved by the second admin", await after.CareerSteps.Where(s => s.Id == id).Select(s => s.Note).SingleAsync());
    }

    [Fact]
    public async Task Delete_Step_IsDeletedAndAudited()
    {
        var client = await app.SignedInClientAsync();
        var created = await client.SubmitAsync((await client.GetDocumentAsync("/Admin/CareerSteps/Edit")).Form(), await ValuesAsync("software-programmer", "nlp-scientist", "Related", "payscale"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = app.CreateDbContext();
        var id = await db.CareerSteps.Where(s => s.FromRole.Slug == "software-programmer" && s.ToRole.Slug == "nlp-scientist").Select(s => s.Id).SingleAsync();

        var confirm = await client.GetDocumentAsync($"/Admin/CareerSteps/Delete/{id}");
        Assert.Contains("→", confirm.QuerySelector("main strong")!.Text());
        var response = await client.SubmitAsync(confirm.Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await db.CareerSteps.AnyAsync(s => s.Id == id));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "CareerStep" && a.EntityId == id.ToString() && a.Action == AuditAction.Delete);
        Assert.Equal("admin@example.com", audit.User);
        Assert.NotNull(audit.Before);
        Assert.Null(audit.After);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404()
    {
        var client = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/CareerSteps/Edit/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/CareerSteps/Delete/999999")).StatusCode);
    }
}
