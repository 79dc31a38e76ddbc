namespace CareerExplorer.Web.Pages.Shared;

/// <summary>
/// The "Share and cite this page" block (_CiteAndShare.cshtml): the page's whole address (its
/// state is all in the address: nothing to sign in for), a copy-link button and an email link;
/// on role and compare pages also the page's citations and its sources as RIS and BibTeX.
/// </summary>
public sealed record CiteAndShareModel(string Title, string Url)
{
    public PageCitations? Citations { get; init; }

    /// <summary>The date the citations give as accessed: today.</summary>
    public DateOnly Accessed { get; init; }

    public string? RisUrl { get; init; }
    public string? BibTexUrl { get; init; }
    public int SourceCount { get; init; }

    /// <summary>
    /// A page's block from the path and query of its address (from <c>Url.Page</c>, the page's
    /// normalised state, never the raw request: a cached page is shared by every spelling of its
    /// query), made absolute on the request's scheme and host.
    /// </summary>
    public static CiteAndShareModel For(HttpRequest request, string title, string pathAndQuery) =>
        new(title, $"{request.Scheme}://{request.Host}{pathAndQuery}");

    /// <summary>The same block with the page's citations, accessed today, and the addresses of its sources' downloads (<paramref name="downloadUrl"/> of a format's name).</summary>
    public CiteAndShareModel Cited(TimeProvider clock, Func<string, string> downloadUrl, int sourceCount)
    {
        var today = Services.Citations.Today(clock);
        return this with
        {
            Citations = Services.Citations.ForPage(Title, Url, today),
            Accessed = today,
            RisUrl = downloadUrl(CitationFiles.Name(CitationFormat.Ris)),
            BibTexUrl = downloadUrl(CitationFiles.Name(CitationFormat.BibTex)),
            SourceCount = sourceCount,
        };
    }

    /// <summary>An email with the page's title as its subject and the address in its body (RFC 6068: percent-encoded, CR LF between lines).</summary>
    public string EmailHref =>
        $"mailto:?subject={Uri.EscapeDataString($"{Title} · {Services.Citations.Site}")}&body={Uri.EscapeDataString($"{Title}\r\n{Url}")}";
}
