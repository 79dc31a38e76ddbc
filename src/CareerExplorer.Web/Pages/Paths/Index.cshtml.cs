namespace CareerExplorer.Web.Pages.Paths;

public class IndexModel(PathService paths) : PageModel
{
    public IReadOnlyList<CareerLadder> Ladders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Ladders = await paths.LaddersAsync(ct);
}
