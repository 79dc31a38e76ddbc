namespace CareerExplorer.Web.Data.Configurations;

public class OnetInterestConfiguration : IEntityTypeConfiguration<OnetInterest>
{
    public void Configure(EntityTypeBuilder<OnetInterest> b)
    {
        b.ConfigureOnetRow();
    }
}
