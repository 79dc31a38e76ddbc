namespace CareerExplorer.Web.Data.Configurations;

public class RoleFacetCountConfiguration : IEntityTypeConfiguration<RoleFacetCount>
{
    public void Configure(EntityTypeBuilder<RoleFacetCount> b)
    {
        b.Property(c => c.Facet).HasMaxLength(20);
        b.Property(c => c.Value).HasMaxLength(Math.Max(TextLimits.Category, TextLimits.ProjectionCategory));
        b.Property(c => c.LabelSource).HasMaxLength(TextLimits.TrainingCategory);
    }
}
