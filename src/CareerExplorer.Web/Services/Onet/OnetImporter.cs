using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Onet;

public sealed record OnetMergeResult(
    string Release, int RolesAdded, int RolesJoined, IReadOnlyList<KindCounts> Kinds, IReadOnlyList<string> AddedRoles,
    IReadOnlyList<SeedError> Problems, string SourceSlug)
{
    public string Summary =>
        $"{Release}: {RolesAdded} roles added, {RolesJoined} existing roles matched; "
        + string.Join("; ", Kinds.Where(k => k.Total > 0).Select(k => $"{k.Kind} +{k.Added} ~{k.Changed} ={k.Unchanged}"));
}

/// <summary>
/// Merges one O*NET release into the tracked entities (the caller saves, or clears for a
/// preview). Each occupation joins its role: the role already holding its O*NET-SOC code, else
/// for a ".00" code the role with that SOC 2018 code (from OEWS or the seed documents); other
/// occupations become roles of their own, within their SOC occupation's role. Then, per role and
/// per kind of content the release holds, its rows replace an older release's; a newer release's
/// rows are kept; the same release's rows are left alone when equal. So the database depends only
/// on which releases came, not on their order, and importing a release twice changes nothing.
/// Curated content (the articles') is in other tables and never touched.
/// </summary>
public sealed class OnetImporter(CareerDbContext db)
{
    public const string ImportedFrom = "onet";
    public const string CodeSystem = "O*NET-SOC";
    private const string SocSystem = "SOC 2018";

    private OnetRelease _release = null!;
    private Source _source = null!;
    private readonly List<SeedError> _problems = [];
    private readonly List<KindCounts> _kinds = [];
    private Dictionary<int, OnetVersion> _versions = null!;
    private Dictionary<string, Role> _roleOfCode = null!;
    private Dictionary<int, Role> _roleById = null!;
    private Dictionary<Role, string> _codeOfRole = null!;
    private Dictionary<string, Skill> _skillBySlug = null!;
    private Dictionary<string, Skill> _skillByElement = null!;
    private Dictionary<int, string> _skillSlugById = null!;

    /// <summary>The O*NET rows to add and delete: a quarter of a million for a whole release, written past the change tracker.</summary>
    public BulkRows Bulk { get; } = new();

