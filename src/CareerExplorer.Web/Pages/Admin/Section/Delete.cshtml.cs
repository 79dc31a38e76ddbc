namespace CareerExplorer.Web.Pages.Admin.Section;

/// <summary>Delete a record of any section: refused while other records use it, or when it changed since the page was opened.</summary>
public class DeleteModel(AdminSections sections) : AdminPageModel
{
    public IAdminSection Section { get; private set; } = null!;
    public DeletePreview Preview { get; private set; } = null!;
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string section, int id, CancellationToken ct)
    {
        if (sections.Find(section) is not { } found || await found.DeletePreviewAsync(id, ct) is not { } preview)
            return NotFound();
        (Section, Preview) = (found, preview);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string section, int id, int version, CancellationToken ct)
    {
        if (sections.Find(section) is not { } found)
            return NotFound();
        Section = found;
        var result = await found.DeleteAsync(id, version, ct);
        if (result is not DeleteResult.Deleted && await found.DeletePreviewAsync(id, ct) is { } preview)
        {
            Preview = preview;
            Refusal = result is DeleteResult.Refused refused ? refused.Message : $"Someone else changed this {found.Noun} since you opened it; review it and delete again.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        // Deleted now, or already gone (someone else deleted it meanwhile): either way it is no longer there.
        StatusMessage = result is DeleteResult.Deleted ? $"Deleted the {found.Noun}." : $"The {found.Noun} was already deleted, by someone else.";
        return RedirectToPage("Index", new { section = found.Key });
    }
}
