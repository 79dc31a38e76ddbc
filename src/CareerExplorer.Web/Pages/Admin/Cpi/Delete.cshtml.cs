using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace CareerExplorer.Web.Pages.Admin.Cpi;

public class DeleteModel(AdminCpiService cpi) : AdminPageModel
{
    public AdminListItem Item { get; private set; } = null!;
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await cpi.ItemAsync(id, ct) is not { } item)
            return NotFound();
        Item = item;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int version, CancellationToken ct)
    {
        var result = await cpi.DeleteAsync(id, version, ct);
        switch (result)
        {
            case DeleteResult.Deleted:
                StatusMessage = "Deleted the CPI value.";
                return RedirectToPage("Index");
            case DeleteResult.NotFound:
                return NotFound();
        }
        if (await cpi.ItemAsync(id, ct) is not { } item)
            return NotFound();
        Item = item;
        Refusal = result is DeleteResult.Refused refused ? refused.Message : "Someone else changed this CPI value since you opened it; review it and delete again.";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