    public async Task<OnetMergeResult> MergeAsync(OnetRelease release, CancellationToken ct = default)
    {
        _release = release;
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false; // a quarter of a million rows: detect once, at save
        try
        {
            _source = await EnsureSourceAsync(ct);
            _versions = (await db.Sources.AsNoTracking().Where(s => s.Dataset == Datasets.Onet).Select(s => new { s.Id, s.Release }).ToListAsync(ct))
                .Where(s => OnetVersion.TryParse(s.Release, out _))
                .ToDictionary(s => s.Id, s => { OnetVersion.TryParse(s.Release, out var v); return v; });
            var (added, joined, addedRoles) = await MergeOccupationsAsync(ct);
            if (_problems.Count == 0)
            {
                await MergeSkillsAsync(ct);
                await MergeKindsAsync(ct);
            }
            db.ChangeTracker.DetectChanges();
            return new OnetMergeResult(release.Title, added, joined, _kinds, addedRoles, _problems, _source.Slug);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private OnetVersion VersionOf(int sourceId) => sourceId == _source.Id ? _release.Version : _versions.GetValueOrDefault(sourceId);

    // Occupations and their roles.

    private async Task<(int Added, int Joined, List<string> AddedRoles)> MergeOccupationsAsync(CancellationToken ct)
    {
        var roles = await db.Roles.Include(r => r.OccupationCodes).AsSplitQuery().ToListAsync(ct);
        var occupations = await db.OnetOccupations.ToListAsync(ct);
        _roleById = roles.ToDictionary(r => r.Id);
        _roleOfCode = new Dictionary<string, Role>(StringComparer.Ordinal);
        _codeOfRole = [];
        foreach (var o in occupations)
        {
            _roleOfCode[o.Code] = _roleById[o.RoleId];
            _codeOfRole[_roleById[o.RoleId]] = o.Code;
        }
        var occupationByCode = occupations.ToDictionary(o => o.Code, StringComparer.Ordinal);
        var slugs = roles.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        var categoryOfMajor = roles.Where(r => r.ImportedFrom == OewsImporterName)
            .SelectMany(r => r.OccupationCodes.Where(c => c.System == SocSystem).Select(c => (Major: c.Code[..2], r.Category)))
            .GroupBy(x => x.Major).ToDictionary(g => g.Key, g => g.GroupBy(x => x.Category).OrderByDescending(c => c.Count()).First().Key);

        int added = 0, joined = 0;
        var addedRoles = new List<string>();
        var counts = Kind("Occupations");
        // ".00" first (codes sort so), so a specific occupation finds its SOC occupation's role.
        foreach (var row in _release.Occupations.OrderBy(o => o.Code, StringComparer.Ordinal))
        {
            var isSoc = row.Code.EndsWith(".00", StringComparison.Ordinal);
            var soc = row.Code[..7];
            if (!_roleOfCode.TryGetValue(row.Code, out var role))
            {
                role = roles.FirstOrDefault(r => r.OccupationCodes.Any(c => Direct(c) && c.System == CodeSystem && c.Code == row.Code))
                    ?? (isSoc ? roles.FirstOrDefault(r => !_codeOfRole.ContainsKey(r) && r.OccupationCodes.Any(c => Direct(c) && c.System == SocSystem && c.Code == soc)) : null);
                if (role is null)
                {
                    var parent = isSoc ? null : ParentOf(row.Code, roles);
                    role = new Role
                    {
                        Slug = Slugs.UniqueForCode(row.Title, row.Code, slugs), Title = row.Title,
                        Category = parent?.Category ?? categoryOfMajor.GetValueOrDefault(row.Code[..2]) ?? SocMajorGroups.Of(row.Code),
                        Summary = SummaryOf(row.Code, parent), ImportedFrom = ImportedFrom,
                    };
                    roles.Add(role);
                    db.Roles.Add(role);
                    added++;
                    addedRoles.Add($"{row.Title} ({row.Code})");
                    if (isSoc)
                        AddCode(role, SocSystem, soc, row.Title); // so OEWS figures for the SOC occupation join this role
                }
                else
                    joined++;
                _roleOfCode[row.Code] = role;
                _codeOfRole[role] = row.Code;
            }
            else
                joined++;

            if (!role.OccupationCodes.Any(c => Direct(c) && c.System == CodeSystem && c.Code == row.Code))
                AddCode(role, CodeSystem, row.Code, row.Title);
            if (!isSoc && ParentOf(row.Code, roles) is { } parentRole && role.ParentRole != parentRole)
                role.ParentRole = parentRole;

            if (!occupationByCode.TryGetValue(row.Code, out var occupation))
            {
                occupation = new OnetOccupation { Role = role, Code = row.Code, Title = row.Title, Description = row.Description, Source = _source };
                db.OnetOccupations.Add(occupation);
                occupationByCode[row.Code] = occupation;
                counts.Added++;
            }
            else if (VersionOf(occupation.SourceId) > _release.Version)
                counts.Unchanged++; // a newer release describes it
            else if (occupation.Title == row.Title && occupation.Description == row.Description && occupation.SourceId == _source.Id)
                counts.Unchanged++;
            else
            {
                (occupation.Title, occupation.Description, occupation.Source) = (row.Title, row.Description, _source);
                db.Entry(occupation).State = EntityState.Modified;
                counts.Changed++;
            }
            // A role O*NET made follows the newest release's title.
            if (role.ImportedFrom == ImportedFrom && occupation.Source == _source && role.Title != row.Title && role.Id != 0)
            {
                slugs.Remove(role.Slug);
                role.Title = row.Title;
                role.Slug = Slugs.UniqueForCode(row.Title, row.Code, slugs);
            }
        }
        db.ChangeTracker.DetectChanges();
        return (added, joined, addedRoles);
    }

    private const string OewsImporterName = Oews.OewsImporter.ImportedFrom;

    private static bool Direct(OccupationCode c) => c.CitedInId is null && c.CitedIn is null;

    /// <summary>The role of a specific occupation's SOC occupation: its ".00" occupation's, else the role with its SOC 2018 code.</summary>
    private Role? ParentOf(string code, List<Role> roles)
    {
        var soc = code[..7];
        return _roleOfCode.GetValueOrDefault(soc + ".00")
            ?? roles.FirstOrDefault(r => r.OccupationCodes.Any(c => Direct(c) && c.System == SocSystem && c.Code == soc)
                && !(_codeOfRole.TryGetValue(r, out var own) && !own.EndsWith(".00", StringComparison.Ordinal)));
    }

    private void AddCode(Role role, string system, string code, string title)
    {
        var added = new OccupationCode { Role = role, System = system, Code = code, Title = Trim(title, TextLimits.CodeTitle), Source = _source };
        role.OccupationCodes.Add(added);
        db.OccupationCodes.Add(added);
    }

    private static string SummaryOf(string code, Role? parent) => parent is null
        ? $"O*NET occupation {code}: what the work is, the skills and preparation it takes."
        : $"O*NET occupation {code}, a specialty within {parent.Title}.";

    /// <summary>The role of a code another file names: one of the release's occupations or one already stored; else a problem.</summary>
    private Role? RoleOf(string code, string file, long line, string column = OnetColumns.Code)
    {
        if (_roleOfCode.TryGetValue(code, out var role))
            return role;
        _problems.Add(new SeedError(file, $"{code} is not an O*NET occupation: neither this release's Occupation Data nor an earlier release lists it.", line, column));
        return null;
    }

    // Skills, knowledge areas and technologies are skills of the site, joined by name with the articles' ones.

    private async Task MergeSkillsAsync(CancellationToken ct)
    {
        var skills = await db.Skills.ToListAsync(ct);
        _skillBySlug = skills.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        _skillByElement = skills.Where(s => s.ElementId is not null).GroupBy(s => s.ElementId!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _skillSlugById = skills.ToDictionary(s => s.Id, s => s.Slug);
        // Knowledge first: a name both files use ("Mathematics") is the knowledge area the
        // articles mean; the skill of that name becomes "Mathematics (skill)".
        foreach (var rating in _release.Ratings.OrderBy(r => r.Kind == SkillKind.Knowledge ? 0 : 1).DistinctBy(r => r.ElementId))
        {
            if (_skillByElement.ContainsKey(rating.ElementId))
                continue;
            var skill = SkillFor(rating.ElementName, rating.Kind, null);
            if (skill.ElementId is not null && skill.ElementId != rating.ElementId)
                skill = SkillFor($"{rating.ElementName} ({(rating.Kind == SkillKind.Knowledge ? "knowledge" : "skill")})", rating.Kind, null);
            if (skill.ElementId is null)
            {
                skill.ElementId = rating.ElementId;
                Touch(skill);
            }
            _skillByElement[rating.ElementId] = skill;
        }
        // The content model describes every element, whichever files of the release came with it.
        foreach (var element in _release.Elements)
        {
            if (_skillByElement.TryGetValue(element.ElementId, out var skill) && skill.Description != element.Description)
            {
                skill.Description = element.Description;
                Touch(skill);
            }
        }
        foreach (var tech in _release.Technologies.DistinctBy(t => Slugs.From(t.Example)))
            SkillFor(tech.Example, SkillKind.Tool, tech.CommodityTitle);
    }

    private void Touch(Skill skill)
    {
        if (skill.Id != 0)
            db.Entry(skill).State = EntityState.Modified;
    }

    private Skill SkillFor(string name, SkillKind kind, string? group)
    {
        var slug = SlugOf(name);
        if (_skillBySlug.TryGetValue(slug, out var skill))
            return skill;
        skill = new Skill { Slug = slug, Name = Trim(name, TextLimits.SkillName), Kind = kind, Group = group is null ? null : Trim(group, TextLimits.SkillGroup) };
        db.Skills.Add(skill);
        _skillBySlug[slug] = skill;
        return skill;
    }

    private Skill RatedSkill(OnetRatingRow row) => _skillByElement[row.ElementId];

    private string SkillKey(Skill? skill, int id) => skill?.Slug ?? _skillSlugById.GetValueOrDefault(id) ?? id.ToString(CultureInfo.InvariantCulture);

    // The kinds of content, each replaced per role.

    private async Task MergeKindsAsync(CancellationToken ct)
    {
        await ReplaceAsync(OnetFileKind.TaskStatements, "Tasks", db.OnetTasks, _release.Tasks, r => (r.Code, r.File, r.Line),
            r => new OnetTask { TaskId = r.TaskId, Text = r.Text, Type = r.Type, IncumbentsResponding = r.IncumbentsResponding, Date = r.Date, DomainSource = r.DomainSource },
            t => $"{t.TaskId}\t{t.Text}\t{t.Type}\t{N(t.IncumbentsResponding)}\t{t.Date}\t{t.DomainSource}", ct);

        foreach (var (kind, file, label) in new[] { (SkillKind.Skill, OnetFileKind.Skills, "Skill ratings"), (SkillKind.Knowledge, OnetFileKind.Knowledge, "Knowledge ratings") })
        {
            await ReplaceAsync(file, label, db.OnetRatings.Where(r => r.Kind == kind), _release.Ratings.Where(r => r.Kind == kind), r => (r.Code, r.File, r.Line),
                r => new OnetRating
                {
                    Skill = RatedSkill(r), Kind = r.Kind, Importance = r.Importance, ImportanceN = r.ImportanceN, ImportanceSuppressed = r.ImportanceSuppressed,
                    Level = r.Level, LevelN = r.LevelN, LevelSuppressed = r.LevelSuppressed, LevelNotRelevant = r.LevelNotRelevant, Date = r.Date, DomainSource = r.DomainSource,
                },
                r => $"{SkillKey(r.Skill, r.SkillId)}\t{N(r.Importance)}\t{N(r.ImportanceN)}\t{r.ImportanceSuppressed}\t{N(r.Level)}\t{N(r.LevelN)}\t{r.LevelSuppressed}\t{r.LevelNotRelevant}\t{r.Date}\t{r.DomainSource}", ct);
        }

        await ReplaceAsync(OnetFileKind.TechnologySkills, "Technologies", db.OnetTechnologies, _release.Technologies, r => (r.Code, r.File, r.Line),
            r => new OnetTechnology { Skill = _skillBySlug[SlugOf(r.Example)], CommodityCode = r.CommodityCode, CommodityTitle = r.CommodityTitle, IsHot = r.IsHot, IsInDemand = r.IsInDemand },
            t => $"{SkillKey(t.Skill, t.SkillId)}\t{t.CommodityCode}\t{t.CommodityTitle}\t{t.IsHot}\t{t.IsInDemand}", ct);

        if (_release.Kinds.Contains(OnetFileKind.EducationTrainingExperience))
        {
            var categories = (await db.OnetTrainingShares.AsNoTracking().Select(s => new { s.Scale, s.Category, s.CategoryText }).Distinct().ToListAsync(ct))
                .GroupBy(c => (c.Scale, c.Category)).ToDictionary(g => g.Key, g => g.First().CategoryText);
            foreach (var c in _release.Categories)
                categories[(c.Scale, c.Category)] = c.Text;
            foreach (var row in _release.Shares.Where(s => !categories.ContainsKey((s.Scale, s.Category))).DistinctBy(s => (s.Scale, s.Category)))
                _problems.Add(new SeedError(row.File, $"Category {row.Category} of {row.Scale} is not described: bring the release's “Education, Training, and Experience Categories” file with it.", row.Line, "Category"));
            if (_problems.Count > 0)
                return;
            await ReplaceAsync(OnetFileKind.EducationTrainingExperience, "Education and training shares", db.OnetTrainingShares, _release.Shares, r => (r.Code, r.File, r.Line),
                r => new OnetTrainingShare { Scale = r.Scale, Category = r.Category, CategoryText = categories[(r.Scale, r.Category)], Percent = r.Percent, N = r.N, Suppressed = r.Suppressed, Date = r.Date, DomainSource = r.DomainSource },
                s => $"{s.Scale}\t{s.Category}\t{s.CategoryText}\t{N(s.Percent)}\t{N(s.N)}\t{s.Suppressed}\t{s.Date}\t{s.DomainSource}", ct);
        }

        await ReplaceAsync(OnetFileKind.JobZones, "Job zones", db.OnetJobZones, _release.JobZones, r => (r.Code, r.File, r.Line),
            r => new OnetJobZone { Zone = r.Zone, Date = r.Date, DomainSource = r.DomainSource },
            z => $"{z.Zone}\t{z.Date}\t{z.DomainSource}", ct);

        await ReplaceAsync(OnetFileKind.Interests, "Interests", db.OnetInterests, _release.Interests, r => (r.Code, r.File, r.Line),
            r => new OnetInterest { Interest = r.Interest, Score = r.Score, HighPoint = r.HighPoint, Date = r.Date, DomainSource = r.DomainSource },
            i => $"{i.Interest}\t{N(i.Score)}\t{i.HighPoint}\t{i.Date}\t{i.DomainSource}", ct);

        var related = _release.Related.Where(r => RoleOf(r.RelatedCode, r.File, r.Line, "Related O*NET-SOC Code") is not null).ToList();
        await ReplaceAsync(OnetFileKind.RelatedOccupations, "Related occupations", db.OnetRelated, related, r => (r.Code, r.File, r.Line),
            r => new OnetRelated { RelatedRole = _roleOfCode[r.RelatedCode], Tier = r.Tier, Index = r.Index },
            r => $"{CodeOf(r.RelatedRole, r.RelatedRoleId)}\t{r.Tier}\t{r.Index}", ct);

        await ReplaceAsync(OnetFileKind.AlternateTitles, "Alternate titles", db.OnetAlternateTitles, _release.AlternateTitles, r => (r.Code, r.File, r.Line),
            r => new OnetAlternateTitle { Title = r.Title, ShortTitle = r.ShortTitle, Sources = r.Sources },
            t => $"{t.Title}\t{t.ShortTitle}\t{t.Sources}", ct);

        if (_release.Kinds.Contains(OnetFileKind.JobZoneReference))
            await MergeJobZoneLevelsAsync(ct);
    }

    private string CodeOf(Role? role, int id) =>
        (role ?? _roleById.GetValueOrDefault(id)) is { } r && _codeOfRole.TryGetValue(r, out var code) ? code : id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A skill's slug from its name; a name of no letters or digits gets one from its hash.</summary>
    private static string SlugOf(string name)
    {
        var slug = Slugs.From(name);
        return slug.Length > TextLimits.Slug ? slug[..TextLimits.Slug].TrimEnd('-') : slug.Length == 0
            ? "skill-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..8].ToLowerInvariant()
            : slug;
    }

    /// <summary>
    /// One kind of content: per role the release covers, its rows replace those of an older release
    /// (or of the same release when they differ); a newer release's rows stay. Roles the release
    /// does not cover keep theirs.
    /// </summary>
    private async Task ReplaceAsync<TRow, TEntity>(OnetFileKind kind, string label, IQueryable<TEntity> stored, IEnumerable<TRow> rows,
        Func<TRow, (string Code, string File, long Line)> where, Func<TRow, TEntity> create, Func<TEntity, string> signature, CancellationToken ct)
        where TEntity : OnetRow
    {
        if (!_release.Kinds.Contains(kind))
            return;
        var counts = Kind(label);
        var existing = (await stored.AsNoTracking().ToListAsync(ct)).ToLookup(e => e.RoleId);
        foreach (var group in rows.GroupBy(r => where(r).Code, StringComparer.Ordinal))
        {
            var first = where(group.First());
            if (RoleOf(group.Key, first.File, first.Line) is not { } role)
                continue;
            var fresh = group.Select(create).ToList();
            var old = role.Id == 0 ? [] : existing[role.Id].ToList();
            if (old.Count > 0)
            {
                var oldVersion = old.Max(o => VersionOf(o.SourceId));
                if (oldVersion > _release.Version)
                {
                    counts.Unchanged += fresh.Count; // a newer release gave this role's rows
                    continue;
                }
                if (oldVersion == _release.Version && old.Select(signature).Order(StringComparer.Ordinal).SequenceEqual(fresh.Select(signature).Order(StringComparer.Ordinal)))
                {
                    counts.Unchanged += fresh.Count;
                    continue;
                }
                foreach (var o in old)
                    Bulk.Delete(o);
                counts.Changed += fresh.Count;
                if (counts.ChangedExamples.Count < 10)
                    counts.ChangedExamples.Add($"{role.Title}: {old.Count} rows of {ReleaseOf(old[0].SourceId)} replaced by {fresh.Count}");
            }
            else
            {
                counts.Added += fresh.Count;
                if (counts.AddedExamples.Count < 10)
                    counts.AddedExamples.Add($"{role.Title}: {fresh.Count}");
            }
            foreach (var entity in fresh)
            {
                entity.Role = role;
                entity.Source = _source;
                Bulk.Insert(entity);
            }
        }
    }

    private string ReleaseOf(int sourceId) => $"O*NET {VersionOf(sourceId)}";

    private async Task MergeJobZoneLevelsAsync(CancellationToken ct)
    {
        var counts = Kind("Job zone meanings");
        var stored = await db.OnetJobZoneLevels.ToDictionaryAsync(z => z.Zone, ct);
        foreach (var row in _release.JobZoneLevels)
        {
            if (!stored.TryGetValue(row.Zone, out var level))
            {
                db.OnetJobZoneLevels.Add(new OnetJobZoneLevel
                {
                    Zone = row.Zone, Name = row.Name, Experience = row.Experience, Education = row.Education, Training = row.Training,
                    Examples = row.Examples, SvpRange = row.SvpRange, Source = _source,
                });
                counts.Added++;
                continue;
            }
            var same = level.Name == row.Name && level.Experience == row.Experience && level.Education == row.Education
                && level.Training == row.Training && level.Examples == row.Examples && level.SvpRange == row.SvpRange;
            if (VersionOf(level.SourceId) > _release.Version || same && level.SourceId == _source.Id)
            {
                counts.Unchanged++;
                continue;
            }
            (level.Name, level.Experience, level.Education, level.Training, level.Examples, level.SvpRange, level.Source) =
                (row.Name, row.Experience, row.Education, row.Training, row.Examples, row.SvpRange, _source);
            db.Entry(level).State = EntityState.Modified;
            counts.Changed++;
        }
    }

    private async Task<Source> EnsureSourceAsync(CancellationToken ct)
    {
        var version = _release.Version.ToString();
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Dataset == Datasets.Onet && s.Release == version, ct);
        if (source is null)
        {
            var slug = SourceSlug(_release.Version);
            for (var i = 2; await db.Sources.AnyAsync(s => s.Slug == slug, ct); i++)
                slug = $"{SourceSlug(_release.Version)}-{i}";
            source = new Source { Slug = slug, Publisher = OnetNames.Publisher, Title = "", Dataset = Datasets.Onet, Release = version };
            db.Sources.Add(source);
        }
        source.Title = $"O*NET {version} Database";
        source.Kind = SourceKind.OccupationalDatabase;
        source.Url = "https://www.onetcenter.org/database.html";
        source.ReleasePeriod = OnetNames.MonthText(_release.Released);
        source.Year = int.Parse(_release.Released[..4], CultureInfo.InvariantCulture);
        source.PublishedOn = _release.Released;
        source.Note = "What each occupation involves: tasks, skills, knowledge, technology, education and training, interests, related occupations, other titles. "
            + "Ratings come from surveys of workers and occupation experts, and from O*NET analysts; each row carries the month it was collected or updated. "
            + OnetNames.Credit(version);
        if (source.Id != 0)
            db.Entry(source).State = EntityState.Modified;
        return source;
    }

    /// <summary>"onet-29-0".</summary>
    public static string SourceSlug(OnetVersion version) => $"onet-{version.Major}-{version.Minor}";

    private KindCounts Kind(string name)
    {
        var counts = new KindCounts(name);
        _kinds.Add(counts);
        return counts;
    }

    private static string N(decimal? d) => d?.ToString("0.############", CultureInfo.InvariantCulture) ?? "";

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];
}
