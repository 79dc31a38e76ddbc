namespace CareerExplorer.Web.Pages.Admin.Accounts;

public class RemoveModel(AdminAccountService accounts) : AdminPageModel
{
    public AdminRemoval Removal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await accounts.GetRemovalAsync(id, User, ct) is not { } removal)
            return NotFound();
        Removal = removal;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        switch (await accounts.RemoveAdminRoleAsync(id, User, ct))
        {
            case AccountResult.RoleRemoved removed:
                StatusMessage = $"Removed the Admin role from {removed.Email}; they were signed out everywhere.";
                return RedirectToPage("Index");
            case AccountResult.Refused refused when await accounts.GetRemovalAsync(id, User, ct) is { } removal:
                Removal = removal with { Refusal = refused.Message };
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return NotFound();
        }
    }
}
