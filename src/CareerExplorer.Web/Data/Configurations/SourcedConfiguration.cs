namespace CareerExplorer.Web.Data.Configurations;

/// <summary>What every record with provenance shares: a required source, an optional citing article.</summary>
internal static class SourcedConfiguration
{
    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> b) where T : Entity =>
        b.Property(e => e.Version).IsConcurrencyToken();

    public static void ConfigureProvenance<T>(this EntityTypeBuilder<T> b) where T : Sourced
    {
        b.ConfigureEntity();
        b.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).IsRequired().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.CitedIn).WithMany().HasForeignKey(e => e.CitedInId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Note).HasMaxLength(TextLimits.Note);
    }

    /// <summary>What every O*NET row shares: its role (deleted with it), its collection date and domain source.</summary>
    public static void ConfigureOnetRow<T>(this EntityTypeBuilder<T> b) where T : OnetRow
    {
        b.ConfigureProvenance();
        b.HasOne(r => r.Role).WithMany().HasForeignKey(r => r.RoleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.RoleId);
        b.Property(r => r.Date).HasMaxLength(TextLimits.OnetDate);
        b.Property(r => r.DomainSource).HasMaxLength(TextLimits.OnetDomainSource);
    }
}
