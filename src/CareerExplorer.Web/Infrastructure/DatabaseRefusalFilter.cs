using Microsoft.AspNetCore.Mvc.Filters;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>
/// The services check references and uniqueness before saving, but another admin can change the
/// data between the check and the save. The database then refuses (foreign key, unique index) and
/// nothing is written; the admin gets a 409 and a plain explanation instead of a 500.
/// </summary>
public sealed class DatabaseRefusalFilter(ILogger<DatabaseRefusalFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is DbUpdateException ex and not DbUpdateConcurrencyException)
        {
            logger.LogWarning(ex, "The database refused a change on {Path}", context.HttpContext.Request.Path);
            executed.ExceptionHandled = true;
            executed.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
        }
    }
}
