using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace CareerExplorer.Web.Pages.Admin.Skills;

public class DeleteModel(AdminSkillService skills) : AdminPageModel
{
    public SkillForm Skill { get; private set; } = null!;
    public IReadOnlyList<string> UsedBy { get; private set; } = [];
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await skills.GetAsync(id, ct) is not { } skill)
            return NotFound();
        Skill = skill;
        UsedBy = await skills.UsedByAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int version, CancellationToken ct)
    {
        var result = await skills.DeleteAsync(id, version, ct);
        switch (result)
        {
            case DeleteResult.Deleted:
                StatusMessage = "Deleted the skill.";
                return RedirectToPage("Index");
            case DeleteResult.NotFound:
                return NotFound();
        }
        Skill = (await skills.GetAsync(id, ct))!;
        UsedBy = await skills.UsedByAsync(id, ct);
        Refusal = result is DeleteResult.Refused refused ? refused.Message : "Someone else changed this skill since you opened it; review it and delete again.";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
