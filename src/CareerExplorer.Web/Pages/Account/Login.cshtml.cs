using CareerExplorer.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerExplorer.Web.Pages.Account;

[EnableRateLimiting(AuthSetup.SignInRateLimit)]
public class LoginModel(SignInManager<IdentityUser> signIn, ILogger<LoginModel> logger) : PageModel
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256)]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(200)]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    [BindProperty] public Input Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();

        // The client's address (behind a trusted proxy, the one it forwarded), for the log.
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await signIn.PasswordSignInAsync(Form.Email, Form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Admin {Email} signed in from {ClientAddress}", Form.Email, client);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Admin");
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in for {Email} from {ClientAddress} refused: locked out", Form.Email, client);
            ModelState.AddModelError("", "Too many failed attempts: this account is locked for 15 minutes.");
        }
        else
        {
            logger.LogWarning("Failed sign-in for {Email} from {ClientAddress}", Form.Email, client);
            // The same message whether the email exists or not.
            ModelState.AddModelError("", "That email address and password do not match an admin account.");
        }
        return Page();
    }
}
