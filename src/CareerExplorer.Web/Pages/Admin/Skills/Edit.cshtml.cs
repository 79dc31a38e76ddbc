using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace CareerExplorer.Web.Pages.Admin.Skills;

public class EditModel(AdminSkillService skills) : AdminPageModel
{
    [BindProperty] public SkillForm Form { get; set; } = new();
    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            if (await skills.GetAsync(existing, ct) is not { } form)
                return NotFound();
            Form = form;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (!ModelState.IsValid)
            return Page();
        return Handle(await skills.SaveAsync(id, Form, ct), "Index", $"the skill “{Form.Name}”", v => Form.Version = v);
    }
}
