namespace CareerExplorer.Web.Data.Configurations;

public class SalaryFigureConfiguration : IEntityTypeConfiguration<SalaryFigure>
{
    public void Configure(EntityTypeBuilder<SalaryFigure> b)
    {
        b.ConfigureProvenance();
        b.HasOne(f => f.Role).WithMany(r => r.SalaryFigures).HasForeignKey(f => f.RoleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.Geography).WithMany().HasForeignKey(f => f.GeographyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.Currency).HasMaxLength(TextLimits.Currency);
        b.Property(f => f.Quote).HasMaxLength(TextLimits.Quote);
        b.HasIndex(f => new { f.RoleId, f.Year });
        b.HasIndex(f => new { f.Statistic, f.Amount });
        // The official-wage lookups: a role's figures from one source (a release), by statistic.
        b.HasIndex(f => new { f.SourceId, f.RoleId, f.Statistic, f.Basis });

        // The rules that define the product, enforced by the database as well as the services:
        // every figure has a plausible year, and either one positive amount or a positive range.
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_SalaryFigure_Year", $"\"Year\" BETWEEN {Bounds.MinYear} AND {Bounds.MaxPeriodYear}");
            t.HasCheckConstraint("CK_SalaryFigure_Month", "\"Month\" IS NULL OR \"Month\" BETWEEN 1 AND 12");
            t.HasCheckConstraint("CK_SalaryFigure_Currency", "length(\"Currency\") = 3");
            // A figure the publisher did not release is kept (so a history shows the gap) but
            // has no number at all, and says so: never a zero standing in for "not published".
            t.HasCheckConstraint("CK_SalaryFigure_Amounts",
                "(\"IsNotPublished\" = 0 AND \"Statistic\" = 'Range' AND \"Amount\" IS NULL AND \"Low\" > 0 AND \"High\" >= \"Low\")"
                + " OR (\"IsNotPublished\" = 0 AND \"Statistic\" <> 'Range' AND \"Amount\" > 0 AND \"Low\" IS NULL AND \"High\" IS NULL)"
                + " OR (\"IsNotPublished\" = 1 AND \"Statistic\" <> 'Range' AND \"Amount\" IS NULL AND \"Low\" IS NULL AND \"High\" IS NULL AND \"IsTopCoded\" = 0)");
            t.HasCheckConstraint("CK_SalaryFigure_Rse", "\"RelativeStandardError\" IS NULL OR \"RelativeStandardError\" >= 0");
        });
    }
}
