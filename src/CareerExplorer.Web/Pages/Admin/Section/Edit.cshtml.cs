namespace CareerExplorer.Web.Pages.Admin.Section;

/// <summary>Create (/Admin/Roles/Edit) or edit (/Admin/Roles/Edit/5) a record of any section.</summary>
public class EditModel(AdminSections sections) : AdminPageModel
{
    public IAdminSection Section { get; private set; } = null!;
    /// <summary>The section's form; bound from the post by its runtime type, with the prefix "Form".</summary>
    public AdminForm Form { get; private set; } = null!;
    public AdminChoices Choices { get; private set; } = new();
    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(string section, int? id, CancellationToken ct)
    {
        if (sections.Find(section) is not { } found)
            return NotFound();
        (Section, Id) = (found, id);
        if (id is { } existing)
        {
            if (await found.GetAsync(existing, ct) is not { } form)
                return NotFound();
            Form = form;
        }
        else
        {
            Form = await found.BlankAsync(ct);
        }
        Choices = await found.ChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string section, int? id, CancellationToken ct)
    {
        if (sections.Find(section) is not { } found)
            return NotFound();
        (Section, Id, Form) = (found, id, found.NewForm());
        var result = await TryUpdateModelAsync(Form, Form.GetType(), nameof(Form))
            ? Handle(await found.SaveAsync(id, Form, ct), found.Describe(Form), v => Form.Version = v, () => RedirectToPage("Index", new { section = found.Key }))
            : Page();
        if (result is PageResult)
            Choices = await found.ChoicesAsync(ct);
        return result;
    }
}
