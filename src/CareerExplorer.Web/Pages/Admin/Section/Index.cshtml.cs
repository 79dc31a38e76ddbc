using Microsoft.AspNetCore.WebUtilities;

namespace CareerExplorer.Web.Pages.Admin.Section;

/// <summary>Any section's list (/Admin/Roles, /Admin/SalaryFigures?role=...&amp;page=2): paged, filtered where the section offers it.</summary>
public class IndexModel(AdminSections sections) : PageModel
{
    public IAdminSection Section { get; private set; } = null!;
    public AdminListPage Result { get; private set; } = null!;

    // "page" is also Razor Pages' own route value, so it is read from the query string by name;
    // everything is bound as text, so any query string gives a page, never a 400.
    public async Task<IActionResult> OnGetAsync(string section, [FromQuery] string? role, [FromQuery(Name = "page")] string? pageNumber,
        [FromQuery] string? invalid, CancellationToken ct)
    {
        if (sections.Find(section) is not { } found)
            return NotFound();
        Section = found;
        var query = new AdminListQuery(AdminValidation.Clean(role), int.TryParse(pageNumber, out var p) ? p : 1, invalid is "1" or "true");
        Result = await found.ListAsync(query, ct);
        return Page();
    }

    public string ListUrl(int page)
    {
        var path = Url.Page("Index", new { section = Section.Key })!;
        var query = new Dictionary<string, string?>();
        if (Result.Query.Role is { } role)
            query["role"] = role;
        if (Result.Query.InvalidOnly)
            query["invalid"] = "1";
        if (page > 1)
            query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(path, query);
    }
}
