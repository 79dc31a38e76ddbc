namespace CareerExplorer.Web.Services.Importing;

/// <summary>How one kind of record fared in a merge.</summary>
public sealed class KindCounts(string kind)
{
    public string Kind { get; } = kind;
    public int Added { get; set; }
    public int Changed { get; set; }
    public int Unchanged { get; set; }
    public List<string> AddedExamples { get; } = [];
    public List<string> ChangedExamples { get; } = [];
    public int Total => Added + Changed + Unchanged;
}

public sealed record MergeResult(IReadOnlyList<KindCounts> Kinds, IReadOnlyList<SeedError> Errors)
{
    public int Added => Kinds.Sum(k => k.Added);
    public int Changed => Kinds.Sum(k => k.Changed);
    public int Unchanged => Kinds.Sum(k => k.Unchanged);
}

/// <summary>
/// Merges a data set in the data/seed format into the database's tracked entities: a record whose
/// key (slug, code, year, or a figure's identifying fields) is new is added, one that exists and
/// differs is changed, the rest are unchanged. Nothing is ever deleted. Every problem is collected
/// with its file, line and field. The caller saves (commit) or clears the tracker (preview).
/// </summary>
public sealed class SeedMerger
{
    private const int Examples = 10;
    private readonly CareerDbContext _db;
    private readonly SeedDataSet _set;
    private readonly IReadOnlyDictionary<(string File, int Index), long>? _lines;
    private readonly TimeProvider _clock;
    private readonly bool _intoEmpty;
    private readonly List<SeedError> _errors = [];
    private readonly List<KindCounts> _kinds = [];

    private Dictionary<string, Source> _sources = null!;
    private Dictionary<string, Geography> _geographies = null!;
    private Dictionary<string, Role> _roles = null!;
    private Dictionary<string, Skill> _skills = null!;

    private SeedMerger(CareerDbContext db, SeedDataSet set, IReadOnlyDictionary<(string, int), long>? lines, TimeProvider clock, bool intoEmpty)
    {
        _intoEmpty = intoEmpty;
        _db = db;
        _set = set;
        _lines = lines;
        _clock = clock;
    }

    public static async Task<MergeResult> MergeAsync(CareerDbContext db, SeedDataSet set, TimeProvider clock,
        IReadOnlyDictionary<(string, int), long>? lines = null, CancellationToken ct = default, bool intoEmpty = false)
    {
        var merger = new SeedMerger(db, set, lines, clock, intoEmpty);
        await merger.RunAsync(ct);
        return new MergeResult(merger._kinds.Where(k => k.Total > 0).ToList(), merger._errors);
    }

    /// <summary>
    /// The records already stored. Seeding a new database skips the queries: there is nothing to
    /// find, and compiling a dozen queries is most of the first start's seeding time.
    /// </summary>
    private async Task<List<T>> ExistingAsync<T>(IQueryable<T> query, CancellationToken ct) =>
        _intoEmpty ? [] : await query.ToListAsync(ct);

    private async Task RunAsync(CancellationToken ct)
    {
        _geographies = (await ExistingAsync(_db.Geographies, ct)).ToDictionary(g => g.Code, StringComparer.Ordinal);
        _sources = (await ExistingAsync(_db.Sources, ct)).ToDictionary(s => s.Slug, StringComparer.Ordinal);
        _roles = (await ExistingAsync(_db.Roles.Include(r => r.Aliases).Include(r => r.Tasks).Include(r => r.OccupationCodes).Include(r => r.Documents)
            .AsSplitQuery(), ct)).ToDictionary(r => r.Slug, StringComparer.Ordinal);
        _skills = (await ExistingAsync(_db.Skills, ct)).ToDictionary(s => s.Slug, StringComparer.Ordinal);

        MergeGeographies();
        MergeSources();
        MergeRoles();
        MergeSkills();
        await MergeRoleSkillsAsync(ct);
        await MergeSalaryFiguresAsync(ct);
        await MergeOutlookFiguresAsync(ct);
        await MergeCareerStepsAsync(ct);
        await MergeEducationStepsAsync(ct);
        await MergeCpiAsync(ct);
        await MergeProjectionsAsync(ct);
    }

    // ---- one method per kind ------------------------------------------------------------------

