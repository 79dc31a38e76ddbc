using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

public class RolesAdminTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private static Dictionary<string, string?> NewRole(string slug) => new()
    {
        ["Form.Slug"] = slug, ["Form.Title"] = "Test Role " + slug, ["Form.Category"] = "Testing",
        ["Form.Summary"] = "A role made by a test.", ["Form.Description"] = "Longer words.", ["Form.TypicalEducation"] = "A degree.",
        ["Form.Aliases"] = "Tester, test role\nTESTER\n  Quality   person  ,",
    };

    private async Task<int> RoleIdAsync(string slug)
    {
        await using var db = app.CreateDbContext();
        return await db.Roles.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync();
    }

    [Fact]
    public async Task Create_ValidRole_IsSavedWithDeduplicatedAliasesAuditedListedAndPublic()
    {
        var client = await app.SignedInClientAsync();
        var form = (await client.GetDocumentAsync("/Admin/Roles/Edit")).Form();

        var response = await client.SubmitAsync(form, NewRole("created-role"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var role = await db.Roles.Include(r => r.Aliases).SingleAsync(r => r.Slug == "created-role");
        Assert.Equal("Testing", role.Category);
        Assert.Equal("A role made by a test.", role.Summary);
        Assert.Equal(["Quality person", "Tester", "test role"], role.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal));
        var created = Assert.Single(await db.AuditEntries.Where(a => a.EntityType == "Role" && a.EntityId == role.Id.ToString()).ToListAsync());
        Assert.Equal(AuditAction.Create, created.Action);
        Assert.Equal("admin@example.com", created.User);
        Assert.Null(created.Before);
        Assert.Contains("created-role", created.After);
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.EntityType == "RoleAlias" && a.Action == AuditAction.Create && a.User == "admin@example.com" && a.After!.Contains($"\"RoleId\":{role.Id},")));
        var list = await client.GetDocumentAsync("/Admin/Roles");
        Assert.Contains("Test Role created-role", list.QuerySelector("table.admin-list")!.Text());
        Assert.Contains("Saved", list.QuerySelector(".callout.success")!.Text());
        var page = await app.CreateClient().GetDocumentAsync("/Roles/created-role");
        Assert.Equal("Test Role created-role", page.QuerySelector("h1")!.Text());
        Assert.Contains("Quality person", page.QuerySelector("dl.facts")!.Text());
    }

    [Theory]
    [InlineData("Form.Slug", "Not A Slug", "lower-case")]
    [InlineData("Form.Slug", "", "slug is required")]
    [InlineData("Form.Slug", "data-scientist", "already uses")]
    [InlineData("Form.Title", "", "title is required")]
    [InlineData("Form.Category", " ", "category is required")]
    [InlineData("Form.Summary", "", "summary is required")]
    [InlineData("Form.Title", "Data\u0001 Scientist", "control character (U+0001) at position 5")]
    [InlineData("Form.Title", "Data\u200B Scientist", "invisible character (U+200B)")]
    [InlineData("Form.Title", "Evil \u202Etitle", "invisible character (U+202E)")]
    [InlineData("Form.Category", "Line\nbreak", "control character (U+000A)")]
    [InlineData("Form.Description", "Tab\tand new\nlines are fine, but not \u0007", "control character (U+0007)")]
    [InlineData("Form.Aliases", "Good name\nBad\u0007name", "An alias holds a control character")]
    [InlineData("Form.Title", "$TITLE201", "at most 200 characters")]
    [InlineData("Form.Summary", "$SUMMARY1001", "at most 1,000 characters")]
    public async Task Create_InvalidField_ShowsTheMessageNextToItAndSavesNothing(string field, string value, string message)
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var before = await db.Roles.CountAsync();
        var form = (await client.GetDocumentAsync("/Admin/Roles/Edit")).Form();
        var values = NewRole("invalid-role");
        values[field] = value switch { "$TITLE201" => new string('t', 201), "$SUMMARY1001" => new string('s', 1001), _ => value };

        var response = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        var error = doc.QuerySelector($"span[data-valmsg-for='{field}']")!;
        Assert.Contains(message, error.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task Create_AliasTooLong_ShowsTheMessageNextToAliasesAndSavesNothing()
    {
        var client = await app.SignedInClientAsync();
        var form = (await client.GetDocumentAsync("/Admin/Roles/Edit")).Form();
        var values = NewRole("long-alias-role");
        values["Form.Aliases"] = "Short\n" + new string('x', 201);

        var response = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("at most 200", doc.QuerySelector("span[data-valmsg-for='Form.Aliases']")!.Text());
        await using var db = app.CreateDbContext();
        Assert.False(await db.Roles.AnyAsync(r => r.Slug == "long-alias-role"));
    }

    [Fact]
    public async Task Edit_TitleShowsOnThePublicPageAtOnceAndIsAudited()
    {
        var client = await app.SignedInClientAsync();
        var id = await RoleIdAsync("software-engineer");
        var form = (await client.GetDocumentAsync($"/Admin/Roles/Edit/{id}")).Form();

        var response = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Title"] = "Software Engineer (edited)" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await app.CreateClient().GetDocumentAsync("/Roles/software-engineer");
        Assert.Equal("Software Engineer (edited)", page.QuerySelector("h1")!.Text());
        await using var db = app.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Role" && a.EntityId == id.ToString() && a.Action == AuditAction.Update);
        Assert.Equal("admin@example.com", audit.User);
        Assert.Contains("Software Engineer (edited)", audit.After);
    }

    [Fact]
    public async Task Edit_Aliases_ReplaceTheSetAndShowOnThePublicPage()
    {
        var client = await app.SignedInClientAsync();
        var id = await RoleIdAsync("head-of-ai");
        var form = (await client.GetDocumentAsync($"/Admin/Roles/Edit/{id}")).Form();

        var response = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Aliases"] = "AI lead, Chief AI person\nai LEAD" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.Equal(["AI lead", "Chief AI person"], await db.RoleAliases.Where(a => a.RoleId == id).Select(a => a.Name).OrderBy(n => n).ToListAsync());
        var page = await app.CreateClient().GetDocumentAsync("/Roles/head-of-ai");
        Assert.Contains("AI lead, Chief AI person", page.QuerySelector("dl.facts")!.Text());
        // Clearing the box removes them all.
        var again = (await client.GetDocumentAsync($"/Admin/Roles/Edit/{id}")).Form();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(again, new Dictionary<string, string?> { ["Form.Aliases"] = "" })).StatusCode);
        Assert.False(await db.RoleAliases.AnyAsync(a => a.RoleId == id));
    }

    [Fact]
    public async Task Edit_SecondAdminSavesStaleForm_IsRefusedWithTheCurrentValues()
    {
        var first = await app.SignedInClientAsync("first@example.com");
        var second = await app.SignedInClientAsync("second@example.com");
        var id = await RoleIdAsync("data-analyst");
        var firstForm = (await first.GetDocumentAsync($"/Admin/Roles/Edit/{id}")).Form();
        var secondForm = (await second.GetDocumentAsync($"/Admin/Roles/Edit/{id}")).Form();

        var firstSave = await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Title"] = "Saved by the first admin" });
        var secondSave = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.Title"] = "Saved by the second admin" });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var doc = await Html.ParseAsync(secondSave);
        Assert.Contains("Someone else saved", doc.QuerySelector(".error-summary")!.Text());
        Assert.Contains("Saved by the first admin", doc.QuerySelector("section.conflict")!.Text());
        await using var check = app.CreateDbContext();
        Assert.Equal("Saved by the first admin", await check.Roles.Where(r => r.Id == id).Select(r => r.Title).SingleAsync());

        // Saving again after seeing the current values is a deliberate overwrite, and works.
        var retry = await second.SubmitAsync(doc.Form("main form.stacked-form"));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        await using var after = app.CreateDbContext();
        Assert.Equal("Saved by the second admin", await after.Roles.Where(r => r.Id == id).Select(r => r.Title).SingleAsync());
    }

    [Fact]
    public async Task Edit_StaleFormAfterAnAliasOnlyChange_IsRefused()
    {
        var first = await app.SignedInClientAsync("first@example.com");
        var second = await app.SignedInClientAsync("second@example.com");
        var id = await RoleIdAsync("computational-linguist");
        var firstForm = (await first.GetDocumentAsync($"/Admin/Roles/Edit/{id}")).Form();
        var secondForm = (await second.GetDocumentAsync($"/Admin/Roles/Edit/{id}")).Form();

        var firstSave = await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Aliases"] = "Added by the first admin" });
        var secondSave = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.Aliases"] = "Added by the second admin" });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var doc = await Html.ParseAsync(secondSave);
        Assert.Contains("Added by the first admin", doc.QuerySelector("section.conflict")!.Text());
        await using var db = app.CreateDbContext();
        Assert.Equal(["Added by the first admin"], await db.RoleAliases.Where(a => a.RoleId == id).Select(a => a.Name).ToListAsync());
    }

    [Fact]
    public async Task Delete_RoleStillReferenced_IsRefusedAndListsWhatUsesIt()
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var id = await RoleIdAsync("machine-learning-engineer");
        var salary = await db.SalaryFigures.Where(f => f.RoleId == id).Select(f => new { f.Id, f.Year, f.Source.Publisher }).ToListAsync();
        var outlook = await db.OutlookFigures.Where(f => f.RoleId == id).Select(f => f.Id).ToListAsync();
        var steps = await db.CareerSteps.Where(s => s.FromRoleId == id || s.ToRoleId == id).Select(s => s.Id).ToListAsync();
        var skills = await db.RoleSkills.Where(s => s.RoleId == id).Select(s => s.Id).ToListAsync();
        Assert.NotEmpty(salary);
        Assert.NotEmpty(steps);
        Assert.NotEmpty(skills);

        var page = await client.GetDocumentAsync($"/Admin/Roles/Delete/{id}");

        Assert.Null(page.QuerySelector("main form[method='post'] button.danger"));
        var items = page.QuerySelectorAll("ul.used-by li").Select(li => li.Text()).ToList();
        Assert.All(salary, f => Assert.Contains(items, i => i.StartsWith($"Salary figure #{f.Id}:") && i.Contains(f.Year.ToString()) && i.EndsWith($"({f.Publisher})")));
        Assert.All(outlook, f => Assert.Contains(items, i => i.StartsWith($"Outlook figure #{f}:")));
        Assert.All(steps, s => Assert.Contains(items, i => i.StartsWith($"Career step #{s}:")));
        Assert.All(skills, s => Assert.Contains(items, i => i.StartsWith($"Role skill #{s}:")));
        Assert.Equal(salary.Count + outlook.Count + steps.Count + skills.Count, items.Count);

        // Even a hand-made POST is refused by the service.
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)(await client.GetDocumentAsync("/Admin/Roles/Edit")).Form().QuerySelector("input[name='__RequestVerificationToken']")!).Value;
        var response = await client.PostAsync($"/Admin/Roles/Delete/{id}", new FormUrlEncodedContent([new("version", "0"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("still used by", (await Html.ParseAsync(response)).QuerySelector(".error-summary")!.Text());
        Assert.True(await db.Roles.AnyAsync(r => r.Id == id));
    }

    [Fact]
    public async Task Delete_UnusedRole_IsDeletedWithItsAliasesAndAudited()
    {
        var client = await app.SignedInClientAsync();
        await client.SubmitAsync((await client.GetDocumentAsync("/Admin/Roles/Edit")).Form(), NewRole("role-to-delete"));
        var id = await RoleIdAsync("role-to-delete");
        await using (var arrange = app.CreateDbContext())
        {
            var sourceId = await arrange.Sources.Where(s => s.Slug == "bls").Select(s => s.Id).SingleAsync();
            arrange.RoleTasks.Add(new RoleTask { RoleId = id, Position = 1, Text = "Test things.", SourceId = sourceId });
            arrange.OccupationCodes.Add(new OccupationCode { RoleId = id, System = "SOC 2018", Code = "99-9999", Title = "Testers", SourceId = sourceId });
            await arrange.SaveChangesAsync();
        }

        var confirm = await client.GetDocumentAsync($"/Admin/Roles/Delete/{id}");
        var alsoDeletes = confirm.QuerySelector("ul.also-deletes")!.Text();
        Assert.Contains("3 aliases", alsoDeletes);
        Assert.Contains("1 task", alsoDeletes);
        Assert.Contains("1 occupation code", alsoDeletes);
        var response = await client.SubmitAsync(confirm.Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Roles.AnyAsync(r => r.Id == id));
        Assert.False(await db.RoleAliases.AnyAsync(a => a.RoleId == id));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Role" && a.EntityId == id.ToString() && a.Action == AuditAction.Delete);
        Assert.Equal("admin@example.com", audit.User);
        Assert.Contains("role-to-delete", audit.Before);
        Assert.Null(audit.After);
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.EntityType == "RoleAlias" && a.Action == AuditAction.Delete && a.Before!.Contains($"\"RoleId\":{id},")));
        Assert.False(await db.RoleTasks.AnyAsync(t => t.RoleId == id));
        Assert.False(await db.OccupationCodes.AnyAsync(c => c.RoleId == id));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == "RoleTask" && a.Action == AuditAction.Delete && a.User == "admin@example.com"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/Roles/role-to-delete")).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404()
    {
        var client = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Roles/Edit/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Roles/Delete/999999")).StatusCode);
    }
}
