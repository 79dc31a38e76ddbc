using System.Net;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

/// <summary>
/// Two admins (or two tabs) on the same record: one deletes it, the other then deletes or saves
/// it. The shared list, edit and delete pages say what happened; never a 500, nothing re-created.
/// </summary>
public class DeletedMeanwhileTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    // Sections whose records nothing else uses, so any of them can be deleted.
    public static TheoryData<string> Sections => ["SalaryFigures", "OutlookFigures", "RoleSkills", "CareerSteps", "Cpi"];

    private static async Task<IReadOnlyList<string>> IdsAsync(HttpClient client, string section) =>
        (await client.GetDocumentAsync($"/Admin/{section}")).QuerySelectorAll("tr[data-id]").Select(r => r.GetAttribute("data-id")!).ToList();

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Delete_RecordDeletedInAnotherTab_RedirectsToTheListSayingSo(string section)
    {
        var client = await app.SignedInClientAsync();
        var id = (await IdsAsync(client, section))[0];
        var firstTab = (await client.GetDocumentAsync($"/Admin/{section}/Delete/{id}")).Form();
        var secondTab = (await client.GetDocumentAsync($"/Admin/{section}/Delete/{id}")).Form();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(firstTab)).StatusCode);

        var again = await client.SubmitAsync(secondTab);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var list = await client.GetDocumentAsync(again.Headers.Location!.OriginalString);
        Assert.Contains("was already deleted, by someone else", list.QuerySelector("main")!.Text());
        Assert.Null(list.QuerySelector($"tr[data-id='{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Admin/{section}/Delete/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Save_RecordDeletedWhileEditing_Returns404WithTheMessageAndTheTypedValues(string section)
    {
        var client = await app.SignedInClientAsync();
        var id = (await IdsAsync(client, section))[^1];
        var edit = (await client.GetDocumentAsync($"/Admin/{section}/Edit/{id}")).Form();
        await using (var db = app.CreateDbContext())
        {
            var before = await CountAsync(db, section);
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync((await client.GetDocumentAsync($"/Admin/{section}/Delete/{id}")).Form())).StatusCode);
            Assert.Equal(before - 1, await CountAsync(db, section));

            var saved = await client.SubmitAsync(edit);

            Assert.Equal(HttpStatusCode.NotFound, saved.StatusCode);
            var page = await Html.ParseAsync(saved);
            Assert.Contains("This record is no longer there: someone else deleted", page.QuerySelector(".error-summary")!.Text());
            Assert.Contains("Your changes were not saved", page.QuerySelector(".error-summary")!.Text());
            Assert.NotNull(page.QuerySelector("main form[method='post'] button[type='submit']")); // the form, with what was typed
            Assert.Equal(before - 1, await CountAsync(db, section)); // nothing re-created
        }
    }

    private static Task<int> CountAsync(Web.Data.CareerDbContext db, string section) => section switch
    {
        "SalaryFigures" => db.SalaryFigures.CountAsync(),
        "OutlookFigures" => db.OutlookFigures.CountAsync(),
        "RoleSkills" => db.RoleSkills.CountAsync(),
        "CareerSteps" => db.CareerSteps.CountAsync(),
        "Cpi" => db.CpiValues.CountAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };
}
