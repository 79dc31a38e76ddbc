using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace CareerExplorer.Web.Pages.Admin.SalaryFigures;

public class DeleteModel(AdminSalaryFigureService figures) : AdminPageModel
{
    public AdminListItem Figure { get; private set; } = null!;
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await figures.ItemAsync(id, ct) is not { } figure)
            return NotFound();
        Figure = figure;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int version, CancellationToken ct)
    {
        var result = await figures.DeleteAsync(id, version, ct);
        switch (result)
        {
            case DeleteResult.Deleted:
                StatusMessage = "Deleted the salary figure.";
                return RedirectToPage("Index");
            case DeleteResult.NotFound:
                return NotFound();
        }
        if (await figures.ItemAsync(id, ct) is not { } figure)
            return NotFound();
        Figure = figure;
        Refusal = result is DeleteResult.Refused refused ? refused.Message : "Someone else changed this figure since you opened it; review it and delete again.";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
