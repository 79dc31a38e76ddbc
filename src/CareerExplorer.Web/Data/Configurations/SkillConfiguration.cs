using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerExplorer.Web.Data.Configurations;

public class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> b)
    {
        b.ConfigureEntity();
        b.HasIndex(s => s.Slug).IsUnique();
        b.HasIndex(s => s.Name);
        b.Property(s => s.Slug).HasMaxLength(120);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Group).HasMaxLength(200);
    }
}
