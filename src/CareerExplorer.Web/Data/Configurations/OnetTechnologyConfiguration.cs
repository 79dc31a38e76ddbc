namespace CareerExplorer.Web.Data.Configurations;

public class OnetTechnologyConfiguration : IEntityTypeConfiguration<OnetTechnology>
{
    public void Configure(EntityTypeBuilder<OnetTechnology> b)
    {
        b.ConfigureOnetRow();
        b.HasOne(t => t.Skill).WithMany().HasForeignKey(t => t.SkillId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => t.SkillId);
        b.Property(t => t.CommodityTitle).HasMaxLength(TextLimits.CommodityTitle);
    }
}
