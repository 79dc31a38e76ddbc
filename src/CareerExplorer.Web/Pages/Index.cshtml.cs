using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Web.Pages;

public class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
