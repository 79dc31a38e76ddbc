using System.Text;
using System.Text.RegularExpressions;

namespace CareerExplorer.Web.Services;

/// <summary>A source as a reference manager needs it: who published it, what it is, when, which release, where.</summary>
public sealed record CitedSource(
    string Slug, string Publisher, string Title, SourceKind Kind, int? Year, string? ReleasePeriod, string? Url, string? Dataset);

/// <summary>One citation as text; <see cref="Italic"/> is the part the style sets in italics (empty when it sets none).</summary>
public sealed record Citation(string Before, string Italic, string After)
{
    public string Text => Before + Italic + After;
}

/// <summary>A page's citation in each style the page offers.</summary>
public sealed record PageCitations(Citation Apa, Citation Mla, Citation Chicago);

public enum CitationFormat
{
    Ris,
    BibTex,
}

/// <summary>
/// Every citation CareerExplorer writes, with its rules, in one place.
/// <para><b>A figure</b> (<see cref="For"/>): "Publisher. Title. What, year. URL. Cited in: article."</para>
/// <para><b>A page</b> (<see cref="ForPage"/>): CareerExplorer is the author and the site; its pages carry no
/// publication date of their own (their figures change with each release the sources publish), so each
/// style cites them as undated and gives the date the reader accessed the page. Titles stay as the page
/// shows them (role titles are names).</para>
/// <list type="bullet">
/// <item>APA 7 (webpage, group author that is also the site, so the site is not repeated):
/// <c>CareerExplorer. (n.d.). <i>Title</i>. Retrieved December 3, 2026, from URL</c>: the title in italics, no full stop after the URL.</item>
/// <item>MLA 9 (webpage; the author is the website, so the entry begins with the title, and the publisher, the same again, is left out):
/// <c>“Title.” <i>CareerExplorer</i>, URL without http(s)://. Accessed 3 Dec. 2026.</c>: the site in italics, MLA's month abbreviations.</item>
/// <item>Chicago 17, author-date (website content without a date: n.d. and the access date; the site name, the same as the author, left out):
/// <c>CareerExplorer. n.d. “Title.” Accessed December 3, 2026. URL.</c></item>
/// </list>
/// <para><b>Sources for a reference manager</b> (<see cref="Ris"/>, <see cref="BibTex"/>): each source a page
/// uses, with its publisher as the (corporate) author, its title, its year, its release or reference
/// period (as a note: "Release: May 2023" for an official dataset, "Period: June 2022" for others), its
/// URL when it has one, and the date accessed. Nothing else is cut or changed.</para>
/// <list type="bullet">
/// <item>RIS: one record a source, <c>TY</c> first and <c>ER</c> last; every line is a two-letter tag,
/// two spaces, a hyphen and a space, then the value (<c>"TY  - DATA"</c>), ending CR LF; a value is
/// one line (line breaks and other control characters become spaces, runs of spaces one); the year
/// in <c>PY</c>, the access date in <c>Y2</c> as <c>YYYY/MM/DD</c>; a blank line between records.
/// <c>AU</c> is read as "family, given" at its first comma, so an organisation goes there up to its
/// first comma ("U.S. Bureau of Labor Statistics, OEWS" is "U.S. Bureau of Labor Statistics"), and
/// whole in <c>PB</c>. Types: a release of an official dataset DATA, other government statistics
/// GOVDOC, an industry report RPRT, everything else (articles, salary sites, job boards, websites) ELEC.</item>
/// <item>BibTeX: one <c>@misc</c> entry a source (the type every style knows), keyed by the source's slug;
/// author and title in double braces (the author is an organisation, the title keeps its capitals);
/// in text the characters TeX treats specially (<c>\ { } &amp; % $ # _ ~ ^</c>) are escaped; the URL goes
/// as it is (url fields are read verbatim) but for braces, backslashes and spaces, percent-encoded;
/// the access date as <c>urldate</c>, ISO 8601; a blank line between entries; lines end LF.</item>
/// </list>
/// </summary>
public static partial class Citations
{
    public const string Site = "CareerExplorer";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A figure: "Publisher. Title. What, year. URL. Cited in: article."</summary>
    public static string For(Provenance p, string what, string year)
    {
        var s = p.Source;
        var text = $"{s.Publisher}. {s.Title}. {what}, {year}.";
        if (s.Url is not null)
            text += $" {s.Url}.";
        if (p.CitedIn is { } c)
            text += $" Cited in: {c.Publisher}, \u201C{c.Title}\u201D{(c.Year is { } y ? $" ({y})" : "")}{(c.Url is null ? "" : $", {c.Url}")}.";
        return text;
    }

