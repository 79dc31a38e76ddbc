using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Projections;

/// <summary>
/// The occupation workbook BLS Employment Projections publishes (occupation.xlsx): an .xlsx whose
/// sheets are BLS's numbered tables, or named occupation*. One release a file. Registered before
/// the OEWS reader, which takes every other workbook.
/// </summary>
public sealed class ProjectionsReader : IImportReader<ProjectionsRelease>
{
    public bool Claims(ImportSource source) =>
        source.Extension == ".xlsx" && ProjectionsFile.IsProjectionsWorkbook(source.Name, source.Content);

    public ImportRead<ProjectionsRelease> Read(ImportSource source)
    {
        var read = ProjectionsFile.Read(source.Name, source.Content);
        return read.Release is { } release
            ? new ImportRead<ProjectionsRelease>([release], read.Problems, release.Occupations.Count)
            : new ImportRead<ProjectionsRelease>([], read.Problems, 0);
    }
}

/// <summary>A release merged by <see cref="ProjectionsImporter"/>, oldest first; one audit entry a release.</summary>
public sealed class ProjectionsMapper : IImportMapper<ProjectionsRelease>
{
    public string Name(ProjectionsRelease release) => ReleaseName(release.Release);

    public static string ReleaseName(string release) => $"BLS Employment Projections {release}";

    public bool AuditsEachRow => false;

    public IEnumerable<ProjectionsRelease> Order(IEnumerable<ProjectionsRelease> releases) => releases.OrderBy(r => r.Period.BaseYear);

    public async Task<ImportMerge> MergeAsync(CareerDbContext db, ProjectionsRelease release, CancellationToken ct)
    {
        var result = await new ProjectionsImporter(db).MergeAsync(release, ct);
        db.ChangeTracker.DetectChanges();
        KindCounts roles = new("Roles") { Added = result.RolesAdded };
        KindCounts projections = new("Projections") { Added = result.Added, Changed = result.Changed, Unchanged = result.Unchanged };
        roles.AddedExamples.AddRange(result.AddedRoles.Take(10));
        return new ImportMerge([roles, projections], result.Problems,
            new ImportAudit("Projections release", result.SourceSlug, $"Imported {ReleaseName(release.Release)} from {release.FileName}", result.Summary),
            result.Summary + ".", result);
    }
}
