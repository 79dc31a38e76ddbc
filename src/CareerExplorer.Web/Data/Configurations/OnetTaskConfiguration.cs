namespace CareerExplorer.Web.Data.Configurations;

public class OnetTaskConfiguration : IEntityTypeConfiguration<OnetTask>
{
    public void Configure(EntityTypeBuilder<OnetTask> b)
    {
        b.ConfigureOnetRow();
        b.Property(t => t.Text).HasMaxLength(TextLimits.TaskText);
    }
}
