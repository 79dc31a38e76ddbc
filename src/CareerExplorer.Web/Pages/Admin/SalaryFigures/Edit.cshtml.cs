using CareerExplorer.Web.Services.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages.Admin.SalaryFigures;

public class EditModel(AdminSalaryFigureService figures) : AdminPageModel
{
    [BindProperty] public SalaryFigureForm Form { get; set; } = new();
    public int? Id { get; private set; }
    public FigureOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            if (await figures.GetAsync(existing, ct) is not { } form)
                return NotFound();
            Form = form;
        }
        else
        {
            Form = await figures.NewAsync(ct);
        }
        Options = await figures.OptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var result = ModelState.IsValid
            ? Handle(await figures.SaveAsync(id, Form, ct), "Index", "the salary figure", v => Form.Version = v)
            : Page();
        if (result is PageResult)
            Options = await figures.OptionsAsync(ct);
        return result;
    }
}
