namespace CareerExplorer.Web.Data.Configurations;

public class OnetJobZoneLevelConfiguration : IEntityTypeConfiguration<OnetJobZoneLevel>
{
    public void Configure(EntityTypeBuilder<OnetJobZoneLevel> b)
    {
        b.ConfigureProvenance();
        b.HasIndex(z => z.Zone).IsUnique();
        b.Property(z => z.Name).HasMaxLength(TextLimits.JobZoneText);
        b.Property(z => z.Experience).HasMaxLength(TextLimits.JobZoneText);
        b.Property(z => z.Education).HasMaxLength(TextLimits.JobZoneText);
        b.Property(z => z.Training).HasMaxLength(TextLimits.JobZoneText);
        b.Property(z => z.Examples).HasMaxLength(TextLimits.JobZoneText);
        b.Property(z => z.SvpRange).HasMaxLength(TextLimits.JobZoneText);
    }
}
