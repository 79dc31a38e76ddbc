namespace CareerExplorer.Web.Data.Configurations;

public class EducationStepConfiguration : IEntityTypeConfiguration<EducationStep>
{
    public void Configure(EntityTypeBuilder<EducationStep> b)
    {
        b.ConfigureProvenance();
        b.HasOne(e => e.Role).WithMany(r => r.EducationSteps).HasForeignKey(e => e.RoleId).OnDelete(DeleteBehavior.Cascade);
        b.Property(e => e.Field).HasMaxLength(TextLimits.EducationField);
    }
}
