using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerExplorer.Web.Data.Configurations;

public class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.ConfigureEntity();
        b.HasIndex(s => s.Slug).IsUnique();
        b.Property(s => s.Slug).HasMaxLength(120);
        b.Property(s => s.Publisher).HasMaxLength(200);
        b.Property(s => s.Title).HasMaxLength(400);
        b.Property(s => s.Url).HasMaxLength(1000);
        b.Property(s => s.ReleasePeriod).HasMaxLength(100);
        b.Property(s => s.PublishedOn).HasMaxLength(10);
        b.Property(s => s.SeedFile).HasMaxLength(200);
        b.Property(s => s.Note).HasMaxLength(2000);
    }
}
