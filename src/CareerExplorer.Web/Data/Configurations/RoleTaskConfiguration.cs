namespace CareerExplorer.Web.Data.Configurations;

public class RoleTaskConfiguration : IEntityTypeConfiguration<RoleTask>
{
    public void Configure(EntityTypeBuilder<RoleTask> b)
    {
        b.ConfigureProvenance();
        b.HasOne(t => t.Role).WithMany(r => r.Tasks).HasForeignKey(t => t.RoleId).OnDelete(DeleteBehavior.Cascade);
        b.Property(t => t.Text).HasMaxLength(TextLimits.TaskText);
        b.HasIndex(t => new { t.RoleId, t.Position });
    }
}
