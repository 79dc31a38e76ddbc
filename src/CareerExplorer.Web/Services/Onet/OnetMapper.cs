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
