namespace CareerExplorer.Web.Infrastructure;

/// <summary>The signed-in user of the current request; "system" outside a request (seeding, CLI).</summary>
public sealed class HttpAuditUser(IHttpContextAccessor accessor) : IAuditUser
{
    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "system";
}
