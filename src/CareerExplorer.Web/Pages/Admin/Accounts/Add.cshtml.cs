namespace CareerExplorer.Web.Pages.Admin.Accounts;

public class AddModel(AdminAccountService accounts) : AdminPageModel
{
    [BindProperty] public NewAdminForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        switch (await accounts.CreateAdminAsync(Form.Email, Form.Password, Form.RepeatPassword ?? "", ct))
        {
            case AccountResult.Created created:
                StatusMessage = created.Restored
                    ? $"Gave the Admin role back to {created.Email}, with the password you set."
                    : $"Added admin {created.Email}.";
                return RedirectToPage("Index");
            case AccountResult.Invalid invalid:
                AddViolations(invalid.Violations);
                break;
        }
        // Passwords are never sent back in the page.
        Form.Password = Form.RepeatPassword = null;
        return Page();
    }
}
