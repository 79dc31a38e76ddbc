using CareerExplorer.Web.Infrastructure;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Oews;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerExplorer.Web.Pages.Admin;

// Requests up to 64 MB are read, so that a file over the 40 MB import limit gets a clear
// message from the page rather than a torn connection; larger ones are cut off by the server.
[EnableRateLimiting(AuthSetup.ImportRateLimit)]
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
public class ImportModel(UploadImportService imports) : AdminPageModel
{
    public ImportPreview? Preview { get; private set; }

    [BindProperty]
    public OewsOptionsForm Oews { get; set; } = new();

    [BindProperty]
    public Services.Onet.OnetOptionsForm Onet { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 && string.IsNullOrEmpty(file.FileName))
        {
            ModelState.AddModelError("file", "Choose a file to import.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (file.Length > ImportPipeline.MaxFileBytes)
        {
            Preview = ImportPreview.Refusal(Path.GetFileName(file.FileName), ImportPipeline.TooLarge(file.Length));
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        Preview = await imports.PreviewAsync(file.FileName, buffer.ToArray(), Onet.AddTo(Oews.ToOptions()), ct);
        if (Preview.Problems.Count > 0)
            Response.StatusCode = Preview.Supported ? StatusCodes.Status400BadRequest : StatusCodes.Status415UnsupportedMediaType;
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string? token, CancellationToken ct)
    {
        switch (await imports.CommitAsync(token, ct))
        {
            case CommitOutcome.Committed c:
                StatusMessage = $"Imported {c.Summary}";
                return RedirectToPage();
            case CommitOutcome.Refused refused:
                Preview = refused.Preview;
                ModelState.AddModelError("", "Nothing was imported: the file no longer fits the data. See the problems below.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                ModelState.AddModelError("", "That import has expired or was already done. Upload the file again.");
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }
}

public static class UploadLimits
{
    public const long MaxRequestBytes = 64L * 1024 * 1024;
}
