using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Services.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Data;

public class SeedingTests(FreshDatabaseApp app) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task Start_EmptyDatabase_IsMigratedAndSeededFromDataSeed()
    {
        _ = app.Server; // starting the app migrates and seeds
        await using var db = app.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var seed = SeedFolder.Data;
        Assert.NotEmpty(seed.Roles);
        Assert.Equal(seed.Roles.Count, await db.Roles.CountAsync());
        Assert.Equal(seed.Sources.Count, await db.Sources.CountAsync());
        Assert.Equal(seed.Skills.Count, await db.Skills.CountAsync());
        Assert.Equal(seed.RoleSkills.Count, await db.RoleSkills.CountAsync());
        Assert.Equal(seed.SalaryFigures.Count, await db.SalaryFigures.CountAsync());
        Assert.Equal(seed.OutlookFigures.Count, await db.OutlookFigures.CountAsync());
        Assert.Equal(seed.CareerSteps.Count, await db.CareerSteps.CountAsync());
        Assert.Equal(seed.EducationSteps.Count, await db.EducationSteps.CountAsync());
        // Aliases differing only in case are one alias (search ignores case).
        Assert.Equal(seed.Roles.Sum(r => (r.Aliases ?? []).Distinct(StringComparer.OrdinalIgnoreCase).Count()), await db.RoleAliases.CountAsync());
        Assert.Equal(seed.Roles.Sum(r => r.Tasks?.Count ?? 0), await db.RoleTasks.CountAsync());
    }

    [Fact]
    public void Model_HasNoChangesMissingFromTheMigrations()
    {
        // The app skips EF Core's own check at start-up (it costs a noticeable part of the first
        // start), so this test is what catches a model change without its migration.
        using var db = app.CreateDbContext();
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes with no migration: run dotnet ef migrations add.");
    }

    [Fact]
    public async Task Seed_RunTwice_AddsNothing()
    {
        _ = app.Server;
        await using var db = app.CreateDbContext();
        var before = await CountAll(db);

        var importer = app.Services.GetRequiredService<SeedImporter>();
        var seededAgain = await importer.SeedIfEmptyAsync(db, SeedFolder.Path);
        // Migrating again runs EF Core's seeding hook again, exactly as a second start does.
        await db.Database.MigrateAsync();

        Assert.False(seededAgain);
        Assert.Equal(before, await CountAll(db));
    }

    [Fact]
    public async Task Restart_SameDatabase_AddsNothing()
    {
        _ = app.Server;
        await using var db = app.CreateDbContext();
        var before = await CountAll(db);

        // A second app on the same file: a second start of the same install.
        await using var second = CareerAppFactory.OverExistingDatabase(app.Database);
        _ = second.Server;

        Assert.Equal(before, await CountAll(db));
    }

    [Fact]
    public async Task SeededFigures_EveryOne_HasSourceAndYear()
    {
        _ = app.Server;
        await using var db = app.CreateDbContext();

        var salary = await db.SalaryFigures.Select(f => new { f.Year, Publisher = f.Source.Publisher }).ToListAsync();
        var outlook = await db.OutlookFigures.Select(f => new { f.Year, Publisher = f.Source.Publisher }).ToListAsync();

        Assert.NotEmpty(salary);
        Assert.NotEmpty(outlook);
        Assert.All(salary, f => { Assert.InRange(f.Year, 1900, 2100); Assert.False(string.IsNullOrWhiteSpace(f.Publisher)); });
        Assert.All(outlook, f => { Assert.InRange(f.Year, 1900, 2100); Assert.False(string.IsNullOrWhiteSpace(f.Publisher)); });
    }

    [Fact]
    public async Task SeededRecords_EveryOne_TracesBackToASeedDocument()
    {
        _ = app.Server;
        await using var db = app.CreateDbContext();

        // The seed document a record came from is its citing article, or its source when the
        // article itself published it.
        var figureDocs = await db.SalaryFigures.Select(f => (f.CitedIn ?? f.Source).SeedFile).ToListAsync();
        var outlookDocs = await db.OutlookFigures.Select(f => (f.CitedIn ?? f.Source).SeedFile).ToListAsync();
        var skillDocs = await db.RoleSkills.Select(f => (f.CitedIn ?? f.Source).SeedFile).ToListAsync();
        var roleDocs = await db.Roles.Select(r => r.Documents.Count).ToListAsync();

        Assert.All(figureDocs.Concat(outlookDocs).Concat(skillDocs), Assert.NotNull);
        Assert.All(roleDocs, count => Assert.True(count > 0));
        Assert.Equal(5, await db.Sources.CountAsync(s => s.SeedFile != null));
    }

    private static async Task<string> CountAll(CareerDbContext db) =>
        string.Join(",", await db.Roles.CountAsync(), await db.Sources.CountAsync(), await db.SalaryFigures.CountAsync(),
            await db.OutlookFigures.CountAsync(), await db.Skills.CountAsync(), await db.RoleSkills.CountAsync(),
            await db.CareerSteps.CountAsync(), await db.EducationSteps.CountAsync(), await db.RoleAliases.CountAsync(),
            await db.RoleTasks.CountAsync(), await db.OccupationCodes.CountAsync(), await db.Geographies.CountAsync());
}
