namespace CareerExplorer.Web.Pages.Sources;

public class IndexModel(SourceService sources) : PageModel
{
    public IReadOnlyList<SourceListItem> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Sources = await sources.ListAsync(ct);
}
