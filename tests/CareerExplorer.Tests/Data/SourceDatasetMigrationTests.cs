using CareerExplorer.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Data;

/// <summary>A database made before sources carried their dataset keeps its official wages.</summary>
public sealed class SourceDatasetMigrationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"careerexplorer-migration-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(_path + suffix);
    }

    [Fact]
    public async Task Migrate_DatabaseFromBeforeDatasets_ItsOewsReleaseSourcesBecomeTheirDatasetAndRelease()
    {
        var options = new DbContextOptionsBuilder<CareerDbContext>().UseSqlite($"Data Source={_path};Pooling=False").Options;
        await using (var db = new CareerDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync("DataVersionStamp");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Sources" ("Slug", "Publisher", "Title", "Kind", "Version") VALUES
                  ('bls-oews-may-2019', 'U.S. Bureau of Labor Statistics, OEWS', 'OEWS May 2019', 'GovernmentStatistics', 0),
                  ('bls-oews-may-2022', 'U.S. Bureau of Labor Statistics, OEWS', 'OEWS May 2022', 'GovernmentStatistics', 0),
                  ('bls-oews', 'U.S. Bureau of Labor Statistics', 'OEWS, as an article cites it', 'GovernmentStatistics', 0),
                  ('bls-oews-may-2022-draft', 'Someone', 'Not a release', 'Article', 0);
                """);
        }

        await using (var db = new CareerDbContext(options))
        {
            await db.Database.MigrateAsync();
            var sources = await db.Sources.OrderBy(s => s.Slug).Select(s => new { s.Slug, s.Dataset, s.Release }).ToListAsync();
            Assert.Equal(
                [("bls-oews", null, null), ("bls-oews-may-2019", "bls-oews", "2019-05"), ("bls-oews-may-2022", "bls-oews", "2022-05"), ("bls-oews-may-2022-draft", null, null)],
                sources.Select(s => (s.Slug, s.Dataset, s.Release)));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
    }
}
