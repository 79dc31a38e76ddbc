using CareerExplorer.Web.Services.Moves;

namespace CareerExplorer.Web.Pages.Paths;

public class MovesModel(MoveService moves) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "more")] public string? PaysMore { get; set; }
    [BindProperty(SupportsGet = true, Name = "faster")] public string? GrowsFaster { get; set; }
    [BindProperty(SupportsGet = true, Name = "education")] public string? NoMoreEducation { get; set; }
    [BindProperty(SupportsGet = true, Name = "all")] public string? All { get; set; }

    public RoleMoves Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var result = await moves.MovesAsync(slug, MoveFilters.Parse(PaysMore, GrowsFaster, NoMoreEducation, All), ct);
        if (result is null)
            return NotFound();
        Result = result;
        return Page();
    }
}