    private void MergeGeographies()
    {
        var counts = Kind("Geographies");
        Each(SeedFiles.Geographies, _set.Geographies, (g, at) =>
        {
            if (!Once(SeedFiles.Geographies, at, "code", "geography code", g.Code))
                return;
            Text(SeedFiles.Geographies, at, "code", g.Code, TextLimits.GeographyCode);
            Text(SeedFiles.Geographies, at, "name", g.Name, TextLimits.GeographyName);
            if (_geographies.TryGetValue(g.Code, out var existing))
                Update(counts, g.Code, existing.Name == g.Name && existing.Kind == g.Kind, () => { existing.Name = g.Name; existing.Kind = g.Kind; });
            else
                Add(counts, g.Code, () => _db.Geographies.Add(_geographies[g.Code] = new Geography { Code = g.Code, Name = g.Name, Kind = g.Kind }));
        });
    }

    private void MergeSources()
    {
        var counts = Kind("Sources");
        Each(SeedFiles.Sources, _set.Sources, (s, at) =>
        {
            if (!Slug(SeedFiles.Sources, at, s.Slug) || !Once(SeedFiles.Sources, at, "slug", "source slug", s.Slug))
                return;
            Text(SeedFiles.Sources, at, "publisher", s.Publisher, TextLimits.Publisher);
            Text(SeedFiles.Sources, at, "title", s.Title, TextLimits.SourceTitle);
            Text(SeedFiles.Sources, at, "url", s.Url, TextLimits.Url, required: false);
            Text(SeedFiles.Sources, at, "releasePeriod", s.ReleasePeriod, TextLimits.ReleasePeriod, required: false);
            Text(SeedFiles.Sources, at, "seedFile", s.SeedFile, TextLimits.SeedFile, required: false);
            Text(SeedFiles.Sources, at, "note", s.Note, TextLimits.SourceNote, required: false, multiLine: true);
            if (s.Url is not null && !Formats.IsHttpUrl(s.Url))
                Error(SeedFiles.Sources, at, "url", $"'{Shorten(s.Url)}' is not an http(s) URL.");
            if (s.PublishedOn is not null && !Formats.PartialDate().IsMatch(s.PublishedOn))
                Error(SeedFiles.Sources, at, "publishedOn", "Use YYYY, YYYY-MM or YYYY-MM-DD.");
            if (s.Year is { } y && (y < Bounds.MinYear || y > Bounds.MaxYear(_clock)))
                Error(SeedFiles.Sources, at, "year", $"The year must be between {Bounds.MinYear} and {Bounds.MaxYear(_clock)}.");
            DatasetRelease(at, s);
            void Apply(Source e)
            {
                e.Publisher = s.Publisher; e.Title = s.Title; e.Url = s.Url; e.Kind = s.Kind; e.ReleasePeriod = s.ReleasePeriod;
                e.Year = s.Year; e.PublishedOn = s.PublishedOn; e.SeedFile = s.SeedFile; e.Note = s.Note; e.Dataset = s.Dataset; e.Release = s.Release;
            }
            if (_sources.TryGetValue(s.Slug, out var existing))
                Update(counts, s.Slug, existing.Publisher == s.Publisher && existing.Title == s.Title && existing.Url == s.Url && existing.Kind == s.Kind
                    && existing.ReleasePeriod == s.ReleasePeriod && existing.Year == s.Year && existing.PublishedOn == s.PublishedOn
                    && existing.SeedFile == s.SeedFile && existing.Note == s.Note && existing.Dataset == s.Dataset && existing.Release == s.Release,
                    () => Apply(existing));
            else
                Add(counts, s.Slug, () =>
                {
                    var source = new Source { Slug = s.Slug, Publisher = "", Title = "" };
                    Apply(source);
                    _db.Sources.Add(_sources[s.Slug] = source);
                });
        });
    }

    private readonly Dictionary<(string, string), string> _releasesSeen = [];

    /// <summary>
    /// A source that is a release of an official dataset names a known dataset and a release, both
    /// or neither, and no other source (in the file or stored under another slug) is that release.
    /// </summary>
    private void DatasetRelease(int at, SourceRecord s)
    {
        if (s.Dataset is null && s.Release is null)
            return;
        if (s.Dataset is null || s.Release is null)
        {
            Error(SeedFiles.Sources, at, s.Dataset is null ? "dataset" : "release", "A source of an official dataset names both the dataset and its release, or neither.");
            return;
        }
        if (!Datasets.IsKnown(s.Dataset))
            Error(SeedFiles.Sources, at, "dataset", $"'{Shorten(s.Dataset)}' is not a known dataset; the known ones: {string.Join(", ", Datasets.Known)}.");
        if (!Datasets.IsRelease(s.Dataset, s.Release))
            Error(SeedFiles.Sources, at, "release", $"'{Shorten(s.Release)}' is not a release: {Datasets.ReleaseRule(s.Dataset)}.");
        var other = _releasesSeen.GetValueOrDefault((s.Dataset, s.Release))
            ?? _sources.Values.FirstOrDefault(e => e.Dataset == s.Dataset && e.Release == s.Release && e.Slug != s.Slug)?.Slug;
        if (other is not null)
            Error(SeedFiles.Sources, at, "release", $"{s.Dataset} {s.Release} is already the source '{other}'; a release is one source.");
        else
            _releasesSeen[(s.Dataset, s.Release)] = s.Slug;
    }

