using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace CareerExplorer.Web.Pages.Admin.Roles;

public class DeleteModel(AdminRoleService roles) : AdminPageModel
{
    public RoleForm Role { get; private set; } = null!;
    public IReadOnlyList<string> UsedBy { get; private set; } = [];
    /// <summary>Its aliases, tasks, occupation codes and education steps, which go with it.</summary>
    public IReadOnlyList<string> Owned { get; private set; } = [];
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await roles.GetAsync(id, ct) is not { } role)
            return NotFound();
        Role = role;
        UsedBy = await roles.UsedByAsync(id, ct);
        Owned = await roles.OwnedAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int version, CancellationToken ct)
    {
        var result = await roles.DeleteAsync(id, version, ct);
        switch (result)
        {
            case DeleteResult.Deleted:
                StatusMessage = "Deleted the role.";
                return RedirectToPage("Index");
            case DeleteResult.NotFound:
                return NotFound();
        }
        Role = (await roles.GetAsync(id, ct))!;
        UsedBy = await roles.UsedByAsync(id, ct);
        Owned = await roles.OwnedAsync(id, ct);
        Refusal = result is DeleteResult.Refused refused ? refused.Message : "Someone else changed this role since you opened it; review it and delete again.";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
