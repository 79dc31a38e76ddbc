namespace CareerExplorer.Web.Data.Configurations;

public class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b)
    {
        b.ConfigureEntity();
        b.HasIndex(r => r.Slug).IsUnique();
        b.HasIndex(r => r.Title);
        b.HasIndex(r => r.Category);
        b.Property(r => r.Slug).HasMaxLength(TextLimits.Slug);
        b.Property(r => r.Title).HasMaxLength(TextLimits.RoleTitle);
        b.Property(r => r.Category).HasMaxLength(TextLimits.Category);
        b.Property(r => r.Summary).HasMaxLength(TextLimits.Summary);
        b.Property(r => r.Description).HasMaxLength(TextLimits.Description);
        b.Property(r => r.TypicalEducation).HasMaxLength(TextLimits.TypicalEducation);
        b.Property(r => r.ImportedFrom).HasMaxLength(TextLimits.ImportedFrom);
        b.HasOne(r => r.ParentRole).WithMany().HasForeignKey(r => r.ParentRoleId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(r => r.Documents).WithMany(s => s.MentionedRoles).UsingEntity("RoleDocument");
    }
}
