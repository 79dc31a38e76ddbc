using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Io;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>Parses responses with AngleSharp so tests read pages the way a browser would.</summary>
public static class Html
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var content = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(req =>
        {
            req.Content(content);
            req.Address(response.RequestMessage!.RequestUri!);
            req.Status(response.StatusCode);
            foreach (var header in response.Headers.Concat(response.Content.Headers))
                req.Header(header.Key, string.Join(", ", header.Value));
        });
        return (IHtmlDocument)document;
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    /// <summary>The visible text of an element, whitespace collapsed.</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
