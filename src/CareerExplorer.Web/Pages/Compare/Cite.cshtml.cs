namespace CareerExplorer.Web.Pages.Compare;

/// <summary>/Compare/Cite?roles=a,b&amp;format=ris|bibtex: every source the comparison uses, for a reference manager (the year of the dollars changes none of them).</summary>
public class CiteModel(CompareService compare, CitationService citations, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "roles")] string[]? roles, [FromQuery(Name = "format")] string? format, CancellationToken ct)
    {
        if (CitationFiles.Parse(format) is not { } file)
            return BadRequest(CitationFiles.Unknown(format));
        var result = await compare.CompareAsync(CompareService.ParseRoles(roles ?? []), null, ct);
        if (result.Comparison is not { } comparison)
            return BadRequest(result.Errors.Count > 0 ? string.Join("\n", result.Errors) : "Choose 2 to 4 roles: /Compare/Cite?roles=a,b&format=ris");
        var sources = await citations.SourcesAsync(comparison.Sources, ct);
        return File(CitationFiles.Write(file, sources, Citations.Today(clock)), CitationFiles.ContentType(file),
            CitationFiles.FileName("compare-" + string.Join("-", comparison.Roles.Select(r => r.Slug)), file));
    }
}
