using CareerExplorer.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Data;

/// <summary>The data version stamp other processes watch: raised with every change of data, in the change's own transaction.</summary>
public class DataVersionTests
{
    private static string JournalMode(string databasePath) => (string)RawSql.Scalar(databasePath, "PRAGMA journal_mode")!;

    [Fact]
    public async Task DataVersion_RisesWithEveryCommittedChangeOfData_AndARollbackTakesItBack()
    {
        using var app = new CareerAppFactory();
        await using var db = app.CreateDbContext();
        var seeded = await db.ReadDataVersionAsync();
        Assert.True(seeded > 0, "seeding is a change of data");

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            (await db.Roles.SingleAsync(r => r.Slug == "data-analyst")).Summary = "Rolled back.";
            await db.SaveChangesAsync();
            Assert.Equal(seeded + 1, await db.ReadDataVersionAsync()); // inside the transaction
            await tx.RollbackAsync();
        }
        db.ChangeTracker.Clear();
        Assert.Equal(seeded, await db.ReadDataVersionAsync());

        (await db.Roles.SingleAsync(r => r.Slug == "data-analyst")).Summary = "Saved.";
        await db.SaveChangesAsync();
        Assert.Equal(seeded + 1, await db.ReadDataVersionAsync());

        // Saves that change no data leave it: nothing to save, an admin account.
        await db.SaveChangesAsync();
        await app.EnsureUserAsync("version@example.com", admin: true);
        Assert.Equal(seeded + 1, await db.ReadDataVersionAsync());
    }

    [Fact]
    public void Start_OverADatabaseInRollbackJournalMode_PutsItInWalMode()
    {
        // A database file made by something other than EF Core, in SQLite's default journal mode.
        var path = Path.Combine(Path.GetTempPath(), $"careerexplorer-journal-{Guid.NewGuid():N}.db");
        RawSql.Execute(path, "PRAGMA user_version = 1");
        try
        {
            Assert.Equal("delete", JournalMode(path));
            using (var app = CareerAppFactory.OverExistingDatabase(path))
            {
                _ = app.Server; // migrates and seeds it
                Assert.Equal("wal", JournalMode(path));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                File.Delete(path + suffix);
        }
    }
}
