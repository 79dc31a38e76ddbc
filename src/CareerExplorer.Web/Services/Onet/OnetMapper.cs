using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Onet;

/// <summary>An O*NET release merged by <see cref="OnetImporter"/>, oldest first; one audit entry a release, not one per row.</summary>
public sealed class OnetMapper : IImportMapper<OnetRelease>
{
    public string Name(OnetRelease release) => release.Title;

    public bool AuditsEachRow => false;

    public IEnumerable<OnetRelease> Order(IEnumerable<OnetRelease> releases) => releases.OrderBy(r => r.Version);

    public async Task<ImportMerge> MergeAsync(CareerDbContext db, OnetRelease release, CancellationToken ct)
    {
        var importer = new OnetImporter(db);
        var result = await importer.MergeAsync(release, ct);
        KindCounts roles = new("Roles") { Added = result.RolesAdded, Unchanged = result.RolesJoined };
        roles.AddedExamples.AddRange(result.AddedRoles.Take(10));
        var files = string.Join(", ", release.Kinds.Order().Select(k => OnetFiles.Names[k]));
        return new ImportMerge([roles, .. result.Kinds], result.Problems,
            new ImportAudit("O*NET release", result.SourceSlug, $"Imported {release.Title} ({files})", result.Summary),
            result.Summary + ".", result, importer.Bulk);
    }
}

/// <summary>The upload form's O*NET fields, for files that come without their release's Read Me; ignored for other files.</summary>
public sealed class OnetOptionsForm : IValidatableObject
{
    [Display(Name = "O*NET version (e.g. 29.0)")]
    [StringLength(7)]
    public string? Version { get; set; }

    [Display(Name = "Released (YYYY-MM, e.g. 2024-08)")]
    [StringLength(7)]
    public string? Released { get; set; }

    public ImportOptions AddTo(ImportOptions options) => options with
    {
        OnetVersion = OnetVersion.TryParse(Version, out var v) ? v : null,
        OnetReleased = string.IsNullOrWhiteSpace(Released) ? null : Released.Trim(),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!string.IsNullOrWhiteSpace(Version) && !OnetVersion.TryParse(Version, out _))
            yield return new("The O*NET version is a number like 29.0.", [nameof(Version)]);
        if (!string.IsNullOrWhiteSpace(Released) && !DateTime.TryParseExact(Released.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            yield return new("The release month is a year and month, like 2024-08.", [nameof(Released)]);
    }
}
