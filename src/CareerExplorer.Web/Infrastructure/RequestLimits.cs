using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>
/// A request that says up front it is larger than its endpoint accepts (an upload over the import
/// limit) is answered 413, with the error page, before anything tries to read it: otherwise the
/// antiforgery check reads the form first and fails it as a plain 400.
/// </summary>
public static class RequestLimits
{
    public static IApplicationBuilder UseDeclaredSizeCheck(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (context.Request.ContentLength is { } length && length > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Response.Headers.Connection = "close"; // the body is not read
            return Task.CompletedTask;
        }
        return next(context);
    });
}
