using System.Diagnostics;
using CareerExplorer.Web.Infrastructure;

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

    /// <summary>Set when the search rate limit refused the request: its own heading and when to retry.</summary>
    private SearchRateLimited? SearchLimited => Code == 429 ? HttpContext.Features.Get<SearchRateLimited>() : null;

    public string Heading => SearchLimited is not null ? "Too many searches" : Code switch
    {
        404 => "Page not found",
        403 => "Access denied",
        400 => "Bad request",
        413 => "Too large",
        414 => "Address too long",
        415 => "Unsupported file type",
        431 => "Request headers too large",
        429 => "Too many requests",
        409 => "Not saved",
        _ when Code >= 500 => "Something went wrong",
        _ => $"Error {Code}",
    };

    public string Explanation => SearchLimited is { } limited ? limited.Message : Code switch
    {
        404 => "We could not find that page. The address may be mistyped, or the role, skill or source may have been renamed or removed.",
        403 => "You do not have permission to see this page.",
        400 => "The request could not be understood: a form with too many fields or a value too long, or a form that has expired. Go back, reload the page and try again.",
        413 => "What was sent is larger than this site accepts (an import file can be at most 10 MB).",
        414 => "The address is longer than this site accepts. Shorten the search and try again.",
        415 => "This kind of file or request is not accepted here.",
        431 => "The request carried more header data than this site accepts.",
        429 => "You have made too many requests in a short time. Please wait a minute and try again.",
        409 => "The change could not be saved because related data changed at the same moment (for example, someone deleted the role or source it refers to). Nothing was saved. Go back, reload the page and try again.",
        _ when Code >= 500 => "An unexpected error happened on our side. It has been logged; please try again in a moment.",
        _ => "The request could not be completed.",
    };

    // No handler parameters and no bound properties: nothing here reads the request body, so a
    // request whose form could not be read (too many fields, a huge value, an upload over the
    // limit) gets its 4xx page instead of failing a second time while the page binds.
    public void OnGet() => Render();
    public void OnPost() => Render();
    public void OnPut() => Render();
    public void OnDelete() => Render();
    public void OnPatch() => Render();

    private void Render()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : (int?)null;
        // Re-executed from the exception handler there is no code in the route: it is a 500.
        Code = code is >= 400 and <= 599 ? code.Value : 500;
        if (code is null || code < 400 || code > 599)
            Response.StatusCode = StatusCodes.Status500InternalServerError;
        else if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
            Response.StatusCode = Code; // /Error/404 asked for directly still says 404
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