    private void MergeRoles()
    {
        const string file = SeedFiles.Roles;
        var counts = Kind("Roles");
        Each(file, _set.Roles, (r, at) =>
        {
            if (!Slug(file, at, r.Slug) || !Once(file, at, "slug", "role slug", r.Slug))
                return;
            Text(file, at, "title", r.Title, TextLimits.RoleTitle);
            Text(file, at, "category", r.Category, TextLimits.Category);
            Text(file, at, "summary", r.Summary, TextLimits.Summary, multiLine: true);
            Text(file, at, "description", r.Description, TextLimits.Description, required: false, multiLine: true);
            Text(file, at, "typicalEducation", r.TypicalEducation, TextLimits.TypicalEducation, required: false);
            Text(file, at, "importedFrom", r.ImportedFrom, TextLimits.ImportedFrom, required: false);
            var aliases = (r.Aliases ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var alias in aliases)
                Text(file, at, "aliases", alias, TextLimits.AliasName);
            foreach (var task in r.Tasks ?? [])
                Text(file, at, "tasks", task.Text, TextLimits.TaskText, multiLine: true);
            foreach (var code in r.OccupationCodes ?? [])
            {
                Text(file, at, "occupationCodes", code.System, TextLimits.CodeSystem);
                Text(file, at, "occupationCodes", code.Code, TextLimits.Code);
                Text(file, at, "occupationCodes", code.Title, TextLimits.CodeTitle);
                Text(file, at, "occupationCodes", code.Note, TextLimits.Note, required: false, multiLine: true);
            }
            var documents = new List<Source>();
            foreach (var doc in r.Documents ?? [])
            {
                if (SourceRef(file, at, "documents", doc) is not { } source)
                    continue;
                if (source.SeedFile is null)
                    Error(file, at, "documents", $"'{doc}' is not one of the seed documents.");
                documents.Add(source);
            }
            var tasks = (r.Tasks ?? []).Select(t => (t.Text, Source: SourceRef(file, at, "tasks", t.Source), CitedIn: t.CitedIn is null ? null : SourceRef(file, at, "tasks", t.CitedIn))).ToList();
            var codes = (r.OccupationCodes ?? []).Select(c => (c.System, c.Code, c.Title, c.Note, Source: SourceRef(file, at, "occupationCodes", c.Source), CitedIn: c.CitedIn is null ? null : SourceRef(file, at, "occupationCodes", c.CitedIn))).ToList();
            if (tasks.Any(t => t.Source is null) || codes.Any(c => c.Source is null))
                return;

            void Apply(Role role)
            {
                role.Title = r.Title; role.Category = r.Category; role.Summary = r.Summary; role.Description = r.Description; role.TypicalEducation = r.TypicalEducation;
                role.ImportedFrom = r.ImportedFrom;
                role.Aliases.RemoveAll(a => !aliases.Contains(a.Name, StringComparer.Ordinal));
                foreach (var name in aliases.Where(n => role.Aliases.All(a => a.Name != n)))
                    role.Aliases.Add(new RoleAlias { Name = name });
                role.Documents.RemoveAll(d => !documents.Contains(d));
                role.Documents.AddRange(documents.Where(d => !role.Documents.Contains(d)));
                if (!SameTasks(role))
                {
                    role.Tasks.Clear();
                    role.Tasks.AddRange(tasks.Select((t, i) => new RoleTask { Text = t.Text, Position = i, Source = t.Source!, CitedIn = t.CitedIn }));
                }
                if (!SameCodes(role))
                {
                    role.OccupationCodes.Clear();
                    role.OccupationCodes.AddRange(codes.Select(c => new OccupationCode { System = c.System, Code = c.Code, Title = c.Title, Note = c.Note, Source = c.Source!, CitedIn = c.CitedIn }));
                }
            }
            bool SameTasks(Role role) => role.Tasks.OrderBy(t => t.Position).Select(t => (t.Text, t.Source, t.CitedIn)).SequenceEqual(tasks.Select(t => (t.Text, t.Source!, t.CitedIn)));
            bool SameCodes(Role role) => role.OccupationCodes.OrderBy(c => c.Id).Select(c => (c.System, c.Code, c.Title, c.Note, c.Source, c.CitedIn))
                .SequenceEqual(codes.Select(c => (c.System, c.Code, c.Title, c.Note, c.Source!, c.CitedIn)));

            if (_roles.TryGetValue(r.Slug, out var existing))
                Update(counts, r.Slug, existing.Title == r.Title && existing.Category == r.Category && existing.Summary == r.Summary
                    && existing.Description == r.Description && existing.TypicalEducation == r.TypicalEducation && existing.ImportedFrom == r.ImportedFrom
                    && existing.Aliases.Select(a => a.Name).Order().SequenceEqual(aliases.Order())
                    && existing.Documents.Select(d => d.Slug).Order().SequenceEqual(documents.Select(d => d.Slug).Order())
                    && SameTasks(existing) && SameCodes(existing), () => Apply(existing));
            else
                Add(counts, r.Slug, () =>
                {
                    var role = new Role { Slug = r.Slug, Title = "", Category = "", Summary = "" };
                    Apply(role);
                    _db.Roles.Add(_roles[r.Slug] = role);
                });
        });
    }

