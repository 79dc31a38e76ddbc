using CareerExplorer.Web.Pages.Shared;
using CareerExplorer.Web.Services.Moves;

namespace CareerExplorer.Web.Pages.Paths;

public class MovesModel(MoveService moves) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "more")] public string? PaysMore { get; set; }
    [BindProperty(SupportsGet = true, Name = "faster")] public string? GrowsFaster { get; set; }
    [BindProperty(SupportsGet = true, Name = "education")] public string? NoMoreEducation { get; set; }
    [BindProperty(SupportsGet = true, Name = "all")] public string? All { get; set; }

    public RoleMoves Result { get; private set; } = null!;
    public CiteAndShareModel Share { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var result = await moves.MovesAsync(slug, MoveFilters.Parse(PaysMore, GrowsFaster, NoMoreEducation, All), ct);
        if (result is null)
            return NotFound();
        Result = result;
        var f = result.Filters;
        static string? On(bool flag) => flag ? "1" : null;
        Share = CiteAndShareModel.For(Request, $"Where next from {result.From.Title}", Url.Page("/Paths/Moves",
            new { slug = result.From.Slug, more = On(f.PaysMore), faster = On(f.GrowsFaster), education = On(f.NoMoreEducation), all = On(f.All) })!);
        return Page();
    }
}
