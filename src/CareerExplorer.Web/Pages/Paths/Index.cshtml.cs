using CareerExplorer.Web.Pages.Shared;

namespace CareerExplorer.Web.Pages.Paths;

public class IndexModel(PathService paths, RoleService roles) : PageModel
{
    /// <summary>"From my job": any job title, searched over titles and other names; the best match's moves.</summary>
    [BindProperty(SupportsGet = true, Name = "job")] public string? Job { get; set; }

    /// <summary>The job typed, when no role matches it.</summary>
    public string? Unmatched { get; private set; }

    public IReadOnlyList<CareerLadder> Ladders { get; private set; } = [];
    public CiteAndShareModel Share { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (RoleListQuery.NormaliseSearch(Job) is { } job)
        {
            var found = await roles.ListAsync(RoleListQuery.Normalise(job, null, null, null, null, null, null, null), ct);
            if (found.Items.Count > 0)
                return RedirectToPage("/Paths/Moves", new { slug = found.Items[0].Slug });
            Unmatched = job;
        }
        Ladders = await paths.LaddersAsync(ct);
        Share = CiteAndShareModel.For(Request, "Career paths", Url.Page("/Paths/Index", new { job = Unmatched })!);
        return Page();
    }
}
