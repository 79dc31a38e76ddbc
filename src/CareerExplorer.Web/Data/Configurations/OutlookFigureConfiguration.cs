namespace CareerExplorer.Web.Data.Configurations;

public class OutlookFigureConfiguration : IEntityTypeConfiguration<OutlookFigure>
{
    public void Configure(EntityTypeBuilder<OutlookFigure> b)
    {
        b.ConfigureProvenance();
        b.HasOne(f => f.Role).WithMany(r => r.OutlookFigures).HasForeignKey(f => f.RoleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.Geography).WithMany().HasForeignKey(f => f.GeographyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.Quote).HasMaxLength(TextLimits.Quote);
        b.HasIndex(f => new { f.RoleId, f.Kind });
        b.HasIndex(f => new { f.SourceId, f.RoleId, f.Kind });
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_OutlookFigure_Year", $"\"Year\" BETWEEN {Bounds.MinYear} AND {Bounds.MaxPeriodYear}");
            t.HasCheckConstraint("CK_OutlookFigure_Value",
                "(\"IsNotPublished\" = 0 AND \"Value\" IS NOT NULL) OR (\"IsNotPublished\" = 1 AND \"Value\" IS NULL)");
            t.HasCheckConstraint("CK_OutlookFigure_Rse", "\"RelativeStandardError\" IS NULL OR \"RelativeStandardError\" >= 0");
            t.HasCheckConstraint("CK_OutlookFigure_Period",
                "\"StartYear\" IS NULL OR \"EndYear\" IS NULL OR \"StartYear\" <= \"EndYear\"");
        });
    }
}