    /// <summary>Today's date (UTC): the date a page's citations and downloads give as accessed.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static PageCitations ForPage(string title, string url, DateOnly accessed) =>
        new(Apa(title, url, accessed), Mla(title, url, accessed), Chicago(title, url, accessed));

    public static Citation Apa(string title, string url, DateOnly accessed)
    {
        title = OneLine(title);
        return new($"{Site}. (n.d.). ", title, $"{Stop(title)} Retrieved {LongDate(accessed)}, from {url}");
    }

    public static Citation Mla(string title, string url, DateOnly accessed)
    {
        title = OneLine(title);
        var address = Regex.Replace(url, "^https?://", "", RegexOptions.IgnoreCase);
        return new($"\u201C{title}{Stop(title)}\u201D ", Site, $", {address}. Accessed {accessed.Day} {MlaMonths[accessed.Month - 1]} {accessed.Year}.");
    }

    public static Citation Chicago(string title, string url, DateOnly accessed)
    {
        title = OneLine(title);
        return new($"{Site}. n.d. \u201C{title}{Stop(title)}\u201D Accessed {LongDate(accessed)}. {url}.", "", "");
    }

    private static readonly string[] MlaMonths = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    /// <summary>"December 3, 2026", as APA and Chicago write a date.</summary>
    public static string LongDate(DateOnly date) => date.ToString("MMMM d, yyyy", Inv);

    /// <summary>The full stop after a title, unless the title ends a sentence itself ("Why?").</summary>
    private static string Stop(string title) => title.EndsWith('.') || title.EndsWith('?') || title.EndsWith('!') ? "" : ".";

