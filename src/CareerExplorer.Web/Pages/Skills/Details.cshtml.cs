namespace CareerExplorer.Web.Pages.Skills;

public class DetailsModel(SkillService skills) : PageModel
{
    public SkillDetails Skill { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var skill = await skills.GetAsync(slug, ct);
        if (skill is null)
            return NotFound();
        Skill = skill;
        return Page();
    }
}