    private void MergeSkills()
    {
        var counts = Kind("Skills");
        Each(SeedFiles.Skills, _set.Skills, (s, at) =>
        {
            if (!Slug(SeedFiles.Skills, at, s.Slug) || !Once(SeedFiles.Skills, at, "slug", "skill slug", s.Slug))
                return;
            Text(SeedFiles.Skills, at, "name", s.Name, TextLimits.SkillName);
            Text(SeedFiles.Skills, at, "group", s.Group, TextLimits.SkillGroup, required: false);
            if (_skills.TryGetValue(s.Slug, out var existing))
                Update(counts, s.Slug, existing.Name == s.Name && existing.Kind == s.Kind && existing.Group == s.Group,
                    () => { existing.Name = s.Name; existing.Kind = s.Kind; existing.Group = s.Group; });
            else
                Add(counts, s.Slug, () => _db.Skills.Add(_skills[s.Slug] = new Skill { Slug = s.Slug, Name = s.Name, Kind = s.Kind, Group = s.Group }));
        });
    }

    private async Task MergeRoleSkillsAsync(CancellationToken ct)
    {
        const string file = SeedFiles.RoleSkills;
        var counts = Kind("Role skills");
        if (_set.RoleSkills.Count == 0) return;
        var existing = (await ExistingAsync(_db.RoleSkills, ct)).ToDictionary(x => (x.RoleId, x.SkillId, x.SourceId, x.CitedInId));
        var seen = new HashSet<(string, string, string, string?)>();
        Each(file, _set.RoleSkills, (r, at) =>
        {
            var role = RoleRef(file, at, "role", r.Role);
            var skill = Ref(_skills, file, at, "skill", r.Skill, "skill");
            var (source, citedIn, ok) = Provenance(file, at, r.Source, r.CitedIn);
            Text(file, at, "note", r.Note, TextLimits.Note, required: false, multiLine: true);
            if (role is null || skill is null || !ok)
                return;
            if (!seen.Add((r.Role, r.Skill, r.Source, r.CitedIn)))
            {
                Error(file, at, null, $"Duplicate role-skill '{r.Role}' / '{r.Skill}' from '{r.Source}'.");
                return;
            }
            var label = $"{r.Role} needs {r.Skill}";
            if (role.Id > 0 && skill.Id > 0 && existing.TryGetValue((role.Id, skill.Id, source!.Id, citedIn?.Id), out var found))
                Update(counts, label, found.Note == r.Note, () => found.Note = r.Note);
            else
                Add(counts, label, () => _db.RoleSkills.Add(new RoleSkill { Role = role, Skill = skill, Source = source!, CitedIn = citedIn, Note = r.Note }));
        });
    }

