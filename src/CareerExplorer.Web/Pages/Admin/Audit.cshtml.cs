namespace CareerExplorer.Web.Pages.Admin;

public class AuditModel(AuditService audit) : PageModel
{
    public AuditPage Result { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] string? entity, [FromQuery] string? user, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct) =>
        Result = await audit.ListAsync(entity, user, int.TryParse(pageNumber, out var p) ? p : 1, ct);

    public string PageUrl(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Url.Page("Audit")!,
        new Dictionary<string, string?> { ["entity"] = Result.EntityType ?? "", ["user"] = Result.User ?? "", ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
