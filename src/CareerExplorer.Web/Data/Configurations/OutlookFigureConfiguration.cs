using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerExplorer.Web.Data.Configurations;

public class OutlookFigureConfiguration : IEntityTypeConfiguration<OutlookFigure>
{
    public void Configure(EntityTypeBuilder<OutlookFigure> b)
    {
        b.ConfigureProvenance();
        b.HasOne(f => f.Role).WithMany(r => r.OutlookFigures).HasForeignKey(f => f.RoleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.Geography).WithMany().HasForeignKey(f => f.GeographyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.Quote).HasMaxLength(1000);
        b.HasIndex(f => new { f.RoleId, f.Kind });
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_OutlookFigure_Year", "\"Year\" BETWEEN 1900 AND 2100");
            t.HasCheckConstraint("CK_OutlookFigure_Period",
                "\"StartYear\" IS NULL OR \"EndYear\" IS NULL OR \"StartYear\" <= \"EndYear\"");
        });
    }
}
