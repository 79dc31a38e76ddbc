namespace CareerExplorer.Web.Services;

/// <summary>The ?page= of a paged public list: the page asked for, 1 for anything that is not a page number.</summary>
public static class PageNumber
{
    public static int Parse(string? page) =>
        int.TryParse(page, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var p) ? Math.Max(1, p) : 1;
}
