namespace CareerExplorer.Web.Pages.Admin;

/// <summary>
/// What every admin edit page does with a service's answer: messages next to fields, the current
/// values after a conflict, a redirect after success (post-redirect-get).
/// </summary>
public abstract class AdminPageModel : PageModel
{
    /// <summary>The values now stored, shown when someone else saved first.</summary>
    public IReadOnlyList<(string Field, string? Value)>? ConflictValues { get; protected set; }

    [TempData] public string? StatusMessage { get; set; }

    /// <summary>A save's answer as the page shows it: the list after success, messages next to fields, or the values now stored after a conflict.</summary>
    protected IActionResult Handle(SaveResult result, string what, Action<int> acceptVersion, Func<IActionResult> toList)
    {
        switch (result)
        {
            case SaveResult.Saved:
                StatusMessage = $"Saved {what}.";
                return toList();
            case SaveResult.Invalid invalid:
                AddViolations(invalid.Violations);
                return Page();
            case SaveResult.Conflict conflict:
                ConflictValues = conflict.Current;
                // Saving again now is a deliberate choice to replace the values shown.
                acceptVersion(conflict.CurrentVersion);
                ModelState.AddModelError("", $"Someone else saved {what} while you were editing. Your changes were not saved. The values now stored are listed below; review them, then save again to replace them with yours.");
                return Page();
            case SaveResult.NotFound:
                // Deleted by someone else while this form was open: say so, and keep what was typed.
                ModelState.AddModelError("", $"This record is no longer there: someone else deleted {what} while you were editing. Your changes were not saved; to keep them, add it again as a new record.");
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
            default:
                throw new InvalidOperationException($"Unknown save result {result}.");
        }
    }

    protected void AddViolations(IEnumerable<RuleViolation> violations)
    {
        foreach (var v in violations)
            ModelState.AddModelError($"Form.{v.Field}", v.Message);
    }
}
