using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace CareerExplorer.Web.Services.Importing;

/// <summary>
/// The whole data set in the data/seed format: what an admin downloads and commits back to the
/// repo's data/seed. Records come out in id order, so unchanged data keeps its place in each
/// file and two exports of the same data are byte for byte the same.
/// </summary>
public sealed class DataExporter(CareerDbContext db)
{
    public async Task<SeedDataSet> ExportAsync(CancellationToken ct = default)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        var slugOf = sources.ToDictionary(s => s.Id, s => s.Slug);
        string? Slug(int? id) => id is { } i ? slugOf[i] : null;

        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Id)
            .Include(r => r.Aliases).Include(r => r.Tasks).Include(r => r.OccupationCodes).Include(r => r.Documents)
            .AsSplitQuery().ToListAsync(ct);
        var roleSlug = roles.ToDictionary(r => r.Id, r => r.Slug);
        var geographies = await db.Geographies.AsNoTracking().OrderBy(g => g.Id).ToListAsync(ct);
        var geoCode = geographies.ToDictionary(g => g.Id, g => g.Code);
        var skills = await db.Skills.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        var skillSlug = skills.ToDictionary(s => s.Id, s => s.Slug);

        return new SeedDataSet
        {
            Geographies = geographies.Select(g => new GeographyRecord(g.Code, g.Name, g.Kind)).ToList(),
            Sources = sources.Select(s => new SourceRecord(s.Slug, s.Publisher, s.Title, s.Kind, s.Url, s.ReleasePeriod, s.Year, s.PublishedOn, s.SeedFile, s.Note, s.Dataset, s.Release)).ToList(),
            Roles = roles.Select(r => new RoleRecord(r.Slug, r.Title, r.Category, r.Summary, r.Description, r.TypicalEducation,
                r.Aliases.OrderBy(a => a.Id).Select(a => a.Name).ToList(),
                r.Documents.OrderBy(d => d.Id).Select(d => d.Slug).ToList(),
                r.Tasks.OrderBy(t => t.Position).ThenBy(t => t.Id).Select(t => new TaskRecord(t.Text, slugOf[t.SourceId], Slug(t.CitedInId))).ToList(),
                r.OccupationCodes.OrderBy(c => c.Id).Select(c => new OccupationCodeRecord(c.System, c.Code, c.Title, slugOf[c.SourceId], Slug(c.CitedInId), c.Note)).ToList(),
                r.ImportedFrom)).ToList(),
            Skills = skills.Select(s => new SkillRecord(s.Slug, s.Name, s.Kind, s.Group)).ToList(),
            RoleSkills = (await db.RoleSkills.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct))
                .Select(x => new RoleSkillRecord(roleSlug[x.RoleId], skillSlug[x.SkillId], slugOf[x.SourceId], Slug(x.CitedInId), x.Note)).ToList(),
            SalaryFigures = (await db.SalaryFigures.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct))
                .Select(f => new SalaryFigureRecord(roleSlug[f.RoleId], f.Statistic, f.PayComponent, f.Basis, f.Currency, geoCode[f.GeographyId],
                    f.Year, slugOf[f.SourceId], f.Quote, f.Amount, f.Low, f.High, f.IsTopCoded ? true : null, f.Month, Slug(f.CitedInId), f.Note,
                    f.IsNotPublished ? true : null, f.RelativeStandardError)).ToList(),
            OutlookFigures = (await db.OutlookFigures.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct))
                .Select(f => new OutlookFigureRecord(roleSlug[f.RoleId], f.Kind, f.Value, f.Unit, f.Year, geoCode[f.GeographyId],
                    slugOf[f.SourceId], f.Quote, f.StartYear, f.EndYear, Slug(f.CitedInId), f.Note, f.IsNotPublished ? true : null, f.RelativeStandardError)).ToList(),
            CareerSteps = (await db.CareerSteps.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct))
                .Select(c => new CareerStepRecord(roleSlug[c.FromRoleId], roleSlug[c.ToRoleId], c.Kind, slugOf[c.SourceId], Slug(c.CitedInId), c.Note)).ToList(),
            EducationSteps = (await db.EducationSteps.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct))
                .Select(e => new EducationStepRecord(roleSlug[e.RoleId], e.Level, e.Requirement, slugOf[e.SourceId], e.Field, Slug(e.CitedInId), e.Note)).ToList(),
            Cpi = (await db.CpiValues.AsNoTracking().OrderBy(c => c.Year).ToListAsync(ct))
                .Select(c => new CpiRecord(c.Year, c.Value, slugOf[c.SourceId], c.Note, CpiRecord.MonthsOf(c.Months))).ToList(),
            Projections = (await db.EmploymentProjections.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct))
                .Select(p => new ProjectionRecord(slugOf[p.SourceId], p.Code, p.Title, p.BaseYear, p.TargetYear, p.RoleId is { } r ? roleSlug[r] : null,
                    p.EmploymentBase, p.EmploymentTarget, p.ChangeNumber, p.ChangePercent, p.SelfEmployedPercent, p.Openings, p.OpeningsBasis,
                    p.MedianWage, p.MedianWageTopCoded ? true : null, p.MedianWageYear, p.Education, p.Experience, p.Training)).ToList(),
        };
    }

    /// <summary>Everything Export gives: the data/seed files, and the O*NET content as O*NET's own files, a folder a release.</summary>
    public async Task<IReadOnlyList<(string File, byte[] Content)>> ExportFilesAsync(CancellationToken ct = default) =>
        [.. ToFiles(await ExportAsync(ct)), .. await new Onet.OnetExporter(db).ExportAsync(ct)];

    /// <summary>One JSON file per kind of record, as in data/seed.</summary>
    public static IReadOnlyList<(string File, byte[] Content)> ToFiles(SeedDataSet set) =>
    [
        (SeedFiles.Geographies, Json(set.Geographies)),
        (SeedFiles.Sources, Json(set.Sources)),
        (SeedFiles.Roles, Json(set.Roles)),
        (SeedFiles.Skills, Json(set.Skills)),
        (SeedFiles.RoleSkills, Json(set.RoleSkills)),
        (SeedFiles.SalaryFigures, Json(set.SalaryFigures)),
        (SeedFiles.OutlookFigures, Json(set.OutlookFigures)),
        (SeedFiles.CareerSteps, Json(set.CareerSteps)),
        (SeedFiles.EducationSteps, Json(set.EducationSteps)),
        (SeedFiles.Cpi, Json(set.Cpi)),
        (SeedFiles.Projections, Json(set.Projections)),
    ];

    private static byte[] Json<T>(IReadOnlyList<T> records) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(records, SeedFiles.Json).Replace("\r\n", "\n") + "\n");

    /// <summary>A zip of the files with fixed timestamps, so equal data gives an equal zip.</summary>
    public static byte[] ToZip(IReadOnlyList<(string File, byte[] Content)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (file, content) in files)
            {
                var entry = zip.CreateEntry(file, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
