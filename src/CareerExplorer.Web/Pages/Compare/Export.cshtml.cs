namespace CareerExplorer.Web.Pages.Compare;

/// <summary>/Compare/Export?roles=a,b&amp;year=Y: the same comparison as a CSV download.</summary>
public class ExportModel(CompareService compare) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "roles")] string[]? roles, [FromQuery(Name = "year")] string? year, CancellationToken ct)
    {
        var result = await compare.CompareAsync(CompareService.ParseRoles(roles ?? []), year, ct);
        if (result.Comparison is not { } comparison)
        {
            var message = result.Errors.Count > 0 ? string.Join("\n", result.Errors) : "Choose 2 to 4 roles: /Compare/Export?roles=a,b";
            return BadRequest(message);
        }
        var name = $"careerexplorer-compare-{string.Join("-", comparison.Roles.Select(r => r.Slug))}-{comparison.TargetYear}.csv";
        if (name.Length > 150)
            name = $"careerexplorer-compare-{comparison.TargetYear}.csv";
        return File(CompareCsv.Write(comparison), Csv.ContentType, name);
    }
}
