namespace CareerExplorer.Web.Data.Configurations;

public class DataChangeConfiguration : IEntityTypeConfiguration<DataChange>
{
    public void Configure(EntityTypeBuilder<DataChange> b)
    {
        b.ToTable("DataChanges");
        b.HasKey(c => c.Version);
        // The raised version, written by CareerDbContext's own SQL: never generated.
        b.Property(c => c.Version).ValueGeneratedNever();
    }
}