    private async Task MergeSalaryFiguresAsync(CancellationToken ct)
    {
        const string file = SeedFiles.SalaryFigures;
        var counts = Kind("Salary figures");
        if (_set.SalaryFigures.Count == 0) return;
        var existing = (await ExistingAsync(_db.SalaryFigures, ct))
            .GroupBy(f => (f.RoleId, f.Statistic, f.PayComponent, f.Basis, f.GeographyId, f.Year, f.Month, f.SourceId, f.CitedInId, f.Quote))
            .ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<(string, SalaryStatistic, PayComponent, PayBasis, string, int, int?, string, string?, string)>();
        Each(file, _set.SalaryFigures, (f, at) =>
        {
            var role = RoleRef(file, at, "role", f.Role);
            var geography = Ref(_geographies, file, at, "geography", f.Geography, "geography");
            var (source, citedIn, ok) = Provenance(file, at, f.Source, f.CitedIn);
            var candidate = new SalaryFigure
            {
                Role = role!, Statistic = f.Statistic, PayComponent = f.PayComponent, Basis = f.Basis, Amount = f.Amount, Low = f.Low, High = f.High,
                IsTopCoded = f.TopCoded ?? false, Currency = f.Currency, Geography = geography!, Year = f.Year, Month = f.Month,
                Source = source!, CitedIn = citedIn, Quote = f.Quote, Note = f.Note,
                IsNotPublished = f.NotPublished ?? false, RelativeStandardError = f.RelativeStandardError,
            };
            if (!FigureIsValid(file, at, FigureRules.Validate(candidate.ToFacts(), _clock), source, geography) || role is null || !ok)
                return;
            if (!seen.Add((f.Role, f.Statistic, f.PayComponent, f.Basis, f.Geography, f.Year, f.Month, f.Source, f.CitedIn, f.Quote)))
            {
                Error(file, at, null, $"Duplicate figure: the same {f.Statistic.ToString().ToLowerInvariant()} for '{f.Role}' from '{f.Source}' for {f.Year} with the same quote appears earlier in the file.");
                return;
            }
            var label = $"{f.Role}: {Display.Statistic(f.Statistic).ToLowerInvariant()} {Display.Amount(f.Amount, f.Low, f.High, f.IsTopCodedOrFalse(), f.Currency)} {f.Basis.ToString().ToLowerInvariant()}, {f.Year} ({f.Source})";
            if (role.Id > 0 && source!.Id > 0 && geography!.Id > 0
                && existing.TryGetValue((role.Id, f.Statistic, f.PayComponent, f.Basis, geography.Id, f.Year, f.Month, source.Id, citedIn?.Id, f.Quote), out var found))
                Update(counts, label, found.Amount == f.Amount && found.Low == f.Low && found.High == f.High && found.IsTopCoded == candidate.IsTopCoded
                    && found.IsNotPublished == candidate.IsNotPublished && found.RelativeStandardError == f.RelativeStandardError
                    && found.Currency == f.Currency && found.Note == f.Note,
                    () =>
                    {
                        found.Amount = f.Amount; found.Low = f.Low; found.High = f.High; found.IsTopCoded = candidate.IsTopCoded;
                        found.IsNotPublished = candidate.IsNotPublished; found.RelativeStandardError = f.RelativeStandardError;
                        found.Currency = f.Currency; found.Note = f.Note;
                    });
            else
                Add(counts, label, () => _db.SalaryFigures.Add(candidate));
        });
    }

    private async Task MergeOutlookFiguresAsync(CancellationToken ct)
    {
        const string file = SeedFiles.OutlookFigures;
        var counts = Kind("Outlook figures");
        if (_set.OutlookFigures.Count == 0) return;
        var existing = (await ExistingAsync(_db.OutlookFigures, ct))
            .GroupBy(f => (f.RoleId, f.Kind, f.Unit, f.GeographyId, f.Year, f.StartYear, f.EndYear, f.SourceId, f.CitedInId, f.Quote))
            .ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<(string, OutlookKind, OutlookUnit, string, int, int?, int?, string, string?, string)>();
        Each(file, _set.OutlookFigures, (f, at) =>
        {
            var role = RoleRef(file, at, "role", f.Role);
            var geography = Ref(_geographies, file, at, "geography", f.Geography, "geography");
            var (source, citedIn, ok) = Provenance(file, at, f.Source, f.CitedIn);
            var candidate = new OutlookFigure
            {
                Role = role!, Kind = f.Kind, Value = f.Value, Unit = f.Unit, StartYear = f.StartYear, EndYear = f.EndYear, Year = f.Year,
                Geography = geography!, Source = source!, CitedIn = citedIn, Quote = f.Quote, Note = f.Note,
                IsNotPublished = f.NotPublished ?? false, RelativeStandardError = f.RelativeStandardError,
            };
            if (!FigureIsValid(file, at, FigureRules.Validate(candidate.ToFacts(), _clock), source, geography) || role is null || !ok)
                return;
            if (!seen.Add((f.Role, f.Kind, f.Unit, f.Geography, f.Year, f.StartYear, f.EndYear, f.Source, f.CitedIn, f.Quote)))
            {
                Error(file, at, null, $"Duplicate outlook figure for '{f.Role}' from '{f.Source}' for {f.Year}.");
                return;
            }
            var label = $"{f.Role}: {Display.OutlookKind(f.Kind).ToLowerInvariant()} {Display.OutlookValue(f.Value, f.Unit)}, {f.Year} ({f.Source})";
            if (role.Id > 0 && source!.Id > 0 && geography!.Id > 0
                && existing.TryGetValue((role.Id, f.Kind, f.Unit, geography.Id, f.Year, f.StartYear, f.EndYear, source.Id, citedIn?.Id, f.Quote), out var found))
                Update(counts, label,
                    found.Value == f.Value && found.IsNotPublished == candidate.IsNotPublished && found.RelativeStandardError == f.RelativeStandardError && found.Note == f.Note,
                    () => { found.Value = f.Value; found.IsNotPublished = candidate.IsNotPublished; found.RelativeStandardError = f.RelativeStandardError; found.Note = f.Note; });
            else
                Add(counts, label, () => _db.OutlookFigures.Add(candidate));
        });
    }

