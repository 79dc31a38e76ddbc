namespace CareerExplorer.Web.Data.Configurations;

public class RoleAliasConfiguration : IEntityTypeConfiguration<RoleAlias>
{
    public void Configure(EntityTypeBuilder<RoleAlias> b)
    {
        b.ConfigureEntity();
        b.HasOne(a => a.Role).WithMany(r => r.Aliases).HasForeignKey(a => a.RoleId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.Name).HasMaxLength(TextLimits.AliasName);
        b.HasIndex(a => new { a.RoleId, a.Name }).IsUnique();
        b.HasIndex(a => a.Name);
    }
}
