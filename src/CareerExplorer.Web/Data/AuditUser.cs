namespace CareerExplorer.Web.Data;

/// <summary>Who the audit trail names for changes made in this scope.</summary>
public interface IAuditUser
{
    string Name { get; }
}
