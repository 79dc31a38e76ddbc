namespace CareerExplorer.Web.Data.Configurations;

public class CareerStepConfiguration : IEntityTypeConfiguration<CareerStep>
{
    public void Configure(EntityTypeBuilder<CareerStep> b)
    {
        b.ConfigureProvenance();
        b.HasOne(c => c.FromRole).WithMany().HasForeignKey(c => c.FromRoleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.ToRole).WithMany().HasForeignKey(c => c.ToRoleId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.ToRoleId);
        b.ToTable(t => t.HasCheckConstraint("CK_CareerStep_NotSelf", "\"FromRoleId\" <> \"ToRoleId\""));
    }
}
