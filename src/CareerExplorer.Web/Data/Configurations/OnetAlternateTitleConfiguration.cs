namespace CareerExplorer.Web.Data.Configurations;

public class OnetAlternateTitleConfiguration : IEntityTypeConfiguration<OnetAlternateTitle>
{
    public void Configure(EntityTypeBuilder<OnetAlternateTitle> b)
    {
        b.ConfigureOnetRow();
        b.HasIndex(t => t.Title);
        b.Property(t => t.Title).HasMaxLength(TextLimits.AlternateTitle);
        b.Property(t => t.ShortTitle).HasMaxLength(TextLimits.AlternateTitle);
        b.Property(t => t.Sources).HasMaxLength(TextLimits.AlternateTitleSources);
    }
}
