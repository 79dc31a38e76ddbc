namespace CareerExplorer.Web.Pages.Admin.Accounts;

public class IndexModel(AdminAccountService accounts) : PageModel
{
    public IReadOnlyList<AdminAccount> Admins { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Admins = await accounts.ListAsync(User, ct);
}
