namespace CareerExplorer.Web.Data.Configurations;

public class OnetRelatedConfiguration : IEntityTypeConfiguration<OnetRelated>
{
    public void Configure(EntityTypeBuilder<OnetRelated> b)
    {
        b.ConfigureOnetRow();
        b.HasOne(r => r.RelatedRole).WithMany().HasForeignKey(r => r.RelatedRoleId).OnDelete(DeleteBehavior.Cascade);
    }
}
