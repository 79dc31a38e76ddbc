namespace CareerExplorer.Web.Data.Configurations;

public class DataVersionConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(EntityTypeBuilder<DataVersion> b)
    {
        b.ToTable("DataVersion", t => t.HasCheckConstraint("CK_DataVersion_Single", $"\"Id\" = {DataVersion.SingleId}"));
        b.Property(v => v.Id).ValueGeneratedNever();
        // The row is written by CareerDbContext's own UPSERT, so a database that lacks it still works.
        b.HasData(new DataVersion { Id = DataVersion.SingleId, Version = 0 });
    }
}
