namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// Base of every stored record. <see cref="Version"/> is the optimistic-concurrency token: SQLite
/// has no rowversion, so <see cref="CareerDbContext"/> bumps it on every update and EF Core refuses
/// an update whose original version no longer matches the row (two admins editing the same record).
/// </summary>
public abstract class Entity
{
    public int Id { get; set; }
    public int Version { get; set; }
}
