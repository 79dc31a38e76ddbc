using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Pages.Admin;

public class ExportModel(DataExporter exporter, TimeProvider clock) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>The whole data set as a zip of data/seed files, with the O*NET content as O*NET's text files.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        var zip = DataExporter.ToZip(await exporter.ExportFilesAsync(ct));
        return File(zip, "application/zip", $"careerexplorer-data-{clock.GetUtcNow():yyyy-MM-dd}.zip");
    }
}
