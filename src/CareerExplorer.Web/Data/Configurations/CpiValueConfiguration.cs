namespace CareerExplorer.Web.Data.Configurations;

public class CpiValueConfiguration : IEntityTypeConfiguration<CpiValue>
{
    public void Configure(EntityTypeBuilder<CpiValue> b)
    {
        b.ConfigureProvenance();
        b.HasIndex(c => c.Year).IsUnique();
        b.Property(c => c.Months).HasDefaultValue(CpiMonths.All);
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_CpiValue_Year", $"\"Year\" BETWEEN {Bounds.MinYear} AND {Bounds.MaxPeriodYear}");
            t.HasCheckConstraint("CK_CpiValue_Value", "\"Value\" > 0");
            t.HasCheckConstraint("CK_CpiValue_Months", $"\"Months\" BETWEEN 1 AND {CpiMonths.All}");
        });
    }
}
