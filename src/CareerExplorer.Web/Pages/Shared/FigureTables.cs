namespace CareerExplorer.Web.Pages.Shared;

/// <summary>What the figure-table partials need: the rows, whether to show the role, and today's year for "dated".</summary>
public sealed record SalaryTableModel(string Caption, IReadOnlyList<SalaryFigureRow> Rows, bool ShowRole, int CurrentYear);

public sealed record OutlookTableModel(string Caption, IReadOnlyList<OutlookFigureRow> Rows, bool ShowRole, int CurrentYear);

/// <summary>The pager under a long list: its accessible name, where we are, and each page's address.</summary>
public sealed record PagerModel(string Label, int Page, int PageCount, Func<int, string> Url);

/// <summary>Text with the words a search matched in &lt;mark&gt;, every piece HTML-encoded (no whitespace added, so it sits inside a link).</summary>
public static class MarkedText
{
    /// <summary>The pieces as HTML, the marked ones in <paramref name="tag"/> (mark for matched words; strong for a correction's words).</summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent Html(IReadOnlyList<CareerExplorer.Web.Rules.TextPiece> pieces, string tag = "mark")
    {
        var html = new Microsoft.AspNetCore.Html.HtmlContentBuilder(pieces.Count * 3);
        foreach (var piece in pieces)
        {
            if (piece.Marked)
                html.AppendHtml($"<{tag}>").Append(piece.Text).AppendHtml($"</{tag}>");
            else
                html.Append(piece.Text);
        }
        return html;
    }
}

/// <summary>A filter of a list: its options with how many results each leaves (hidden when it has none).</summary>
public sealed record FacetSelect(string Name, string Label, string AnyText, IReadOnlyList<FacetOption> Options, string? Chosen);

/// <summary>The role page's official wages block: the role's title for captions and its OEWS wages.</summary>
public sealed record OfficialWagesModel(string RoleTitle, OfficialWages Wages);

public sealed record OfficialOutlookModel(string RoleTitle, Services.Projections.RoleOutlook Outlook);

/// <summary>The line under an O*NET block: which release, when O*NET collected it, from whom.</summary>
public sealed record OnetSourceLineModel(CareerExplorer.Web.Services.Onet.OnetReleaseRef Release, string? Date, string? DomainSource);

/// <summary>A table of O*NET skill or knowledge ratings: the first <see cref="Shown"/> rows, the rest behind "show all".</summary>
public sealed record OnetRatingsModel(string Id, string Heading, string Noun, string RoleTitle, CareerExplorer.Web.Services.Onet.OnetBlock<CareerExplorer.Web.Services.Onet.OnetRatingItem> Block, int Shown);

/// <summary>One O*NET education or training distribution as a table.</summary>
public sealed record OnetSharesModel(CareerExplorer.Web.Services.Onet.OnetDistribution Distribution, string RoleTitle, bool Drawn = true);

/// <summary>The ways into every role (<see cref="Services.RoleBrowse"/>): in full on the home page, as links above the roles list.</summary>
public sealed record BrowseView(Services.RoleBrowse Browse, bool Full);
