namespace CareerExplorer.Web.Pages.Roles;

/// <summary>/Roles/{slug}/Cite?format=ris|bibtex: every source the role page cites, for a reference manager.</summary>
public class CiteModel(RoleService roles, CitationService citations, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "format")] string? format, CancellationToken ct)
    {
        if (CitationFiles.Parse(format) is not { } file)
            return BadRequest(CitationFiles.Unknown(format));
        var role = await roles.GetAsync(slug, ct);
        if (role is null)
            return NotFound($"There is no role “{(slug.Length > 100 ? slug[..100] + "…" : slug)}”, so there are no sources to cite. The roles list is at /Roles.");
        var sources = await citations.SourcesAsync(role.SourcesCited, ct);
        return File(CitationFiles.Write(file, sources, Citations.Today(clock)),
            CitationFiles.ContentType(file), CitationFiles.FileName(role.Slug, file));
    }
}
