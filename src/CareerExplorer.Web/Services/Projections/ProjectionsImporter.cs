using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Oews;

namespace CareerExplorer.Web.Services.Projections;

public sealed record ProjectionsMergeResult(
    string Release, int Occupations, int RolesAdded, int RolesJoined, int Added, int Changed, int Unchanged,
    IReadOnlyList<string> AddedRoles, IReadOnlyList<SeedError> Problems, string SourceSlug)
{
    public string Summary => $"Employment Projections {Release}: {Occupations} occupations ({RolesJoined} joined existing roles, {RolesAdded} new roles); "
        + $"{Added} projections added, {Changed} changed, {Unchanged} unchanged";
}

/// <summary>
/// Merges one Employment Projections release into the tracked entities (the caller saves, or
/// clears for a preview). Each occupation joins the role that carries its SOC code (across the
/// 2018 revision, as OEWS does: <see cref="OccupationMatch"/>), or becomes a role of its own;
/// its line is stored as published, sourced to "U.S. Bureau of Labor Statistics, Employment
/// Projections, 2024-34". A release imported again updates its lines in place.
/// </summary>
public sealed class ProjectionsImporter(CareerDbContext db)
{
    public const string ImportedFrom = "bls-ep";
    public const string Publisher = "U.S. Bureau of Labor Statistics";

    public static string SourceSlug(ProjectionPeriod period) => "bls-employment-projections-" + period;

    /// <summary>"U.S. Bureau of Labor Statistics, Employment Projections, 2024-34": how BLS asks to be cited.</summary>
    public static string Citation(string release) => $"{Publisher}, Employment Projections, {release}";

    public async Task<ProjectionsMergeResult> MergeAsync(ProjectionsRelease release, CancellationToken ct = default)
    {
        var problems = new List<SeedError>();
        var period = release.Period;
        var system = OewsImporter.CodeSystem(period.BaseYear);
        var source = await EnsureSourceAsync(release, ct);
        var roles = await db.Roles.Include(r => r.OccupationCodes).AsSplitQuery().ToListAsync(ct);
        var slugs = roles.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        var stored = source.Id == 0 ? [] : (await db.EmploymentProjections.Where(p => p.SourceId == source.Id).ToListAsync(ct))
            .ToDictionary(p => p.Code, StringComparer.Ordinal);

        int rolesAdded = 0, rolesJoined = 0, added = 0, changed = 0, unchanged = 0;
        var addedRoles = new List<string>();
        var rowOfRole = new Dictionary<Role, ProjectionRow>();

        void Merge(ProjectionRow row, Role? role)
        {
            if (!stored.TryGetValue(row.Code, out var projection))
            {
                projection = new EmploymentProjection { Code = row.Code, Title = row.Title, Source = source };
                db.EmploymentProjections.Add(projection);
                added++;
            }
            else if (Same(projection, row, role, release))
            {
                unchanged++;
                return;
            }
            else
                changed++;
            projection.Role = role;
            projection.RoleId = role?.Id is > 0 ? role.Id : null;
            projection.Title = row.Title;
            projection.BaseYear = period.BaseYear;
            projection.TargetYear = period.TargetYear;
            projection.EmploymentBase = row.EmploymentBase;
            projection.EmploymentTarget = row.EmploymentTarget;
            projection.ChangeNumber = row.ChangeNumber;
            projection.ChangePercent = row.ChangePercent;
            projection.SelfEmployedPercent = row.SelfEmployedPercent;
            projection.Openings = row.Openings;
            projection.OpeningsBasis = release.OpeningsBasis;
            projection.MedianWage = row.MedianWage;
            projection.MedianWageTopCoded = row.MedianWageTopCoded;
            projection.MedianWageYear = row.MedianWage is null ? null : release.MedianWageYear;
            projection.Education = row.Education;
            projection.Experience = row.Experience;
            projection.Training = row.Training;
        }

        Merge(release.Total, null);
        foreach (var row in release.Occupations)
        {
            var role = OccupationMatch.Find(roles, system, row.Code, row.Title);
            if (role is null)
            {
                role = new Role
                {
                    Slug = Slugs.UniqueForCode(row.Title, row.Code, slugs), Title = row.Title, Category = SocMajorGroups.Of(row.Code),
                    Summary = $"Official U.S. occupation {system} {row.Code}, with BLS employment projections.", ImportedFrom = ImportedFrom,
                };
                var code = new OccupationCode { Role = role, System = system, Code = row.Code, Title = row.Title, Source = source };
                role.OccupationCodes.Add(code);
                db.Roles.Add(role);
                db.OccupationCodes.Add(code);
                roles.Add(role);
                rolesAdded++;
                addedRoles.Add($"{row.Title} ({row.Code})");
            }
            else
                rolesJoined++;
            if (rowOfRole.TryGetValue(role, out var other))
            {
                problems.Add(new SeedError(release.FileName, $"{row.Code} {row.Title} and {other.Code} {other.Title} (row {other.Line}) would both be the role “{role.Title}”; nothing was imported.", row.Line, "code"));
                continue;
            }
            rowOfRole[role] = row;
            Merge(row, role);
        }
        return new ProjectionsMergeResult(release.Release, release.Occupations.Count, rolesAdded, rolesJoined, added, changed, unchanged, addedRoles, problems, source.Slug);
    }

