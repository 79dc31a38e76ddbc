namespace CareerExplorer.Web.Data.Configurations;

public class OnetRatingConfiguration : IEntityTypeConfiguration<OnetRating>
{
    public void Configure(EntityTypeBuilder<OnetRating> b)
    {
        b.ConfigureOnetRow();
        b.HasOne(r => r.Skill).WithMany().HasForeignKey(r => r.SkillId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.SkillId, r.Importance });
    }
}
