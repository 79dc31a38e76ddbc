namespace CareerExplorer.Web.Pages.Skills;

public class IndexModel(SkillService skills) : PageModel
{
    public IReadOnlyList<SkillListItem> Skills { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Skills = await skills.ListAsync(ct);
}
