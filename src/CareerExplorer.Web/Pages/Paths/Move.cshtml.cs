using CareerExplorer.Web.Services.Moves;

namespace CareerExplorer.Web.Pages.Paths;

public class MoveModel(MoveService moves) : PageModel
{
    public MoveDetails Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string from, string to, CancellationToken ct)
    {
        var result = await moves.MoveAsync(from, to, ct);
        if (result is null)
            return NotFound();
        Result = result;
        return Page();
    }
}
