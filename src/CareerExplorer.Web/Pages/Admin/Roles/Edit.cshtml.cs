using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace CareerExplorer.Web.Pages.Admin.Roles;

public class EditModel(AdminRoleService roles) : AdminPageModel
{
    [BindProperty] public RoleForm Form { get; set; } = new();
    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            if (await roles.GetAsync(existing, ct) is not { } form)
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
        return Handle(await roles.SaveAsync(id, Form, ct), "Index", $"the role “{Form.Title}”", v => Form.Version = v);
    }
}
