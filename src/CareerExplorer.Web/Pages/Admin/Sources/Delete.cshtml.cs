using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace CareerExplorer.Web.Pages.Admin.Sources;

public class DeleteModel(AdminSourceService sources) : AdminPageModel
{
    public SourceForm Source { get; private set; } = null!;
    public IReadOnlyList<string> UsedBy { get; private set; } = [];
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await sources.GetAsync(id, ct) is not { } source)
            return NotFound();
        Source = source;
        UsedBy = await sources.UsedByAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int version, CancellationToken ct)
    {
        var result = await sources.DeleteAsync(id, version, ct);
        switch (result)
        {
            case DeleteResult.Deleted:
                StatusMessage = "Deleted the source.";
                return RedirectToPage("Index");
            case DeleteResult.NotFound:
                return NotFound();
        }
        Source = (await sources.GetAsync(id, ct))!;
        UsedBy = await sources.UsedByAsync(id, ct);
        Refusal = result is DeleteResult.Refused refused ? refused.Message : "Someone else changed this source since you opened it; review it and delete again.";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
