using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages.Admin.SalaryFigures;

public class IndexModel(AdminSalaryFigureService figures) : PageModel
{
    public AdminFigurePage Result { get; private set; } = null!;

    // "page" is also Razor Pages' own route value, so read it from the query string explicitly;
    // both are bound as strings so any query string gives a page, never a 400.
    public async Task OnGetAsync([FromQuery] string? role, [FromQuery(Name = "page")] string? pageNumber, [FromQuery] string? invalid, CancellationToken ct) =>
        Result = await figures.ListAsync(role, int.TryParse(pageNumber, out var p) ? p : 1, ct, invalidOnly: invalid is "1" or "true");
}
