namespace CareerExplorer.Web.Data.Configurations;

public class OnetJobZoneConfiguration : IEntityTypeConfiguration<OnetJobZone>
{
    public void Configure(EntityTypeBuilder<OnetJobZone> b)
    {
        b.ConfigureOnetRow();
    }
}