    private async Task MergeCareerStepsAsync(CancellationToken ct)
    {
        const string file = SeedFiles.CareerSteps;
        var counts = Kind("Career steps");
        if (_set.CareerSteps.Count == 0) return;
        var existing = (await ExistingAsync(_db.CareerSteps, ct)).GroupBy(c => (c.FromRoleId, c.ToRoleId, c.Kind, c.SourceId, c.CitedInId)).ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<(string, string, CareerStepKind, string, string?)>();
        Each(file, _set.CareerSteps, (c, at) =>
        {
            var from = RoleRef(file, at, "from", c.From);
            var to = RoleRef(file, at, "to", c.To);
            var (source, citedIn, ok) = Provenance(file, at, c.Source, c.CitedIn);
            if (c.From == c.To)
                Error(file, at, "to", "A career step must lead to another role.");
            Text(file, at, "note", c.Note, TextLimits.Note, required: false, multiLine: true);
            if (from is null || to is null || !ok || c.From == c.To)
                return;
            if (!seen.Add((c.From, c.To, c.Kind, c.Source, c.CitedIn)))
            {
                Error(file, at, null, $"Duplicate career step '{c.From}' to '{c.To}' from '{c.Source}'.");
                return;
            }
            var label = $"{c.From} → {c.To} ({c.Kind.ToString().ToLowerInvariant()})";
            if (from.Id > 0 && to.Id > 0 && source!.Id > 0 && existing.TryGetValue((from.Id, to.Id, c.Kind, source.Id, citedIn?.Id), out var found))
                Update(counts, label, found.Note == c.Note, () => found.Note = c.Note);
            else
                Add(counts, label, () => _db.CareerSteps.Add(new CareerStep { FromRole = from, ToRole = to, Kind = c.Kind, Source = source!, CitedIn = citedIn, Note = c.Note }));
        });
    }

    private async Task MergeEducationStepsAsync(CancellationToken ct)
    {
        const string file = SeedFiles.EducationSteps;
        var counts = Kind("Education steps");
        if (_set.EducationSteps.Count == 0) return;
        var existing = (await ExistingAsync(_db.EducationSteps, ct)).GroupBy(e => (e.RoleId, e.Level, e.Requirement, e.Field, e.SourceId, e.CitedInId)).ToDictionary(g => g.Key, g => g.First());
        Each(file, _set.EducationSteps, (e, at) =>
        {
            var role = RoleRef(file, at, "role", e.Role);
            var (source, citedIn, ok) = Provenance(file, at, e.Source, e.CitedIn);
            Text(file, at, "field", e.Field, TextLimits.EducationField, required: false);
            Text(file, at, "note", e.Note, TextLimits.Note, required: false, multiLine: true);
            if (role is null || !ok)
                return;
            var label = $"{e.Role}: {Display.EducationLevel(e.Level)}";
            if (role.Id > 0 && source!.Id > 0 && existing.TryGetValue((role.Id, e.Level, e.Requirement, e.Field, source.Id, citedIn?.Id), out var found))
                Update(counts, label, found.Note == e.Note, () => found.Note = e.Note);
            else
                Add(counts, label, () => _db.EducationSteps.Add(new EducationStep { Role = role, Level = e.Level, Requirement = e.Requirement, Field = e.Field, Source = source!, CitedIn = citedIn, Note = e.Note }));
        });
    }

