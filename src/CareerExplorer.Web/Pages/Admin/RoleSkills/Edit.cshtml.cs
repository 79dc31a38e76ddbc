using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace CareerExplorer.Web.Pages.Admin.RoleSkills;

public class EditModel(AdminRoleSkillService roleSkills, AdminChoiceService choices) : AdminPageModel
{
    [BindProperty] public RoleSkillForm Form { get; set; } = new();
    public int? Id { get; private set; }
    public IReadOnlyList<AdminChoice> Roles { get; private set; } = [];
    public IReadOnlyList<AdminChoice> Skills { get; private set; } = [];
    public IReadOnlyList<AdminChoice> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            if (await roleSkills.GetAsync(existing, ct) is not { } form)
                return NotFound();
            Form = form;
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        await LoadChoicesAsync(ct);
        if (!ModelState.IsValid)
            return Page();
        return Handle(await roleSkills.SaveAsync(id, Form, ct), "Index", "the role skill", v => Form.Version = v);
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Roles = await choices.RolesAsync(ct);
        Skills = await choices.SkillsAsync(ct);
        Sources = await choices.SourcesAsync(ct);
    }
}
