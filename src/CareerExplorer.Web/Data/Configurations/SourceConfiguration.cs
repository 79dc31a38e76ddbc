namespace CareerExplorer.Web.Data.Configurations;

public class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.ConfigureEntity();
        b.HasIndex(s => s.Slug).IsUnique();
        b.Property(s => s.Slug).HasMaxLength(TextLimits.Slug);
        b.Property(s => s.Publisher).HasMaxLength(TextLimits.Publisher);
        b.Property(s => s.Title).HasMaxLength(TextLimits.SourceTitle);
        b.Property(s => s.Url).HasMaxLength(TextLimits.Url);
        b.Property(s => s.ReleasePeriod).HasMaxLength(TextLimits.ReleasePeriod);
        b.Property(s => s.PublishedOn).HasMaxLength(TextLimits.PublishedOn);
        b.Property(s => s.SeedFile).HasMaxLength(TextLimits.SeedFile);
        b.Property(s => s.Note).HasMaxLength(TextLimits.SourceNote);
        b.Property(s => s.Dataset).HasMaxLength(TextLimits.Dataset);
        b.Property(s => s.Release).HasMaxLength(TextLimits.Release);
        // One source per release of a dataset: the importer finds its release's source by these.
        b.HasIndex(s => new { s.Dataset, s.Release }).IsUnique().HasFilter("\"Dataset\" IS NOT NULL AND \"Release\" IS NOT NULL");
    }
}