    private async Task MergeCpiAsync(CancellationToken ct)
    {
        const string file = SeedFiles.Cpi;
        var counts = Kind("CPI years");
        if (_set.Cpi.Count == 0) return;
        var existing = (await ExistingAsync(_db.CpiValues, ct)).ToDictionary(c => c.Year);
        var seen = new HashSet<int>();
        Each(file, _set.Cpi, (c, at) =>
        {
            var yearOk = c.Year >= Bounds.MinYear && c.Year <= Bounds.MaxYear(_clock);
            if (!yearOk)
                Error(file, at, "year", $"The year must be between {Bounds.MinYear} and {Bounds.MaxYear(_clock)}.");
            var valueOk = Bounds.CpiValue.Contains(c.Value);
            if (!valueOk)
                Error(file, at, "value", $"The index value {Bounds.CpiValue.Requirement}.");
            Text(file, at, "note", c.Note, TextLimits.Note, required: false, multiLine: true);
            var months = c.MonthsMask();
            if (months is null)
                Error(file, at, "months", "The months are each 1 to 12, given once; leave them out for an annual average of all twelve.");
            var source = SourceRef(file, at, "source", c.Source);
            if (!seen.Add(c.Year))
            {
                Error(file, at, "year", $"Duplicate CPI year {c.Year}.");
                return;
            }
            if (source is null || !valueOk || !yearOk || months is not { } mask)
                return;
            var label = $"CPI {c.Year}: {c.Value}";
            if (existing.TryGetValue(c.Year, out var found))
                Update(counts, label, found.Value == c.Value && found.Months == mask && found.Source == source && found.Note == c.Note,
                    () => { found.Value = c.Value; found.Months = mask; found.Source = source; found.Note = c.Note; });
            else
                Add(counts, label, () => _db.CpiValues.Add(new CpiValue { Year = c.Year, Value = c.Value, Months = mask, Source = source, Note = c.Note }));
        });
    }

    private async Task MergeProjectionsAsync(CancellationToken ct)
    {
        const string file = SeedFiles.Projections;
        var counts = Kind("Projections");
        if (_set.Projections.Count == 0) return;
        var existing = (await ExistingAsync(_db.EmploymentProjections, ct)).ToDictionary(p => (p.SourceId, p.Code));
        var seen = new HashSet<(string, string)>();
        Each(file, _set.Projections, (p, at) =>
        {
            var source = SourceRef(file, at, "source", p.Source);
            var role = p.Role is null ? null : RoleRef(file, at, "role", p.Role);
            var violations = Projections.ProjectionRules.Check(p);
            foreach (var (field, message) in violations)
                Error(file, at, field, message);
            if (!seen.Add((p.Source, p.Code)))
            {
                Error(file, at, "code", $"Duplicate projection of {p.Code} in '{p.Source}'.");
                return;
            }
            if (source is null || (p.Role is not null && role is null) || violations.Count > 0)
                return;
            var label = $"{p.Source}: {p.Code} {p.Title}";
            void Apply(EmploymentProjection e)
            {
                e.Role = role;
                e.Title = p.Title;
                e.BaseYear = p.BaseYear;
                e.TargetYear = p.TargetYear;
                e.EmploymentBase = p.EmploymentBase;
                e.EmploymentTarget = p.EmploymentTarget;
                e.ChangeNumber = p.ChangeNumber;
                e.ChangePercent = p.ChangePercent;
                e.SelfEmployedPercent = p.SelfEmployedPercent;
                e.Openings = p.Openings;
                e.OpeningsBasis = p.OpeningsBasis ?? OpeningsBasis.AnnualAverage;
                e.MedianWage = p.MedianWage;
                e.MedianWageTopCoded = p.MedianWageTopCoded ?? false;
                e.MedianWageYear = p.MedianWageYear;
                e.Education = p.Education;
                e.Experience = p.Experience;
                e.Training = p.Training;
            }
            if (source.Id > 0 && existing.TryGetValue((source.Id, p.Code), out var found))
                Update(counts, label,
                    found.RoleId == role?.Id && (role is null || role.Id > 0) && found.Title == p.Title && found.BaseYear == p.BaseYear && found.TargetYear == p.TargetYear
                    && found.EmploymentBase == p.EmploymentBase && found.EmploymentTarget == p.EmploymentTarget && found.ChangeNumber == p.ChangeNumber
                    && found.ChangePercent == p.ChangePercent && found.SelfEmployedPercent == p.SelfEmployedPercent && found.Openings == p.Openings
                    && found.OpeningsBasis == (p.OpeningsBasis ?? OpeningsBasis.AnnualAverage) && found.MedianWage == p.MedianWage
                    && found.MedianWageTopCoded == (p.MedianWageTopCoded ?? false) && found.MedianWageYear == p.MedianWageYear
                    && found.Education == p.Education && found.Experience == p.Experience && found.Training == p.Training,
                    () => Apply(found));
            else
                Add(counts, label, () =>
                {
                    var added = new EmploymentProjection { Code = p.Code, Title = p.Title, Source = source };
                    Apply(added);
                    _db.EmploymentProjections.Add(added);
                });
        });
    }

