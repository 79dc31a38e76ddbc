namespace CareerExplorer.Web.Pages.Shared;

/// <summary>What the figure-table partials need: the rows, whether to show the role, and today's year for "dated".</summary>
public sealed record SalaryTableModel(string Caption, IReadOnlyList<SalaryFigureRow> Rows, bool ShowRole, int CurrentYear);

public sealed record OutlookTableModel(string Caption, IReadOnlyList<OutlookFigureRow> Rows, bool ShowRole, int CurrentYear);

/// <summary>The pager under a long list: its accessible name, where we are, and each page's address.</summary>
public sealed record PagerModel(string Label, int Page, int PageCount, Func<int, string> Url);

/// <summary>The role page's official wages block: the role's title for captions and its OEWS wages.</summary>
public sealed record OfficialWagesModel(string RoleTitle, OfficialWages Wages);
