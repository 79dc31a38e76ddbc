using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace CareerExplorer.Web.Pages.Admin.CareerSteps;

public class EditModel(AdminCareerStepService careerSteps, AdminChoiceService choices) : AdminPageModel
{
    [BindProperty] public CareerStepForm Form { get; set; } = new();
    public int? Id { get; private set; }
    public IReadOnlyList<AdminChoice> Roles { get; private set; } = [];
    public IReadOnlyList<AdminChoice> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            if (await careerSteps.GetAsync(existing, ct) is not { } form)
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
        return Handle(await careerSteps.SaveAsync(id, Form, ct), "Index", "the career step", v => Form.Version = v);
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Roles = await choices.RolesAsync(ct);
        Sources = await choices.SourcesAsync(ct);
    }
}
