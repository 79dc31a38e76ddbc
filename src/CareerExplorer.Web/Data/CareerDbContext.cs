using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Data;

public class CareerDbContext(DbContextOptions<CareerDbContext> options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Geography> Geographies => Set<Geography>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<RoleAlias> RoleAliases => Set<RoleAlias>();
    public DbSet<RoleTask> RoleTasks => Set<RoleTask>();
    public DbSet<OccupationCode> OccupationCodes => Set<OccupationCode>();
    public DbSet<SalaryFigure> SalaryFigures => Set<SalaryFigure>();
    public DbSet<OutlookFigure> OutlookFigures => Set<OutlookFigure>();
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<RoleSkill> RoleSkills => Set<RoleSkill>();
    public DbSet<CareerStep> CareerSteps => Set<CareerStep>();
    public DbSet<EducationStep> EducationSteps => Set<EducationStep>();
    public DbSet<CpiValue> CpiValues => Set<CpiValue>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CareerDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enum names, not numbers, so the database is readable and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        // SQLite has no decimal type and EF cannot compare or sort decimals stored as TEXT;
        // REAL is exact to the cent for any salary.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // Version is the concurrency token: the UPDATE's WHERE clause carries the version the editor
    // loaded, and the row gets a new one, so a second editor holding the old version fails.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Modified)
                entry.Entity.Version = entry.OriginalValues.GetValue<int>(nameof(Entity.Version)) + 1;
        }
    }
}
