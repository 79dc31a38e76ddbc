using Microsoft.AspNetCore.Antiforgery;

namespace CareerExplorer.Web.Pages.Account;

/// <summary>
/// The header's Sign out button: ends this session and, with a new security stamp, every other
/// session of the account. The token is checked here rather than by the filter: a page left open
/// after the session ended elsewhere holds a token for a user who is no longer signed in, and
/// its button should still just land on the home page, not on a 400.
/// </summary>
[IgnoreAntiforgeryToken]
public class LogoutModel(AdminAccountService accounts, IAntiforgery antiforgery) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
            return LocalRedirect("/");
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
            return BadRequest();
        await accounts.SignOutEverywhereAsync(User);
        return LocalRedirect("/");
    }
}
