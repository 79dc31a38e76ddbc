namespace CareerExplorer.Web.Pages.Skills;

public class IndexModel(SkillService skills) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public SkillList Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await skills.ListAsync(Q, ct);
}
