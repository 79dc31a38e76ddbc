namespace CareerExplorer.Web.Data.Configurations;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        // SQLite cannot order DateTimeOffset; store UTC ticks, which sort.
        b.Property(a => a.At).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        b.Property(a => a.User).HasMaxLength(256);
        b.Property(a => a.EntityType).HasMaxLength(64);
        b.Property(a => a.EntityId).HasMaxLength(64);
        b.Property(a => a.Summary).HasMaxLength(500);
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.EntityType, a.At });
        b.HasIndex(a => new { a.User, a.At });
    }
}
