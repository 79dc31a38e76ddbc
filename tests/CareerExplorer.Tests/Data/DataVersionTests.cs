using CareerExplorer.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Data;

/// <summary>The data version stamp other processes watch: raised with every change of data, in the change's own transaction.</summary>
public class DataVersionTests
{
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
}
