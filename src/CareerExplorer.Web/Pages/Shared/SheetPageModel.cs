using System.Text;
using CareerExplorer.Web.Services.PrintSheets;
using Microsoft.AspNetCore.Html;
using QRCoder;

namespace CareerExplorer.Web.Pages.Shared;

/// <summary>
/// What both printable sheets share: when the sheet was made, the live page's absolute address
/// and its QR code, the footnotes (numbered as the view writes the figures) and the addresses
/// they give.
/// </summary>
public abstract class SheetPageModel(TimeProvider clock) : PageModel
{
    public SheetFootnotes Notes { get; } = new();

    /// <summary>"3 December 2025 at 12:40 UTC".</summary>
    public string MadeText { get; } = clock.GetUtcNow().ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The address of the page the sheet was made from, as the reader types it (or scans it).</summary>
    public string LiveUrl { get; protected set; } = "";

    public string QrCode => QrCodes.SvgDataUri(LiveUrl);

    /// <summary>A footnote mark, written as the figure it follows: its number, linked to the note.</summary>
    public IHtmlContent Note(SheetCite cite) => Marks([Notes.Mark(cite)]);

    /// <summary>The marks of several citations (a step named by two articles): "2,5".</summary>
    public IHtmlContent Note(IEnumerable<SheetCite> cites) => Marks(Notes.Marks(cites));

    private static HtmlString Marks(IReadOnlyList<int> numbers)
    {
        if (numbers.Count == 0)
            return HtmlString.Empty;
        var html = new StringBuilder("<sup class=\"note-ref\">");
        for (var i = 0; i < numbers.Count; i++)
        {
            if (i > 0)
                html.Append(',');
            var n = numbers[i].ToString(CultureInfo.InvariantCulture);
            html.Append("<a href=\"#note-").Append(n).Append("\" aria-label=\"Note ").Append(n).Append("\">").Append(n).Append("</a>");
        }
        return new HtmlString(html.Append("</sup>").ToString());
    }

    /// <summary>Where a footnote sends the reader: the source's own address, else its page on this site (which says where it was read).</summary>
    public string Address(Services.SourceRef source) =>
        source.Url ?? Url.PageLink("/Sources/Details", values: new { slug = source.Slug })!;
}

/// <summary>QR codes of addresses, as SVG images in data: URIs (the policy allows img-src data:, and an image needs no inline style).</summary>
public static class QrCodes
{
    public static string SvgDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var code = new SvgQRCode(data);
        var svg = code.GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}

/// <summary>What the sources and credits at a sheet's foot need: the sheet (its notes, address, date) and the O*NET releases it shows.</summary>
public sealed record SheetSourcesModel(SheetPageModel Sheet, IReadOnlyList<string> OnetVersions);
