using Microsoft.EntityFrameworkCore.Design;

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
