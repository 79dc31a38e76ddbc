using CareerExplorer.Web.Pages.Shared;
using CareerExplorer.Web.Services.Moves;

namespace CareerExplorer.Web.Pages.Paths;

public class MoveModel(MoveService moves) : PageModel
{
    public MoveDetails Result { get; private set; } = null!;
    public CiteAndShareModel Share { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string from, string to, CancellationToken ct)
    {
        var result = await moves.MoveAsync(from, to, ct);
        if (result is null)
            return NotFound();
        Result = result;
        Share = CiteAndShareModel.For(Request, $"From {result.From.Title} to {result.Move.To.Title}",
            Url.Page("/Paths/Move", new { from = result.From.Slug, to = result.Move.To.Slug })!);
        return Page();
    }
}
