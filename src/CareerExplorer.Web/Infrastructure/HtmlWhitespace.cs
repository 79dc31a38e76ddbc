using System.Text;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>
/// Razor writes its source indentation into the HTML: a quarter of a data-heavy page such as
/// compare. This takes the indentation off the start of each line of a page (never inside pre or
/// textarea, where it is content) before the output cache stores it, so every later request for
/// that page sends fewer bytes. Line breaks stay, so text between inline elements is unchanged.
/// </summary>
public static class HtmlWhitespace
{
    public static IApplicationBuilder UseHtmlWhitespaceTrim(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is null)
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            && !context.Response.Headers.ContainsKey("Content-Encoding"))
        {
            var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            var bytes = Encoding.UTF8.GetBytes(Trim(html));
            context.Response.ContentLength = bytes.Length;
            await original.WriteAsync(bytes, context.RequestAborted);
        }
        else
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    });

    /// <summary>Removes spaces and tabs after each line break, and empty lines, outside pre and textarea.</summary>
    public static string Trim(string html)
    {
        var result = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && (StartsWithTag(html, i, "pre") || StartsWithTag(html, i, "textarea")))
            {
                var tag = StartsWithTag(html, i, "pre") ? "</pre>" : "</textarea>";
                var end = html.IndexOf(tag, i, StringComparison.OrdinalIgnoreCase);
                end = end < 0 ? html.Length : end + tag.Length;
                result.Append(html, i, end - i);
                i = end;
                continue;
            }
            if (c == '\n')
            {
                // One line break for any run of breaks and indentation.
                var j = i;
                while (j < html.Length && html[j] is '\n' or '\r' or ' ' or '\t')
                    j++;
                result.Append('\n');
                i = j;
                continue;
            }
            result.Append(c);
            i++;
        }
        return result.ToString();
    }

    private static bool StartsWithTag(string html, int at, string name) =>
        at + name.Length + 1 < html.Length
        && string.Compare(html, at + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
        && html[at + name.Length + 1] is '>' or ' ' or '\n' or '\t' or '\r';
}
