namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// A test about SQLite itself (its file, journal, locks): skipped, with the reason, when the run
/// is switched to PostgreSQL (<see cref="TestServers.UsePostgres"/>), whose fixtures have no file.
/// </summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute(string about)
    {
        if (TestServers.UsePostgres)
            Skip = $"About SQLite ({about}); this run is on PostgreSQL.";
    }
}

/// <summary>A theory about SQLite itself; skipped, with the reason, when the run is on PostgreSQL.</summary>
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute(string about)
    {
        if (TestServers.UsePostgres)
            Skip = $"About SQLite ({about}); this run is on PostgreSQL.";
    }
}
