using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;

namespace CareerExplorer.Web.Pages.Admin.Sources;

public class EditModel(AdminSourceService sources) : AdminPageModel
{
    [BindProperty] public SourceForm Form { get; set; } = new();
    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            if (await sources.GetAsync(existing, ct) is not { } form)
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
        return Handle(await sources.SaveAsync(id, Form, ct), "Index", $"the source “{Form.Publisher}: {Form.Title}”", v => Form.Version = v);
    }
}
