using CareerExplorer.Web.Data;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The real app on PostgreSQL (the server of .ci/services) whatever the run's engine, in a
/// database of its own that its first start creates, migrates and seeds, as a new install on a
/// database server does; dropped when the fixture ends. The same tests as on SQLite run on it by
/// taking this fixture instead.
/// </summary>
public sealed class PostgreSqlApp : CareerAppFactory
{
    protected override bool StartsFromSeededCopy => false;

    public override DatabaseProvider Engine => DatabaseProvider.PostgreSQL;

    public PostgreSqlApp() => TestServers.RequirePostgresAsync().GetAwaiter().GetResult();
}
