namespace CareerExplorer.Web.Data.Configurations;

public class EmploymentProjectionConfiguration : IEntityTypeConfiguration<EmploymentProjection>
{
    public void Configure(EntityTypeBuilder<EmploymentProjection> b)
    {
        b.ConfigureProvenance();
        // Official rows follow their role, as O*NET's do: a role deleted takes its projections with it.
        b.HasOne(p => p.Role).WithMany().HasForeignKey(p => p.RoleId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(p => p.IsTotal);
        b.Property(p => p.Code).HasMaxLength(TextLimits.Code);
        b.Property(p => p.Title).HasMaxLength(TextLimits.RoleTitle);
        b.Property(p => p.Education).HasMaxLength(TextLimits.ProjectionCategory);
        b.Property(p => p.Experience).HasMaxLength(TextLimits.ProjectionCategory);
        b.Property(p => p.Training).HasMaxLength(TextLimits.ProjectionCategory);
        b.HasIndex(p => new { p.SourceId, p.Code }).IsUnique();
        b.HasIndex(p => p.RoleId);
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_EmploymentProjection_Period",
                $"\"BaseYear\" BETWEEN {Bounds.MinYear} AND {Bounds.MaxPeriodYear} AND \"TargetYear\" > \"BaseYear\" AND \"TargetYear\" <= {Bounds.MaxPeriodYear}");
            t.HasCheckConstraint("CK_EmploymentProjection_Role", $"\"RoleId\" IS NOT NULL OR \"Code\" = '{ProjectionCodes.Total}'");
        });
    }
}
