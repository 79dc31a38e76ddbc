namespace CareerExplorer.Web.Data.Configurations;

public class GeographyConfiguration : IEntityTypeConfiguration<Geography>
{
    public void Configure(EntityTypeBuilder<Geography> b)
    {
        b.ConfigureEntity();
        b.HasIndex(g => g.Code).IsUnique();
        b.Property(g => g.Code).HasMaxLength(TextLimits.GeographyCode);
        b.Property(g => g.Name).HasMaxLength(TextLimits.GeographyName);
    }
}
