using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace CareerExplorer.Web.Pages.Admin.CareerSteps;

public class DeleteModel(AdminCareerStepService careerSteps) : AdminPageModel
{
    public AdminListItem Item { get; private set; } = null!;
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await careerSteps.ItemAsync(id, ct) is not { } item)
            return NotFound();
        Item = item;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int version, CancellationToken ct)
    {
        var result = await careerSteps.DeleteAsync(id, version, ct);
        switch (result)
        {
            case DeleteResult.Deleted:
                StatusMessage = "Deleted the career step.";
                return RedirectToPage("Index");
            case DeleteResult.NotFound:
                return NotFound();
        }
        Item = (await careerSteps.ItemAsync(id, ct))!;
        Refusal = "Someone else changed this career step since you opened it; review it and delete again.";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
