using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

public class RoleSkillsAdminTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private async Task<Dictionary<string, string?>> ValuesAsync(string role, string skill, string source, string? citedIn = null, string? note = null)
    {
        await using var db = app.CreateDbContext();
        return new()
        {
            ["Form.RoleId"] = (await db.Roles.SingleAsync(r => r.Slug == role)).Id.ToString(),
            ["Form.SkillId"] = (await db.Skills.SingleAsync(s => s.Slug == skill)).Id.ToString(),
            ["Form.SourceId"] = (await db.Sources.SingleAsync(s => s.Slug == source)).Id.ToString(),
            ["Form.CitedInId"] = citedIn is null ? "" : (await db.Sources.SingleAsync(s => s.Slug == citedIn)).Id.ToString(),
            ["Form.Note"] = note,
        };
    }

    [Fact]
    public async Task Create_ValidRoleSkill_IsSavedAuditedListedAndPublic()
    {
        var client = await app.SignedInClientAsync();
        Assert.Null((await app.CreateClient().GetDocumentAsync("/Roles/head-of-ai")).QuerySelector("a[href='/Skills/google-docs']"));
        var doc = await client.GetDocumentAsync("/Admin/RoleSkills/Edit");
        foreach (var name in new[] { "Form.RoleId", "Form.SkillId", "Form.SourceId", "Form.CitedInId" })
        {
            var first = doc.QuerySelector($"select[name='{name}'] option")!;
            Assert.Equal("", first.GetAttribute("value"));
            Assert.Equal("Choose…", first.Text());
            Assert.NotNull(doc.QuerySelector($"label[for='{name.Replace('.', '_')}']"));
        }

        var response = await client.SubmitAsync(doc.Form(), await ValuesAsync("head-of-ai", "google-docs", "glassdoor", "usd-ml-career-guide-2025", "Made by a test."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var saved = await db.RoleSkills.Include(rs => rs.CitedIn).SingleAsync(rs => rs.Role.Slug == "head-of-ai" && rs.Skill.Slug == "google-docs");
        Assert.Equal("usd-ml-career-guide-2025", saved.CitedIn!.Slug);
        Assert.Equal("Made by a test.", saved.Note);
        var created = Assert.Single(await db.AuditEntries.Where(a => a.EntityType == "RoleSkill" && a.EntityId == saved.Id.ToString()).ToListAsync());
        Assert.Equal(AuditAction.Create, created.Action);
        Assert.Equal("admin@example.com", created.User);
        Assert.Null(created.Before);
        var roleTitle = await db.Roles.Where(r => r.Slug == "head-of-ai").Select(r => r.Title).SingleAsync();
        var skillName = await db.Skills.Where(s => s.Slug == "google-docs").Select(s => s.Name).SingleAsync();
        var list = await client.GetDocumentAsync("/Admin/RoleSkills");
        Assert.Contains($"{roleTitle} needs {skillName} (Glassdoor)", list.QuerySelector($"table.admin-list tr[data-id='{saved.Id}']")!.Text());
        Assert.Contains("Saved", list.QuerySelector(".callout.success")!.Text());
        Assert.NotNull((await app.CreateClient().GetDocumentAsync("/Roles/head-of-ai")).QuerySelector("a[href='/Skills/google-docs']"));
    }

    [Theory]
    [InlineData("Form.RoleId", "", "Choose the role")]
    [InlineData("Form.SkillId", "", "Choose the skill")]
    [InlineData("Form.SourceId", "", "Choose the source")]
    [InlineData("Form.RoleId", "999999", "no role #999999")]
    [InlineData("Form.SkillId", "999999", "no skill #999999")]
    [InlineData("Form.SourceId", "999999", "no source #999999")]
    [InlineData("Form.CitedInId", "999999", "no source #999999")]
    [InlineData("Form.RoleId", "abc", "not valid")]
    public async Task Create_InvalidField_ShowsTheMessageNextToItAndSavesNothing(string field, string value, string message)
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var before = await db.RoleSkills.CountAsync();
        var form = (await client.GetDocumentAsync("/Admin/RoleSkills/Edit")).Form();
        var values = await ValuesAsync("data-analyst", "bash", "indeed-salaries-2022");
        values[field] = value;

        var response = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains(message, doc.QuerySelector($"span[data-valmsg-for='{field}']")!.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await db.RoleSkills.CountAsync());
        // The page still offers every choice after the error.
        Assert.True(doc.QuerySelectorAll("select[name='Form.RoleId'] option").Length > 1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Create_Duplicate_ShowsTheMessageOnTheSkillAndSavesNothing(bool citedIn)
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var existing = await db.RoleSkills.Where(rs => (rs.CitedInId != null) == citedIn).OrderBy(rs => rs.Id)
            .Select(rs => new { rs.RoleId, rs.SkillId, rs.SourceId, rs.CitedInId }).FirstAsync();
        var before = await db.RoleSkills.CountAsync();
        var form = (await client.GetDocumentAsync("/Admin/RoleSkills/Edit")).Form();

        var response = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Form.RoleId"] = existing.RoleId.ToString(), ["Form.SkillId"] = existing.SkillId.ToString(),
            ["Form.SourceId"] = existing.SourceId.ToString(), ["Form.CitedInId"] = existing.CitedInId?.ToString() ?? "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("already has this skill", doc.QuerySelector("span[data-valmsg-for='Form.SkillId']")!.Text());
        Assert.Equal(before, await db.RoleSkills.CountAsync());
    }

    [Fact]
    public async Task Edit_KeepingItsOwnValues_IsNotADuplicate()
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var id = await db.RoleSkills.OrderBy(rs => rs.Id).Select(rs => rs.Id).Skip(5).FirstAsync();
        var form = (await client.GetDocumentAsync($"/Admin/RoleSkills/Edit/{id}")).Form();

        var response = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Note"] = "Edited note" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Edited note", await db.RoleSkills.Where(rs => rs.Id == id).Select(rs => rs.Note).SingleAsync());
    }

    [Fact]
    public async Task Edit_SecondAdminSavesStaleForm_IsRefusedWithTheCurrentValues()
    {
        var first = await app.SignedInClientAsync("first@example.com");
        var second = await app.SignedInClientAsync("second@example.com");
        await using var db = app.CreateDbContext();
        var id = await db.RoleSkills.OrderBy(rs => rs.Id).Select(rs => rs.Id).Skip(2).FirstAsync();
        var firstForm = (await first.GetDocumentAsync($"/Admin/RoleSkills/Edit/{id}")).Form();
        var secondForm = (await second.GetDocumentAsync($"/Admin/RoleSkills/Edit/{id}")).Form();

        var firstSave = await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Note"] = "Saved by the first admin" });
        var secondSave = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.Note"] = "Saved by the second admin" });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var doc = await Html.ParseAsync(secondSave);
        Assert.Contains("Someone else saved", doc.QuerySelector(".error-summary")!.Text());
        Assert.Contains("Saved by the first admin", doc.QuerySelector("section.conflict")!.Text());
        await using var check = app.CreateDbContext();
        Assert.Equal("Saved by the first admin", await check.RoleSkills.Where(rs => rs.Id == id).Select(rs => rs.Note).SingleAsync());

        var retry = await second.SubmitAsync(doc.Form("main form.stacked-form"));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        await using var after = app.CreateDbContext();
        Assert.Equal("Saved by the second admin", await after.RoleSkills.Where(rs => rs.Id == id).Select(rs => rs.Note).SingleAsync());
    }

    [Fact]
    public async Task Delete_RoleSkill_IsDeletedAndAudited()
    {
        var client = await app.SignedInClientAsync();
        var created = await client.SubmitAsync((await client.GetDocumentAsync("/Admin/RoleSkills/Edit")).Form(), await ValuesAsync("nlp-scientist", "microsoft-word", "payscale"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = app.CreateDbContext();
        var id = await db.RoleSkills.Where(rs => rs.Role.Slug == "nlp-scientist" && rs.Skill.Slug == "microsoft-word").Select(rs => rs.Id).SingleAsync();

        var confirm = await client.GetDocumentAsync($"/Admin/RoleSkills/Delete/{id}");
        Assert.Contains("needs", confirm.QuerySelector("main strong")!.Text());
        var response = await client.SubmitAsync(confirm.Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await db.RoleSkills.AnyAsync(rs => rs.Id == id));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "RoleSkill" && a.EntityId == id.ToString() && a.Action == AuditAction.Delete);
        Assert.Equal("admin@example.com", audit.User);
        Assert.NotNull(audit.Before);
        Assert.Null(audit.After);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404()
    {
        var client = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/RoleSkills/Edit/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/RoleSkills/Delete/999999")).StatusCode);
    }
}
