using System.Net;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

public class OutlookFiguresAdminTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private static readonly int TooLate = DateTime.UtcNow.Year + 2;

    /// <summary>A valid new growth figure for a role, with the seeded BLS source and the United States.</summary>
    private async Task<Dictionary<string, string?>> NewFigureAsync(string roleSlug, string quote)
    {
        await using var db = app.CreateDbContext();
        return new Dictionary<string, string?>
        {
            ["Form.RoleId"] = (await db.Roles.SingleAsync(r => r.Slug == roleSlug)).Id.ToString(),
            ["Form.Kind"] = "EmploymentGrowth", ["Form.Value"] = "17.5", ["Form.Unit"] = "Percent",
            ["Form.StartYear"] = "2023", ["Form.EndYear"] = "2033", ["Form.Year"] = "2024",
            ["Form.GeographyId"] = (await db.Geographies.SingleAsync(g => g.Code == "US")).Id.ToString(),
            ["Form.SourceId"] = (await db.Sources.SingleAsync(s => s.Slug == "bls")).Id.ToString(),
            ["Form.CitedInId"] = "", ["Form.Quote"] = quote, ["Form.Note"] = "",
        };
    }

    [Fact]
    public async Task Create_ValidFigure_IsSavedAuditedAndListed()
    {
        var client = await app.SignedInClientAsync();
        var form = (await client.GetDocumentAsync("/Admin/OutlookFigures/Edit")).Form();

        var response = await client.SubmitAsync(form, await NewFigureAsync("data-analyst", "Created by the create test"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var figure = await db.OutlookFigures.Include(f => f.Role).Include(f => f.Source).SingleAsync(f => f.Quote == "Created by the create test");
        Assert.Equal(("data-analyst", "bls", 17.5m, (int?)2023, (int?)2033, 2024), (figure.Role.Slug, figure.Source.Slug, figure.Value, figure.StartYear, figure.EndYear, figure.Year));
        var created = Assert.Single(await db.AuditEntries.Where(a => a.EntityType == "OutlookFigure" && a.EntityId == figure.Id.ToString()).ToListAsync());
        Assert.Equal(AuditAction.Create, created.Action);
        Assert.Equal("admin@example.com", created.User);
        Assert.Contains("Created by the create test", created.After);
        var list = await client.GetDocumentAsync("/Admin/OutlookFigures?role=data-analyst");
        Assert.Equal("Data Analyst — Employment growth 17.5%, 2023–2033, 2024 (U.S. Bureau of Labor Statistics)",
            list.QuerySelector($"table.admin-list tr[data-id='{figure.Id}'] td[data-label='Record']")!.Text());
        Assert.Contains("Saved", list.QuerySelector(".callout.success")!.Text());
        Assert.NotNull((await app.CreateClient().GetDocumentAsync("/Roles/data-analyst")).QuerySelector($"tr#outlook-{figure.Id}"));
    }

    public static TheoryData<string, string, string> InvalidFields => new()
    {
        { "Form.SourceId=", "Form.SourceId", "needs a source" },
        { "Form.Year=", "Form.Year", "needs the year" },
        { "Form.Year=1899", "Form.Year", "between 1900" },
        { $"Form.Year={TooLate}", "Form.Year", "between 1900" },
        { "Form.StartYear=2034", "Form.EndYear", "cannot end before it starts" },
        { "Form.StartYear=1850", "Form.StartYear", "between 1900" },
        { "Form.EndYear=2500", "Form.EndYear", "between 1900" },
        { "Form.Value=", "Form.Value", "value is required" },
        { "Form.Value=many", "Form.Value", "" },
        { "Form.Quote=", "Form.Quote", "where the source states" },
        { "Form.RoleId=", "Form.RoleId", "Choose the role" },
        { "Form.RoleId=999999", "Form.RoleId", "does not exist" },
        { "Form.SourceId=999999", "Form.SourceId", "does not exist" },
        { "Form.CitedInId=999999", "Form.CitedInId", "does not exist" },
        { "Form.GeographyId=999999", "Form.GeographyId", "does not exist" },
        { "Form.GeographyId=", "Form.GeographyId", "needs a geography" },
        { "Form.Kind=Doubling", "Form.Kind", "" },
        { "Form.NotPublished=true", "Form.Value", "not published has no value" },
        { "Form.RelativeStandardError=-0.5", "Form.RelativeStandardError", "0 or more" },
        { "Form.Unit=Percent;Form.Value=79228162514264337593543950335", "Form.Value", "at most 100,000%" },
        { "Form.Unit=Percent;Form.Value=-150", "Form.Value", "-100 or more" },
        { "Form.Unit=Jobs;Form.Value=20000000000", "Form.Value", "at most 10,000,000,000" },
        { "Form.Unit=Rank;Form.Value=0", "Form.Value", "1 or more" },
        { $"Form.Quote={new string('q', 1001)}", "Form.Quote", "at most 1,000 characters" },
    };

    [Fact]
    public async Task Create_NotPublishedEmployment_IsSavedAndListedAsNotPublished()
    {
        var client = await app.SignedInClientAsync();
        var page = await client.GetDocumentAsync("/Admin/OutlookFigures/Edit");
        Assert.Equal("Employment", page.QuerySelector("select[name='Form.Kind'] option[value='Employment']")!.Text());
        var values = await NewFigureAsync("data-analyst", "Employment withheld in a test");
        (values["Form.Kind"], values["Form.Unit"], values["Form.Value"], values["Form.StartYear"], values["Form.EndYear"]) = ("Employment", "Jobs", "", "", "");
        values["Form.NotPublished"] = "true";
        values["Form.RelativeStandardError"] = "2.5";

        var response = await client.SubmitAsync(page.Form(), values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var figure = await db.OutlookFigures.SingleAsync(f => f.Quote == "Employment withheld in a test");
        Assert.Equal((OutlookKind.Employment, true, (decimal?)null, (decimal?)2.5m), (figure.Kind, figure.IsNotPublished, figure.Value, figure.RelativeStandardError));
        var list = await client.GetDocumentAsync("/Admin/OutlookFigures?role=data-analyst");
        Assert.StartsWith("Data Analyst — Employment not published, 2024",
            list.QuerySelector($"table.admin-list tr[data-id='{figure.Id}'] td[data-label='Record']")!.Text());
    }

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Create_InvalidField_ShowsTheMessageNextToItAndSavesNothing(string changes, string field, string message)
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var before = await db.OutlookFigures.CountAsync();
        var form = (await client.GetDocumentAsync("/Admin/OutlookFigures/Edit")).Form();
        var values = await NewFigureAsync("data-analyst", "Invalid figure");
        foreach (var change in changes.Split(';'))
            values[change[..change.IndexOf('=')]] = change[(change.IndexOf('=') + 1)..];

        var response = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        var error = doc.QuerySelector($"span[data-valmsg-for='{field}']")!;
        Assert.False(string.IsNullOrWhiteSpace(error.Text()));
        Assert.Contains(message, error.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(doc.QuerySelectorAll("select[name='Form.RoleId'] option[value]:not([value=''])"));
        Assert.Equal(before, await db.OutlookFigures.CountAsync());
    }

    [Fact]
    public async Task Get_Edit_EveryFieldHasALabelAndAPlaceForItsMessage()
    {
        var client = await app.SignedInClientAsync();
        var doc = await client.GetDocumentAsync("/Admin/OutlookFigures/Edit");

        var fields = doc.Form().QuerySelectorAll("input:not([type='hidden']), select, textarea").ToList();
        Assert.Equal(14, fields.Count); // with "not published" and the relative standard error
        Assert.All(fields, f =>
        {
            Assert.NotNull(doc.QuerySelector($"label[for='{f.Id}']"));
            Assert.NotNull(doc.QuerySelector($"span[data-valmsg-for='{f.GetAttribute("name")}']"));
        });
        Assert.Equal("United States", ((AngleSharp.Html.Dom.IHtmlSelectElement)doc.QuerySelector("select[name='Form.GeographyId']")!).SelectedOptions.Single().Text());
    }

    [Fact]
    public async Task Edit_Figure_ShowsTheNewValueOnTheRolePageAtOnceAndIsAudited()
    {
        var client = await app.SignedInClientAsync();
        await using var db = app.CreateDbContext();
        var id = await db.OutlookFigures.Where(f => f.Role.Slug == "data-scientist" && f.Kind == OutlookKind.EmploymentGrowth).Select(f => f.Id).SingleAsync();
        var publicClient = app.CreateClient();
        Assert.Equal("36%", (await publicClient.GetDocumentAsync("/Roles/data-scientist")).QuerySelector($"tr#outlook-{id} td.amount")!.Text());

        var form = (await client.GetDocumentAsync($"/Admin/OutlookFigures/Edit/{id}")).Form();
        var response = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Value"] = "41" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("41%", (await publicClient.GetDocumentAsync("/Roles/data-scientist")).QuerySelector($"tr#outlook-{id} td.amount")!.Text());
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "OutlookFigure" && a.EntityId == id.ToString() && a.Action == AuditAction.Update);
        Assert.Equal("admin@example.com", audit.User);
        Assert.Contains("\"Value\":36", audit.Before);
        Assert.Contains("\"Value\":41", audit.After);
    }

    [Fact]
    public async Task Edit_SecondAdminSavesStaleForm_IsRefusedWithTheCurrentValues()
    {
        var first = await app.SignedInClientAsync("first@example.com");
        var second = await app.SignedInClientAsync("second@example.com");
        await using var db = app.CreateDbContext();
        var id = await db.OutlookFigures.Where(f => f.Role.Slug == "software-developer").Select(f => f.Id).SingleAsync();
        var firstForm = (await first.GetDocumentAsync($"/Admin/OutlookFigures/Edit/{id}")).Form();
        var secondForm = (await second.GetDocumentAsync($"/Admin/OutlookFigures/Edit/{id}")).Form();

        var firstSave = await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Quote"] = "Saved by the first admin" });
        var secondSave = await second.SubmitAsync(secondForm, new Dictionary<string, string?> { ["Form.Quote"] = "Saved by the second admin" });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var doc = await Html.ParseAsync(secondSave);
        Assert.Contains("Someone else saved", doc.QuerySelector(".error-summary")!.Text());
        Assert.Contains("Saved by the first admin", doc.QuerySelector("section.conflict")!.Text());
        await using (var check = app.CreateDbContext())
            Assert.Equal("Saved by the first admin", await check.OutlookFigures.Where(f => f.Id == id).Select(f => f.Quote).SingleAsync());

        var retry = await second.SubmitAsync(doc.Form("main form.stacked-form"));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        await using var after = app.CreateDbContext();
        Assert.Equal("Saved by the second admin", await after.OutlookFigures.Where(f => f.Id == id).Select(f => f.Quote).SingleAsync());
    }

    [Fact]
    public async Task Delete_Figure_IsDeletedAndAudited()
    {
        var client = await app.SignedInClientAsync();
        await client.SubmitAsync((await client.GetDocumentAsync("/Admin/OutlookFigures/Edit")).Form(), await NewFigureAsync("computer-engineer", "To be deleted"));
        await using var db = app.CreateDbContext();
        var id = await db.OutlookFigures.Where(f => f.Quote == "To be deleted").Select(f => f.Id).SingleAsync();

        var confirm = await client.GetDocumentAsync($"/Admin/OutlookFigures/Delete/{id}");
        var response = await client.SubmitAsync(confirm.Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await db.OutlookFigures.AnyAsync(f => f.Id == id));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "OutlookFigure" && a.EntityId == id.ToString() && a.Action == AuditAction.Delete);
        Assert.Equal("admin@example.com", audit.User);
        Assert.Contains("To be deleted", audit.Before);
        Assert.Null(audit.After);
        Assert.Null((await app.CreateClient().GetDocumentAsync("/Roles/computer-engineer")).QuerySelector($"tr#outlook-{id}"));
    }

    [Fact]
    public async Task List_IsPagedFiftyAtATimeAndFilteredByRole()
    {
        await using (var db = app.CreateDbContext())
        {
            var role = await db.Roles.SingleAsync(r => r.Slug == "computer-scientist");
            var source = await db.Sources.SingleAsync(s => s.Slug == "bls");
            var us = await db.Geographies.SingleAsync(g => g.Code == "US");
            for (var i = 0; i < 55; i++)
            {
                db.OutlookFigures.Add(new OutlookFigure
                {
                    RoleId = role.Id, Kind = OutlookKind.Openings, Value = 1000 + i, Unit = OutlookUnit.Jobs,
                    GeographyId = us.Id, Year = 2020, SourceId = source.Id, Quote = "Paging " + i,
                });
            }
            await db.SaveChangesAsync();
        }
        var client = await app.SignedInClientAsync();

        var first = await client.GetDocumentAsync("/Admin/OutlookFigures?role=computer-scientist");
        var second = await client.GetDocumentAsync("/Admin/OutlookFigures?role=computer-scientist&page=2");
        var other = await client.GetDocumentAsync("/Admin/OutlookFigures?role=machine-learning-engineer");

        Assert.Equal(50, first.QuerySelectorAll("table.admin-list tbody tr").Length);
        Assert.Equal(5, second.QuerySelectorAll("table.admin-list tbody tr").Length);
        Assert.Equal("/Admin/OutlookFigures?role=computer-scientist&page=2", first.QuerySelector("nav.pager a[rel='next']")!.GetAttribute("href"));
        Assert.Equal(7, other.QuerySelectorAll("table.admin-list tbody tr").Length);
        Assert.All(other.QuerySelectorAll("table.admin-list tbody tr"), r => Assert.StartsWith("Machine Learning Engineer — ", r.QuerySelector("td[data-label='Record']")!.Text()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/OutlookFigures?page=zzz")).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404()
    {
        var client = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/OutlookFigures/Edit/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/OutlookFigures/Delete/999999")).StatusCode);
    }
}
