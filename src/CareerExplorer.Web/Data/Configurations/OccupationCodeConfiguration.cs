namespace CareerExplorer.Web.Data.Configurations;

public class OccupationCodeConfiguration : IEntityTypeConfiguration<OccupationCode>
{
    public void Configure(EntityTypeBuilder<OccupationCode> b)
    {
        b.ConfigureProvenance();
        b.HasOne(c => c.Role).WithMany(r => r.OccupationCodes).HasForeignKey(c => c.RoleId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.System).HasMaxLength(TextLimits.CodeSystem);
        b.Property(c => c.Code).HasMaxLength(TextLimits.Code);
        b.Property(c => c.Title).HasMaxLength(TextLimits.CodeTitle);
        b.HasIndex(c => c.Code);
    }
}
