using System.Text;

namespace CareerExplorer.Web.Services.Onet;

/// <summary>
/// The O*NET content of the database as O*NET's own text files, one folder a release
/// (onet/29.0/Skills.txt...), each with a Read Me naming the release: what Export puts beside the
/// data/seed files, and what the O*NET importer reads back. A release's folder holds the rows
/// still sourced to it; importing the folders oldest first gives the same rows back.
/// </summary>
public sealed class OnetExporter(CareerDbContext db)
{
    public const string Folder = "onet";

    public async Task<IReadOnlyList<(string File, byte[] Content)>> ExportAsync(CancellationToken ct = default)
    {
        var sources = (await db.Sources.AsNoTracking().Where(s => s.Dataset == Datasets.Onet).ToListAsync(ct))
            .Where(s => OnetVersion.TryParse(s.Release, out _))
            .OrderBy(s => { OnetVersion.TryParse(s.Release, out var v); return v; }).ToList();
        if (sources.Count == 0)
            return [];
        // By code, as O*NET lists them (and the importer adds them): ids follow the order the rows were saved in.
        var occupations = (await db.OnetOccupations.AsNoTracking().ToListAsync(ct)).OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
        var codeOf = occupations.ToDictionary(o => o.RoleId, o => o.Code);
        var occupationOf = occupations.ToDictionary(o => o.Code);
        var skills = await db.Skills.AsNoTracking().Select(s => new { s.Id, s.Name, s.ElementId, s.Description }).ToDictionaryAsync(s => s.Id, ct);
        var tasks = await db.OnetTasks.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct);
        var ratings = await db.OnetRatings.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct);
        var technologies = await db.OnetTechnologies.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct);
        var shares = await db.OnetTrainingShares.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct);
        var zones = await db.OnetJobZones.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct);
        var levels = await db.OnetJobZoneLevels.AsNoTracking().OrderBy(x => x.Zone).ToListAsync(ct);
        var interests = await db.OnetInterests.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct);
        var related = await db.OnetRelated.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct);
        var titles = await db.OnetAlternateTitles.AsNoTracking().OrderBy(x => x.Id).ToListAsync(ct);

        var files = new List<(string, byte[])>();
        foreach (var source in sources)
        {
            var folder = $"{Folder}/{source.Release}/";
            var id = source.Id;
            var written = new List<(string, byte[])>();
            void Write(OnetFileKind kind, string[] header, IEnumerable<string[]> rows)
            {
                var list = rows.ToList();
                if (list.Count > 0)
                    written.Add((folder + OnetFiles.TextName(kind), Text(header, list)));
            }
            string Code(int roleId) => codeOf[roleId];
            string Title(int roleId) => occupationOf[codeOf[roleId]].Title;

            // Every occupation the release's rows name is in its Occupation Data, so the folder reads on its own.
            var named = tasks.Where(x => x.SourceId == id).Select(x => x.RoleId)
                .Concat(ratings.Where(x => x.SourceId == id).Select(x => x.RoleId)).Concat(technologies.Where(x => x.SourceId == id).Select(x => x.RoleId))
                .Concat(shares.Where(x => x.SourceId == id).Select(x => x.RoleId)).Concat(zones.Where(x => x.SourceId == id).Select(x => x.RoleId))
                .Concat(interests.Where(x => x.SourceId == id).Select(x => x.RoleId)).Concat(titles.Where(x => x.SourceId == id).Select(x => x.RoleId))
                .Concat(related.Where(x => x.SourceId == id).SelectMany(x => new[] { x.RoleId, x.RelatedRoleId }))
                .Where(codeOf.ContainsKey).Select(Code).ToHashSet(StringComparer.Ordinal);
            Write(OnetFileKind.OccupationData, [OnetColumns.Code, "Title", "Description"],
                occupations.Where(o => o.SourceId == id || named.Contains(o.Code)).Select(o => new[] { o.Code, o.Title, o.Description }));
            Write(OnetFileKind.TaskStatements, [OnetColumns.Code, "Title", "Task ID", "Task", "Task Type", "Incumbents Responding", "Date", "Domain Source"],
                tasks.Where(x => x.SourceId == id).Select(x => new[]
                {
                    Code(x.RoleId), Title(x.RoleId), x.TaskId.ToString(CultureInfo.InvariantCulture), x.Text,
                    x.Type == OnetTaskType.NotRated ? "" : x.Type.ToString(), N(x.IncumbentsResponding), OnetNames.FileDate(x.Date), x.DomainSource ?? "",
                }));
            string[] ratingHeader = [OnetColumns.Code, "Title", "Element ID", "Element Name", "Scale ID", "Data Value", "N", "Recommend Suppress", "Not Relevant", "Date", "Domain Source"];
            foreach (var (kind, file) in new[] { (SkillKind.Skill, OnetFileKind.Skills), (SkillKind.Knowledge, OnetFileKind.Knowledge) })
            {
                Write(file, ratingHeader, ratings.Where(x => x.SourceId == id && x.Kind == kind).SelectMany(x =>
                {
                    var skill = skills[x.SkillId];
                    var lines = new List<string[]>();
                    if (x.Importance is { } im)
                        lines.Add([Code(x.RoleId), Title(x.RoleId), skill.ElementId ?? "", skill.Name, "IM", N(im), N(x.ImportanceN), YN(x.ImportanceSuppressed), "", OnetNames.FileDate(x.Date), x.DomainSource ?? ""]);
                    if (x.Level is { } lv)
                        lines.Add([Code(x.RoleId), Title(x.RoleId), skill.ElementId ?? "", skill.Name, "LV", N(lv), N(x.LevelN), YN(x.LevelSuppressed), YN(x.LevelNotRelevant), OnetNames.FileDate(x.Date), x.DomainSource ?? ""]);
                    return lines;
                }));
            }
            Write(OnetFileKind.TechnologySkills, [OnetColumns.Code, "Title", "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"],
                technologies.Where(x => x.SourceId == id).Select(x => new[]
                {
                    Code(x.RoleId), Title(x.RoleId), skills[x.SkillId].Name, x.CommodityCode.ToString(CultureInfo.InvariantCulture), x.CommodityTitle, YN(x.IsHot), YN(x.IsInDemand),
                }));
            var releaseShares = shares.Where(x => x.SourceId == id).ToList();
            Write(OnetFileKind.EducationTrainingExperience, [OnetColumns.Code, "Title", "Scale ID", "Category", "Data Value", "N", "Recommend Suppress", "Date", "Domain Source"],
                releaseShares.Select(x => new[]
                {
                    Code(x.RoleId), Title(x.RoleId), x.Scale.ToString(), x.Category.ToString(CultureInfo.InvariantCulture), N(x.Percent), N(x.N), YN(x.Suppressed), OnetNames.FileDate(x.Date), x.DomainSource ?? "",
                }));
            Write(OnetFileKind.EducationCategories, ["Scale ID", "Category", "Category Description"],
                releaseShares.DistinctBy(x => (x.Scale, x.Category)).OrderBy(x => x.Scale).ThenBy(x => x.Category)
                    .Select(x => new[] { x.Scale.ToString(), x.Category.ToString(CultureInfo.InvariantCulture), x.CategoryText }));
            Write(OnetFileKind.JobZones, [OnetColumns.Code, "Title", "Job Zone", "Date", "Domain Source"],
                zones.Where(x => x.SourceId == id).Select(x => new[] { Code(x.RoleId), Title(x.RoleId), x.Zone.ToString(CultureInfo.InvariantCulture), OnetNames.FileDate(x.Date), x.DomainSource ?? "" }));
            Write(OnetFileKind.JobZoneReference, ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples", "SVP Range"],
                levels.Where(x => x.SourceId == id).Select(x => new[] { x.Zone.ToString(CultureInfo.InvariantCulture), x.Name, x.Experience, x.Education, x.Training, x.Examples, x.SvpRange }));
            Write(OnetFileKind.RelatedOccupations, [OnetColumns.Code, "Title", "Related O*NET-SOC Code", "Related Title", "Relatedness Tier", "Index"],
                related.Where(x => x.SourceId == id).Select(x => new[]
                {
                    Code(x.RoleId), Title(x.RoleId), Code(x.RelatedRoleId), Title(x.RelatedRoleId),
                    OnetNames.RelatedTierCode(x.Tier),
                    x.Index.ToString(CultureInfo.InvariantCulture),
                }));
            Write(OnetFileKind.AlternateTitles, [OnetColumns.Code, "Title", "Alternate Title", "Short Title", "Source(s)"],
                titles.Where(x => x.SourceId == id).Select(x => new[] { Code(x.RoleId), Title(x.RoleId), x.Title, x.ShortTitle ?? "", x.Sources ?? "" }));
            Write(OnetFileKind.Interests, [OnetColumns.Code, "Title", "Element Name", "Scale ID", "Data Value", "Date", "Domain Source"],
                interests.Where(x => x.SourceId == id).GroupBy(x => x.RoleId).SelectMany(g =>
                {
                    var lines = g.Where(x => x.Score is not null).Select(x => new[] { Code(g.Key), Title(g.Key), x.Interest.ToString(), "OI", N(x.Score), OnetNames.FileDate(x.Date), x.DomainSource ?? "" }).ToList();
                    var first = g.First();
                    string[] highPoints = ["First Interest High-Point", "Second Interest High-Point", "Third Interest High-Point"];
                    for (var rank = 1; rank <= 3; rank++)
                    {
                        var which = g.FirstOrDefault(x => x.HighPoint == rank) is { } hp ? (int)hp.Interest + 1 : 0;
                        lines.Add([Code(g.Key), Title(g.Key), highPoints[rank - 1], "IH", which.ToString(CultureInfo.InvariantCulture), OnetNames.FileDate(first.Date), first.DomainSource ?? ""]);
                    }
                    return lines;
                }));
            if (source == sources[^1])
            {
                // The elements' descriptions are not kept per release: the newest folder carries them.
                Write(OnetFileKind.ContentModelReference, ["Element ID", "Element Name", "Description"],
                    skills.Values.Where(s => s.ElementId is not null && s.Description is not null).OrderBy(s => s.ElementId, StringComparer.Ordinal)
                        .Select(s => new[] { s.ElementId!, s.Name, s.Description! }));
            }
            if (written.Count == 0)
                continue;
            var readMe = $"O*NET {source.Release} Database\n{OnetNames.MonthText(source.PublishedOn)} Release\n\n"
                + $"Exported from CareerExplorer: the rows of this release still in the database, as O*NET's tab-delimited text files.\n{OnetNames.Credit(source.Release!)}\n";
            files.Add((folder + OnetFiles.ReadMe, Encoding.UTF8.GetBytes(readMe)));
            files.AddRange(written);
        }
        return files;
    }

    private static byte[] Text(string[] header, List<string[]> rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join('\t', header)).Append('\n');
        foreach (var row in rows)
            text.Append(string.Join('\t', row.Select(c => c.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ')))).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string N(decimal? d) => d?.ToString("0.############", CultureInfo.InvariantCulture) ?? "";

    private static string YN(bool b) => b ? "Y" : "N";
}
