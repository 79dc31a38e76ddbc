namespace CareerExplorer.Web.Data.Configurations;

public class RoleSummaryConfiguration : IEntityTypeConfiguration<RoleSummary>
{
    public void Configure(EntityTypeBuilder<RoleSummary> b)
    {
        b.HasKey(s => s.RoleId);
        b.HasOne<Role>().WithOne().HasForeignKey<RoleSummary>(s => s.RoleId).OnDelete(DeleteBehavior.Cascade);
        // Figures are referenced, not copied; a figure deleted leaves the summary to be refreshed by the same change.
        b.HasOne<SalaryFigure>().WithMany().HasForeignKey(s => s.HeadlineSalaryId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<SalaryFigure>().WithMany().HasForeignKey(s => s.OfficialMedianId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<OutlookFigure>().WithMany().HasForeignKey(s => s.HeadlineGrowthId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<OutlookFigure>().WithMany().HasForeignKey(s => s.OfficialEmploymentId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<EmploymentProjection>().WithMany().HasForeignKey(s => s.ProjectionId).OnDelete(DeleteBehavior.SetNull);
        b.Property(s => s.EntryEducation).HasMaxLength(TextLimits.ProjectionCategory);
        b.Property(s => s.RequiredLevelText).HasMaxLength(TextLimits.TrainingCategory);
        b.Property(s => s.MajorGroup).HasMaxLength(2);
        b.Property(s => s.Blurb).HasMaxLength(TextLimits.Blurb);
        b.HasIndex(s => s.MedianAnnual);
        b.HasIndex(s => s.PayAnnual);
        b.HasIndex(s => s.GrowthShown);
        b.HasIndex(s => s.MajorGroup);
        b.HasIndex(s => s.OfficialMedian);
        b.HasIndex(s => s.ProjectedChange);
    }
}
