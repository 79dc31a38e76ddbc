namespace CareerExplorer.Web.Data.Configurations;

public class OnetOccupationConfiguration : IEntityTypeConfiguration<OnetOccupation>
{
    public void Configure(EntityTypeBuilder<OnetOccupation> b)
    {
        b.ConfigureProvenance();
        b.HasOne(o => o.Role).WithMany().HasForeignKey(o => o.RoleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => o.RoleId).IsUnique();
        b.HasIndex(o => o.Code).IsUnique();
        b.Property(o => o.Code).HasMaxLength(TextLimits.Code);
        b.Property(o => o.Title).HasMaxLength(TextLimits.RoleTitle);
        b.Property(o => o.Description).HasMaxLength(TextLimits.Description);
    }
}