    /// <summary>A value on one line: line breaks and other control characters become spaces, runs of spaces one, trimmed.</summary>
    public static string OneLine(string value) => Spaces().Replace(new string(value.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c).ToArray()), " ").Trim();

    private static string? PeriodNote(CitedSource s) => s.ReleasePeriod is { Length: > 0 } period
        ? (s.Dataset is null ? "Period: " : "Release: ") + period
        : null;

    // RIS

    private const string RisLineEnd = "\r\n";

    public static string Ris(IEnumerable<CitedSource> sources, DateOnly accessed)
    {
        var text = new StringBuilder();
        foreach (var s in sources)
        {
            if (text.Length > 0)
                text.Append(RisLineEnd);
            RisLine(text, "TY", RisType(s));
            RisLine(text, "AU", s.Publisher.Split(',')[0]);
            RisLine(text, "TI", s.Title);
            RisLine(text, "PY", s.Year?.ToString("D4", Inv));
            RisLine(text, "PB", s.Publisher);
            RisLine(text, "N1", PeriodNote(s));
            RisLine(text, "UR", s.Url);
            RisLine(text, "Y2", accessed.ToString("yyyy'/'MM'/'dd", Inv));
            text.Append("ER  - ").Append(RisLineEnd);
        }
        return text.ToString();
    }

    private static string RisType(CitedSource s) => s.Dataset is not null ? "DATA" : s.Kind switch
    {
        SourceKind.GovernmentStatistics => "GOVDOC",
        SourceKind.IndustryReport => "RPRT",
        _ => "ELEC",
    };

    private static void RisLine(StringBuilder text, string tag, string? value)
    {
        if (value is null || OneLine(value) is not { Length: > 0 } line)
            return;
        text.Append(tag).Append("  - ").Append(line).Append(RisLineEnd);
    }

    // BibTeX

    public static string BibTex(IEnumerable<CitedSource> sources, DateOnly accessed)
    {
        var text = new StringBuilder();
        foreach (var s in sources)
        {
            var fields = new List<(string Name, string Value)>
            {
                ("author", "{{" + BibTexText(s.Publisher) + "}}"),
                ("title", "{{" + BibTexText(s.Title) + "}}"),
            };
            if (s.Year is { } year)
                fields.Add(("year", "{" + year.ToString("D4", Inv) + "}"));
            if (PeriodNote(s) is { } note)
                fields.Add(("note", "{" + BibTexText(note) + "}"));
            if (s.Url is { } url && BibTexUrl(url) is { Length: > 0 } address)
                fields.Add(("url", "{" + address + "}"));
            fields.Add(("urldate", "{" + accessed.ToString("yyyy-MM-dd", Inv) + "}"));

            if (text.Length > 0)
                text.Append('\n');
            text.Append("@misc{").Append(BibTexKey(s.Slug)).Append(",\n")
                .Append(string.Join(",\n", fields.Select(f => $"  {f.Name} = {f.Value}")))
                .Append("\n}\n");
        }
        return text.ToString();
    }

    /// <summary>Text for a BibTeX field: on one line, TeX's special characters escaped.</summary>
    public static string BibTexText(string value)
    {
        var text = new StringBuilder();
        foreach (var c in OneLine(value))
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    /// <summary>A URL for a BibTeX url field: verbatim, but for what would break the field (braces, backslashes, spaces), percent-encoded.</summary>
    public static string BibTexUrl(string url) => string.Concat(OneLine(url).Select(c => c switch
    {
        '{' => "%7B",
        '}' => "%7D",
        '\\' => "%5C",
        ' ' => "%20",
        _ => c.ToString(),
    }));

    /// <summary>A BibTeX key: the slug, any character a key may not hold made a hyphen.</summary>
    private static string BibTexKey(string slug)
    {
        var key = new string(slug.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.' ? c : '-').ToArray());
        return key.Length == 0 ? "source" : key;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>The two files of a page's sources: how each is asked for (<c>format=ris|bibtex</c>), named and typed.</summary>
public static class CitationFiles
{
    public static CitationFormat? Parse(string? format) => (format ?? "").Trim().ToLowerInvariant() switch
    {
        "ris" => CitationFormat.Ris,
        "bibtex" => CitationFormat.BibTex,
        _ => null,
    };

    /// <summary>The value of <c>format</c> that asks for it.</summary>
    public static string Name(CitationFormat format) => format == CitationFormat.Ris ? "ris" : "bibtex";

    public static string Extension(CitationFormat format) => format == CitationFormat.Ris ? "ris" : "bib";

    public static string ContentType(CitationFormat format) =>
        (format == CitationFormat.Ris ? "application/x-research-info-systems" : "application/x-bibtex") + "; charset=utf-8";

    private const string Choices = "format=ris (RIS, for EndNote, Zotero or Mendeley) or format=bibtex (BibTeX, for LaTeX)";

    /// <summary>What a request with no format, or one we do not write, is told.</summary>
    public static string Unknown(string? format) => string.IsNullOrWhiteSpace(format)
        ? $"Say which file you want: {Choices}."
        : $"There is no citation format “{(Citations.OneLine(format) is var f && f.Length > 20 ? f[..20] + "…" : f)}”. Use {Choices}.";

    /// <summary>The file, UTF-8 without a byte-order mark.</summary>
    public static byte[] Write(CitationFormat format, IReadOnlyList<CitedSource> sources, DateOnly accessed) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(
            format == CitationFormat.Ris ? Citations.Ris(sources, accessed) : Citations.BibTex(sources, accessed));

    /// <summary>"careerexplorer-machine-learning-engineer-sources.ris"; a name that would be too long is cut to "careerexplorer-sources".</summary>
    public static string FileName(string about, CitationFormat format)
    {
        var name = $"careerexplorer-{about}-sources";
        return (name.Length > 150 ? "careerexplorer-sources" : name) + "." + Extension(format);
    }
}

/// <summary>Reads the sources a page uses in full, for its RIS and BibTeX downloads.</summary>
public sealed class CitationService(CareerDbContext db)
{
    /// <summary>The sources a page shows, in the page's order, with everything a citation needs.</summary>
    public async Task<IReadOnlyList<CitedSource>> SourcesAsync(IReadOnlyList<SourceRef> shown, CancellationToken ct = default)
    {
        var slugs = shown.Select(s => s.Slug).Distinct().ToList();
        var rows = await db.Sources.AsNoTracking().Where(s => slugs.Contains(s.Slug))
            .Select(s => new CitedSource(s.Slug, s.Publisher, s.Title, s.Kind, s.Year, s.ReleasePeriod, s.Url, s.Dataset))
            .ToListAsync(ct);
        var bySlug = rows.ToDictionary(r => r.Slug, StringComparer.Ordinal);
        return slugs.Where(bySlug.ContainsKey).Select(slug => bySlug[slug]).ToList();
    }
}