    // ---- helpers ------------------------------------------------------------------------------

    private KindCounts Kind(string name)
    {
        var counts = new KindCounts(name);
        _kinds.Add(counts);
        return counts;
    }

    private static void Add(KindCounts counts, string label, Action add)
    {
        add();
        counts.Added++;
        if (counts.AddedExamples.Count < Examples)
            counts.AddedExamples.Add(label);
    }

    private static void Update(KindCounts counts, string label, bool same, Action apply)
    {
        if (same)
        {
            counts.Unchanged++;
            return;
        }
        apply();
        counts.Changed++;
        if (counts.ChangedExamples.Count < Examples)
            counts.ChangedExamples.Add(label);
    }

    private readonly Dictionary<string, HashSet<string>> _keysSeen = [];

    private bool Once(string file, int at, string field, string what, string key)
    {
        var seen = _keysSeen.TryGetValue(file, out var s) ? s : _keysSeen[file] = new HashSet<string>(StringComparer.Ordinal);
        if (seen.Add(key))
            return true;
        Error(file, at, field, $"Duplicate {what} '{key}'.");
        return false;
    }

    private bool Slug(string file, int at, string slug)
    {
        if (Slugs.IsSlug(slug))
            return true;
        Error(file, at, "slug", $"'{Shorten(slug)}' is not a slug (lower-case letters, digits and single hyphens, at most {TextLimits.Slug} characters).");
        return false;
    }

    /// <summary>A text field's rules (see <see cref="TextRules"/> and <see cref="TextLimits"/>): present when required, not too long, no control or invisible characters.</summary>
    private void Text(string file, int at, string field, string? value, int max, bool required = true, bool multiLine = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
                Error(file, at, field, $"The {field} must not be empty.");
            return;
        }
        var problems = new List<RuleViolation>();
        TextRules.Check(value, max, field, $"The {field}", problems, multiLine);
        foreach (var p in problems)
            Error(file, at, field, p.Message);
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;

    private (Source? Source, Source? CitedIn, bool Ok) Provenance(string file, int at, string source, string? citedIn)
    {
        var s = SourceRef(file, at, "source", source);
        var c = citedIn is null ? null : SourceRef(file, at, "citedIn", citedIn);
        return (s, c, s is not null && (citedIn is null || c is not null));
    }

    private Source? SourceRef(string file, int at, string field, string slug) => Ref(_sources, file, at, field, slug, "source");

    private Role? RoleRef(string file, int at, string field, string slug) => Ref(_roles, file, at, field, slug, "role");

    private T? Ref<T>(Dictionary<string, T> known, string file, int at, string field, string key, string what) where T : class
    {
        if (known.TryGetValue(key, out var found))
            return found;
        Error(file, at, field, $"Unknown {what} '{key}'.");
        return null;
    }

    /// <summary>Reports the figure rules a record breaks (an unknown source or geography is reported already, not twice); true when none.</summary>
    private bool FigureIsValid(string file, int at, IReadOnlyList<RuleViolation> violations, Source? source, Geography? geography)
    {
        var reported = violations.Where(v => !(v.Field == "Source" && source is null) && !(v.Field == "Geography" && geography is null)).ToList();
        foreach (var v in reported)
            Error(file, at, Camel(v.Field), v.Message);
        return reported.Count == 0 && geography is not null;
    }

    private static void Each<T>(string file, IReadOnlyList<T> records, Action<T, int> merge)
    {
        for (var i = 0; i < records.Count; i++)
            merge(records[i], i);
    }

    private void Error(string file, int at, string? field, string message) =>
        _errors.Add(new SeedError(file, message, _lines?.GetValueOrDefault((file, at)), field is null ? $"$[{at}]" : $"$[{at}].{field}"));

    private static string Camel(string field) => char.ToLowerInvariant(field[0]) + field[1..];
}

internal static class SeedRecordExtensions
{
    public static bool IsTopCodedOrFalse(this SalaryFigureRecord f) => f.TopCoded ?? false;
}
