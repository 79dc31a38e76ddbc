namespace CareerExplorer.Web.Data.Configurations;

public class RoleMoveConfiguration : IEntityTypeConfiguration<RoleMove>
{
    public void Configure(EntityTypeBuilder<RoleMove> b)
    {
        b.HasOne(m => m.FromRole).WithMany().HasForeignKey(m => m.FromRoleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.ToRole).WithMany().HasForeignKey(m => m.ToRoleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Source).WithMany().HasForeignKey(m => m.SourceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.FromRoleId, m.Rank }).IsUnique();
    }
}
