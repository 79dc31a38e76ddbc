namespace CareerExplorer.Web.Data.Configurations;

public class OnetTrainingShareConfiguration : IEntityTypeConfiguration<OnetTrainingShare>
{
    public void Configure(EntityTypeBuilder<OnetTrainingShare> b)
    {
        b.ConfigureOnetRow();
        b.Property(s => s.CategoryText).HasMaxLength(TextLimits.TrainingCategory);
    }
}
