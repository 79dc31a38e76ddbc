using System.Data.Common;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerExplorer.Web.Data;

/// <summary>
/// The same model on PostgreSQL (<c>Database:Provider</c> = PostgreSQL). A type of its own because
/// EF Core keeps each provider's migrations apart by context type: these are in
/// Data/Migrations/PostgreSql. Decimals are numeric here, and the case-insensitive order of
/// titles uses an ICU collation named like SQLite's NOCASE, so queries read the same on both.
/// </summary>
public sealed partial class PostgreSqlCareerDbContext(DbContextOptions<PostgreSqlCareerDbContext> options, IAuditUser? auditUser = null)
    : CareerDbContext(options, auditUser)
{
    protected override bool StoresDecimalsAsReal => false;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(WriteTurnInterceptor.Instance);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Level 2 ignores case, not accents: what SQLite's NOCASE does for ASCII, for every script.
        modelBuilder.HasCollation(DatabaseEngine.NoCase, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        // The check constraints are written once, for SQLite, where a boolean is 0 or 1;
        // PostgreSQL compares a boolean only with TRUE and FALSE.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var booleans = entity.GetProperties().Where(p => p.ClrType == typeof(bool)).Select(p => p.GetColumnName()).ToHashSet();
            foreach (var check in entity.GetCheckConstraints().ToList())
            {
                var sql = BooleanComparison().Replace(check.Sql, m => booleans.Contains(m.Groups[1].Value)
                    ? $"\"{m.Groups[1].Value}\" = {(m.Groups[2].Value == "1" ? "TRUE" : "FALSE")}"
                    : m.Value);
                if (sql != check.Sql)
                {
                    entity.RemoveCheckConstraint(check.ModelName);
                    entity.AddCheckConstraint(check.ModelName, sql);
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"(\\w+)\" = ([01])\\b")]
    private static partial System.Text.RegularExpressions.Regex BooleanComparison();
}

/// <summary>
/// PostgreSQL's counterpart of SQLite's BEGIN IMMEDIATE: every transaction starts by waiting for
/// its turn to write (a transaction-scoped advisory lock, released by its commit or rollback).
/// Writers then take turns as on SQLite, so the code's read-check-write steps (the import
/// pipeline's "has the data version moved since the merge?") hold, and two writers that touch the
/// same summaries and the data version in another order wait instead of deadlocking.
/// </summary>
public sealed class WriteTurnInterceptor : DbTransactionInterceptor
{
    public static readonly WriteTurnInterceptor Instance = new();

    private const string TakeTurnSql = "SELECT pg_advisory_xact_lock(hashtext('careerexplorer:write'))";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = TakeTurn(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = TakeTurn(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand TakeTurn(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = TakeTurnSql;
        return command;
    }
}

/// <summary>For <c>dotnet ef migrations add … --context PostgreSqlCareerDbContext</c>: no server is needed to add a migration.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCareerDbContext>
{
    public PostgreSqlCareerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCareerDbContext>().UseNpgsql("Host=localhost;Database=careerexplorer").Options);
}

/// <summary>
/// For <c>dotnet ef migrations add … --context CareerDbContext</c>: without it the tools would take
/// the PostgreSQL factory above for this type too (its context is one).
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<CareerDbContext>
{
    public CareerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CareerDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
