using CareerExplorer.Web.Services.Downloads;

namespace CareerExplorer.Web.Pages.Roles;

/// <summary>
/// /Roles/Download.csv and /Roles/Download.xlsx with the list's query string: every role the list
/// shows for it, on every page, as a worksheet (see <see cref="RoleDownloadService"/>). The same
/// binding and normalisation as the list, so nonsense gets what the list gives; another format is a 404.
/// </summary>
public class DownloadModel(RoleDownloadService downloads) : RoleListModel
{
    public async Task<IActionResult> OnGetAsync([FromRoute] string? format, CancellationToken ct)
    {
        if (RoleDownloadService.ParseFormat(format) is not { } kind)
            return NotFound();
        var query = ListQuery(pageNumber: null);
        var addresses = new DownloadAddresses(
            slug => Url.Page("/Roles/Details", null, new { slug }, Request.Scheme, Request.Host.Value)!,
            slug => Url.Page("/Sources/Details", null, new { slug }, Request.Scheme, Request.Host.Value)!,
            ListAddress("/Roles/Index", null, query, absolute: true));
        var file = await downloads.CreateAsync(query, kind, addresses, ct);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
