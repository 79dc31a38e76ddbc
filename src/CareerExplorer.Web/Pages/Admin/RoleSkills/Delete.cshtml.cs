using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace CareerExplorer.Web.Pages.Admin.RoleSkills;

public class DeleteModel(AdminRoleSkillService roleSkills) : AdminPageModel
{
    public AdminListItem Item { get; private set; } = null!;
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await roleSkills.ItemAsync(id, ct) is not { } item)
            return NotFound();
        Item = item;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int version, CancellationToken ct)
    {
        var result = await roleSkills.DeleteAsync(id, version, ct);
        switch (result)
        {
            case DeleteResult.Deleted:
                StatusMessage = "Deleted the role skill.";
                return RedirectToPage("Index");
            case DeleteResult.NotFound:
                return NotFound();
        }
        Item = (await roleSkills.ItemAsync(id, ct))!;
        Refusal = "Someone else changed this role skill since you opened it; review it and delete again.";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
