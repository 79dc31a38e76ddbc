namespace CareerExplorer.Web.Data.Configurations;

public class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> b)
    {
        b.ConfigureEntity();
        b.HasIndex(s => s.Slug).IsUnique();
        b.HasIndex(s => s.Name);
        b.Property(s => s.Slug).HasMaxLength(TextLimits.Slug);
        b.Property(s => s.Name).HasMaxLength(TextLimits.SkillName);
        b.Property(s => s.Group).HasMaxLength(TextLimits.SkillGroup);
        b.Property(s => s.ElementId).HasMaxLength(TextLimits.OnetElementId);
        b.Property(s => s.Description).HasMaxLength(TextLimits.SkillDescription);
    }
}
