namespace CareerExplorer.Web.Data.Configurations;

public class RoleSkillConfiguration : IEntityTypeConfiguration<RoleSkill>
{
    public void Configure(EntityTypeBuilder<RoleSkill> b)
    {
        b.ConfigureProvenance();
        b.HasOne(rs => rs.Role).WithMany(r => r.Skills).HasForeignKey(rs => rs.RoleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(rs => rs.Skill).WithMany(s => s.Roles).HasForeignKey(rs => rs.SkillId).OnDelete(DeleteBehavior.Restrict);
        // The same source naming the same skill twice for a role is one statement.
        b.HasIndex(rs => new { rs.RoleId, rs.SkillId, rs.SourceId, rs.CitedInId }).IsUnique();
        b.HasIndex(rs => rs.SkillId);
    }
}
