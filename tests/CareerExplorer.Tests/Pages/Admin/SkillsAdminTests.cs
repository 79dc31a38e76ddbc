using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

public class SkillsAdminTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private static Dictionary<string, string?> NewSkill(string slug) => new()
    {
        ["Form.Slug"] = slug, ["Form.Name"] = "Test Skill " + slug, ["Form.Kind"] = "Tool", ["Form.Group"] = "Test tools",
    };

    private async Task<int> SkillIdAsync(string slug)
    {
        await using var db = app.CreateDbContext();
        return await db.Skills.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync();
    }

    [Fact]
    public async Task Create_ValidSkill_IsSavedAuditedListedAndPublic()
    {
        var client = await app.SignedInClientAsync();
        var doc = await client.GetDocumentAsync("/Admin/Skills/Edit");
        var kinds = doc.QuerySelectorAll("select[name='Form.Kind'] option").Select(o => o.Text()).ToList();
        Assert.Contains("Tools and technologies", kinds);
        Assert.Contains("Soft skills", kinds);

        var response = await client.SubmitAsync(doc.Form(), NewSkill("created-skill"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var skill = await db.Skills.SingleAsync(s => s.Slug == "created-skill");
        Assert.Equal(SkillKind.Tool, skill.Kind);
        Assert.Equal("Test tools", skill.Group);
        var created = Assert.Single(await db.AuditEntries.Where(a => a.EntityType == "Skill" && a.EntityId == skill.Id.ToString()).ToListAsync());
        Assert.Equal(AuditAction.Create, created.Action);
        Assert.Equal("admin@example.com", created.User);
        Assert.Null(created.Before);
        Assert.Contains("created-skill", created.After);
        var list = await client.GetDocumentAsync("/Admin/Skills");
        Assert.Contains("Test Skill created-skill", list.QuerySelector("table.admin-list")!.Text());
        Assert.Contains("Saved", list.QuerySelector(".callout.success")!.Text());
        var page = await app.CreateClient().GetDocumentAsync("/Skills/created-skill");
        Assert.Equal("Test Skill created-skill", page.QuerySelector("h1")!.Text());
    }

    [Theory]
    [InlineData("Form.Slug", "Not A Slug", "lower-case")]
    [InlineData("Form.Slug", "", "slug is required")]
    [InlineData("Form.Slug", "python", "already uses")]
    [InlineData("Form.Name", "", "name is required")]
    [InlineData("Form.Kind", "Bogus", "not valid")]
    [InlineData("Form.Kind", "99", "invalid")]
    [InlineData("Form.Name", "Py\uFEFFthon", "invisible character (U+FEFF)")]
    [InlineData("Form.Group", "Group\u001B[31m", "control character (U+001B)")]
    public async Task Create_InvalidField_ShowsTheMessageNextToItAndSavesNothing(string field, string value, string message)
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var before = await db.Skills.CountAsync();
        var form = (await client.GetDocumentAsync("/Admin/Skills/Edit")).Form();
        var values = NewSkill("invalid-skill");
        values[field] = value;

        var response = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        var error = doc.QuerySelector($"span[data-valmsg-for='{field}']")!;
        Assert.Contains(message, error.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await db.Skills.CountAsync());
    }

    [Fact]
    public async Task Edit_NameShowsOnThePublicPageAtOnceAndIsAudited()
    {
        var client = await app.SignedInClientAsync();
        var id = await SkillIdAsync("tensorflow");
        var form = (await client.GetDocumentAsync($"/Admin/Skills/Edit/{id}")).Form();

        var response = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Name"] = "TensorFlow (edited)", ["Form.Kind"] = "Knowledge" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await app.CreateClient().GetDocumentAsync("/Skills/tensorflow");
        Assert.Equal("TensorFlow (edited)", page.QuerySelector("h1")!.Text());
        Assert.Contains("Knowledge", page.QuerySelector("p.lead")!.Text());
        await using var db = app.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Skill" && a.EntityId == id.ToString() && a.Action == AuditAction.Update);
        Assert.Equal("admin@example.com", audit.User);
        Assert.Contains("TensorFlow (edited)", audit.After);
    }

    [Fact]
    public async Task Edit_SecondAdminSavesStaleForm_IsRefusedWithTheCurrentValues()
    {
        var first = await app.SignedInClientAsync("first@example.com");
        var second = await app.SignedInClientAsync("second@example.com");
        var id = await SkillIdAsync("matlab");
        var firstForm = (await first.GetDocumentAsync($"/Admin/Skills/Edit/{id}")).Form();
        var secondForm = (await second.GetDocumentAsync($"/Admin/Skills/Edit/{id}")).Form();

        var firstSave = await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Name"] = "Saved by the first admin" });
        var secondSave = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.Name"] = "Saved by the second admin" });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var doc = await Html.ParseAsync(secondSave);
        Assert.Contains("Someone else saved", doc.QuerySelector(".error-summary")!.Text());
        Assert.Contains("Saved by the first admin", doc.QuerySelector("section.conflict")!.Text());
        await using var check = app.CreateDbContext();
        Assert.Equal("Saved by the first admin", await check.Skills.Where(s => s.Id == id).Select(s => s.Name).SingleAsync());

        var retry = await second.SubmitAsync(doc.Form("main form.stacked-form"));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        await using var after = app.CreateDbContext();
        Assert.Equal("Saved by the second admin", await after.Skills.Where(s => s.Id == id).Select(s => s.Name).SingleAsync());
    }

    [Fact]
    public async Task Delete_SkillStillUsed_IsRefusedAndListsTheRoleSkills()
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var id = await SkillIdAsync("python");
        var uses = await db.RoleSkills.Where(rs => rs.SkillId == id).Select(rs => new { rs.Id, rs.Role.Title }).ToListAsync();
        Assert.NotEmpty(uses);

        var page = await client.GetDocumentAsync($"/Admin/Skills/Delete/{id}");

        Assert.Null(page.QuerySelector("main form[method='post'] button.danger"));
        var items = page.QuerySelectorAll("ul.used-by li").Select(li => li.Text()).ToList();
        Assert.Equal(uses.Count, items.Count);
        Assert.All(uses, u => Assert.Contains(items, i => i.StartsWith($"Role skill #{u.Id}: {u.Title} needs Python")));

        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)(await client.GetDocumentAsync("/Admin/Skills/Edit")).Form().QuerySelector("input[name='__RequestVerificationToken']")!).Value;
        var response = await client.PostAsync($"/Admin/Skills/Delete/{id}", new FormUrlEncodedContent([new("version", "0"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.True(await db.Skills.AnyAsync(s => s.Id == id));
    }

    [Fact]
    public async Task Delete_UnusedSkill_IsDeletedAndAudited()
    {
        var client = await app.SignedInClientAsync();
        await client.SubmitAsync((await client.GetDocumentAsync("/Admin/Skills/Edit")).Form(), NewSkill("skill-to-delete"));
        var id = await SkillIdAsync("skill-to-delete");

        var confirm = await client.GetDocumentAsync($"/Admin/Skills/Delete/{id}");
        var response = await client.SubmitAsync(confirm.Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Skills.AnyAsync(s => s.Id == id));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Skill" && a.EntityId == id.ToString() && a.Action == AuditAction.Delete);
        Assert.Equal("admin@example.com", audit.User);
        Assert.Contains("skill-to-delete", audit.Before);
        Assert.Null(audit.After);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404()
    {
        var client = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Skills/Edit/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Skills/Delete/999999")).StatusCode);
    }
}