    private static bool Same(EmploymentProjection p, ProjectionRow row, Role? role, ProjectionsRelease release) =>
        p.RoleId == (role?.Id is > 0 ? role.Id : null) && (role is null || role.Id > 0) && p.Title == row.Title
        && p.BaseYear == release.Period.BaseYear && p.TargetYear == release.Period.TargetYear
        && p.EmploymentBase == row.EmploymentBase && p.EmploymentTarget == row.EmploymentTarget && p.ChangeNumber == row.ChangeNumber
        && p.ChangePercent == row.ChangePercent && p.SelfEmployedPercent == row.SelfEmployedPercent && p.Openings == row.Openings
        && p.OpeningsBasis == release.OpeningsBasis && p.MedianWage == row.MedianWage && p.MedianWageTopCoded == row.MedianWageTopCoded
        && p.MedianWageYear == (row.MedianWage is null ? null : release.MedianWageYear)
        && p.Education == row.Education && p.Experience == row.Experience && p.Training == row.Training;

    private async Task<Source> EnsureSourceAsync(ProjectionsRelease release, CancellationToken ct)
    {
        // Found by what it is, not by its slug, which an admin may have changed.
        var name = release.Release;
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Dataset == Datasets.BlsProjections && s.Release == name, ct);
        if (source is null)
        {
            var slug = SourceSlug(release.Period);
            for (var i = 2; await db.Sources.AnyAsync(s => s.Slug == slug, ct); i++)
                slug = $"{SourceSlug(release.Period)}-{i}";
            source = new Source { Slug = slug, Publisher = Publisher, Title = "", Dataset = Datasets.BlsProjections, Release = name };
            db.Sources.Add(source);
        }
        source.Publisher = Publisher;
        source.Title = $"Employment Projections, {name}: occupational projections ({ProjectionsFile.TableName} of occupation.xlsx)";
        source.Kind = SourceKind.GovernmentStatistics;
        source.Url = "https://www.bls.gov/emp/tables.htm";
        source.ReleasePeriod = name;
        source.Year = release.Period.BaseYear + 1; // BLS publishes a projection the year after its base year
        source.Note = $"BLS's ten-year projection of U.S. employment, {release.Period.Display}, for every occupation in the National Employment Matrix: employment (in thousands), "
            + "the change, occupational openings and worker characteristics. Employment counts jobs, including the self-employed. "
            + (release.OpeningsBasis == OpeningsBasis.AnnualAverage
                ? "Openings are an annual average of openings from growth and from workers leaving the occupation (the separations method BLS uses since the 2016-26 release). "
                : "Openings are the period's total from growth and net replacement needs (BLS's method before the 2016-26 release; not comparable with later releases). ")
            + (release.MedianWageYear is { } wageYear ? $"Its wages are May {wageYear} OEWS medians, quoted by the table. " : "")
            + "A work of the U.S. government, in the public domain.";
        return source;
    }
}
