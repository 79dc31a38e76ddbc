using CareerExplorer.Web.Infrastructure;

namespace CareerExplorer.Web.Pages;

/// <summary>
/// What the sign-in and admin pages answer over plain http where sign-in needs HTTPS (see
/// <see cref="HttpsSetup"/>): a 403 that says why and how to set HTTPS up, for any method.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public class HttpsRequiredModel : PageModel
{
    public string HttpsSignIn => Url.Page("/Account/Login", pageHandler: null, values: null, protocol: "https", host: Request.Host.Host)!;

    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
    public void OnPost() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
