using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages.Admin.Cpi;

public class EditModel(AdminCpiService cpi) : AdminPageModel
{
    [BindProperty] public CpiForm Form { get; set; } = new();
    public int? Id { get; private set; }
    public IReadOnlyList<AdminOption> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            if (await cpi.GetAsync(existing, ct) is not { } form)
                return NotFound();
            Form = form;
        }
        Sources = await cpi.SourcesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var result = ModelState.IsValid
            ? Handle(await cpi.SaveAsync(id, Form, ct), "Index", $"the CPI value for {Form.Year}", v => Form.Version = v)
            : Page();
        if (result is PageResult)
            Sources = await cpi.SourcesAsync(ct);
        return result;
    }
}
