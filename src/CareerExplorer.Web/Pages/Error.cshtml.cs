using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages;

/// <summary>
/// The friendly page for unhandled exceptions (re-executed by UseExceptionHandler) and for error
/// status codes (re-executed by UseStatusCodePagesWithReExecute). It keeps the original status.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string? RequestId { get; private set; }
    public bool ShowRequestId => Code >= 500 && !string.IsNullOrEmpty(RequestId);

    public string Heading => Code switch
    {
        404 => "Page not found",
        403 => "Access denied",
        400 => "Bad request",
        429 => "Too many requests",
        409 => "Not saved",
        _ when Code >= 500 => "Something went wrong",
        _ => $"Error {Code}",
    };

    public string Explanation => Code switch
    {
        404 => "We could not find that page. The address may be mistyped, or the role, skill or source may have been renamed or removed.",
        403 => "You do not have permission to see this page.",
        400 => "The request could not be understood.",
        429 => "You have made too many requests in a short time. Please wait a minute and try again.",
        409 => "The change could not be saved because related data changed at the same moment (for example, someone deleted the role or source it refers to). Nothing was saved. Go back, reload the page and try again.",
        _ when Code >= 500 => "An unexpected error happened on our side. It has been logged; please try again in a moment.",
        _ => "The request could not be completed.",
    };

    public void OnGet(int? code) => Render(code);
    public void OnPost(int? code) => Render(code);

    private void Render(int? code)
    {
        // Re-executed from the exception handler there is no code in the route: it is a 500.
        Code = code is >= 400 and <= 599 ? code.Value : 500;
        if (code is null || code < 400 || code > 599)
            Response.StatusCode = StatusCodes.Status500InternalServerError;
        else if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
            Response.StatusCode = Code; // /Error/404 asked for directly still says 404
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
