namespace CareerExplorer.Web.Data;

/// <summary>Who the audit trail names for changes made in this scope.</summary>
public interface IAuditUser
{
    string Name { get; }
}

/// <summary>The signed-in user of the current request; "system" outside a request (seeding, CLI).</summary>
public sealed class HttpAuditUser(IHttpContextAccessor accessor) : IAuditUser
{
    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "system";
}
