using System.Text.RegularExpressions;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Data.Seeding;

/// <summary>
/// Turns a <see cref="SeedDataSet"/> into database rows: resolves slugs, applies the service-layer
/// rules, and writes everything in one transaction or nothing.
/// </summary>
public sealed partial class SeedImporter(TimeProvider clock, ILogger<SeedImporter> logger)
{
    /// <summary>Seeds from <paramref name="seedDirectory"/> when the database holds no data yet.</summary>
    public async Task<bool> SeedIfEmptyAsync(CareerDbContext db, string seedDirectory, CancellationToken ct = default)
    {
        if (await db.Sources.AnyAsync(ct) || await db.Roles.AnyAsync(ct))
        {
            logger.LogDebug("Database already holds data; seeding skipped");
            await TopUpCpiAsync(db, seedDirectory, ct);
            return false;
        }
        var set = SeedReader.ReadDirectory(seedDirectory);
        await ImportIntoEmptyAsync(db, set, ct);
        logger.LogInformation(
            "Seeded the database from {SeedDirectory}: {Roles} roles, {Sources} sources, {SalaryFigures} salary figures, {OutlookFigures} outlook figures, {Skills} skills",
            seedDirectory, set.Roles.Count, set.Sources.Count, set.SalaryFigures.Count, set.OutlookFigures.Count, set.Skills.Count);
        return true;
    }

    /// <summary>
    /// A database created before the CPI table existed gets the seed CPI values (and their
    /// source) once, without touching anything else an admin may have edited.
    /// </summary>
    private async Task TopUpCpiAsync(CareerDbContext db, string seedDirectory, CancellationToken ct)
    {
        if (await db.CpiValues.AnyAsync(ct))
            return;
        var set = SeedReader.ReadDirectory(seedDirectory);
        if (set.Cpi.Count == 0)
            return;
        var slugs = set.Cpi.Select(c => c.Source).ToHashSet();
        var sources = await db.Sources.Where(s => slugs.Contains(s.Slug)).ToDictionaryAsync(s => s.Slug, ct);
        foreach (var record in set.Sources.Where(s => slugs.Contains(s.Slug) && !sources.ContainsKey(s.Slug)))
        {
            var source = new Source { Slug = record.Slug, Publisher = record.Publisher, Title = record.Title, Kind = record.Kind, Url = record.Url, ReleasePeriod = record.ReleasePeriod, Year = record.Year, Note = record.Note };
            db.Sources.Add(source);
            sources[record.Slug] = source;
        }
        foreach (var c in set.Cpi)
            db.CpiValues.Add(new CpiValue { Year = c.Year, Value = c.Value, Note = c.Note, Source = sources[c.Source] });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Added {Count} CPI values from {SeedDirectory}", set.Cpi.Count, seedDirectory);
    }

    public async Task ImportIntoEmptyAsync(CareerDbContext db, SeedDataSet set, CancellationToken ct = default)
    {
        var errors = new List<SeedError>();
        var builder = new Builder(set, clock, errors);
        builder.Build();
        if (errors.Count > 0)
            throw new SeedFormatException(errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // One summary entry in the audit trail rather than one per seeded row.
        db.AuditRows = false;
        db.Geographies.AddRange(builder.Geographies.Values);
        db.Sources.AddRange(builder.Sources.Values);
        db.Roles.AddRange(builder.Roles.Values);
        db.Skills.AddRange(builder.Skills.Values);
        db.RoleSkills.AddRange(builder.RoleSkills);
        db.SalaryFigures.AddRange(builder.SalaryFigures);
        db.OutlookFigures.AddRange(builder.OutlookFigures);
        db.CareerSteps.AddRange(builder.CareerSteps);
        db.EducationSteps.AddRange(builder.EducationSteps);
        db.CpiValues.AddRange(builder.Cpi);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(), User = db.AuditUserName, Action = AuditAction.Seed, EntityType = "DataSet",
            Summary = "Seeded an empty database",
            After = $"{set.Roles.Count} roles, {set.Sources.Count} sources, {set.SalaryFigures.Count} salary figures, {set.OutlookFigures.Count} outlook figures, {set.Skills.Count} skills, {set.RoleSkills.Count} role skills, {set.CareerSteps.Count} career steps, {set.EducationSteps.Count} education steps, {set.Cpi.Count} CPI years",
        });
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            db.AuditRows = true;
            db.ChangeTracker.Clear();
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex SlugPattern();

    /// <summary>Builds entities from records, collecting every problem rather than stopping at the first.</summary>
    private sealed class Builder(SeedDataSet set, TimeProvider clock, List<SeedError> errors)
    {
        public Dictionary<string, Geography> Geographies { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Source> Sources { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Role> Roles { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Skill> Skills { get; } = new(StringComparer.Ordinal);
        public List<RoleSkill> RoleSkills { get; } = [];
        public List<SalaryFigure> SalaryFigures { get; } = [];
        public List<OutlookFigure> OutlookFigures { get; } = [];
        public List<CareerStep> CareerSteps { get; } = [];
        public List<EducationStep> EducationSteps { get; } = [];
        public List<CpiValue> Cpi { get; } = [];

        public void Build()
        {
            Each(SeedFiles.Geographies, set.Geographies, (g, at) =>
            {
                if (!Geographies.TryAdd(g.Code, new Geography { Code = g.Code, Name = g.Name, Kind = g.Kind }))
                    Error(SeedFiles.Geographies, at, "code", $"Duplicate geography code '{g.Code}'.");
            });
            Each(SeedFiles.Sources, set.Sources, (s, at) =>
            {
                CheckSlug(SeedFiles.Sources, at, s.Slug);
                if (s.Url is not null && !IsHttpUrl(s.Url))
                    Error(SeedFiles.Sources, at, "url", $"'{s.Url}' is not an http(s) URL.");
                var source = new Source
                {
                    Slug = s.Slug, Publisher = s.Publisher, Title = s.Title, Url = s.Url, Kind = s.Kind,
                    ReleasePeriod = s.ReleasePeriod, Year = s.Year, PublishedOn = s.PublishedOn,
                    SeedFile = s.SeedFile, Note = s.Note,
                };
                if (!Sources.TryAdd(s.Slug, source))
                    Error(SeedFiles.Sources, at, "slug", $"Duplicate source slug '{s.Slug}'.");
            });
            Each(SeedFiles.Roles, set.Roles, BuildRole);
            Each(SeedFiles.Skills, set.Skills, (s, at) =>
            {
                CheckSlug(SeedFiles.Skills, at, s.Slug);
                if (!Skills.TryAdd(s.Slug, new Skill { Slug = s.Slug, Name = s.Name, Kind = s.Kind, Group = s.Group }))
                    Error(SeedFiles.Skills, at, "slug", $"Duplicate skill slug '{s.Slug}'.");
            });
            Each(SeedFiles.RoleSkills, set.RoleSkills, (r, at) =>
            {
                var link = new RoleSkill
                {
                    Role = RoleRef(SeedFiles.RoleSkills, at, "role", r.Role),
                    Skill = Ref(Skills, SeedFiles.RoleSkills, at, "skill", r.Skill, "skill")!,
                    Note = r.Note,
                };
                SetProvenance(link, SeedFiles.RoleSkills, at, r.Source, r.CitedIn);
                RoleSkills.Add(link);
            });
            var seenLinks = new HashSet<(string, string, string, string?)>();
            for (var i = 0; i < set.RoleSkills.Count; i++)
            {
                var r = set.RoleSkills[i];
                if (!seenLinks.Add((r.Role, r.Skill, r.Source, r.CitedIn)))
                    Error(SeedFiles.RoleSkills, i, null, $"Duplicate role-skill '{r.Role}' / '{r.Skill}' from '{r.Source}'.");
            }
            Each(SeedFiles.SalaryFigures, set.SalaryFigures, BuildSalaryFigure);
            Each(SeedFiles.OutlookFigures, set.OutlookFigures, BuildOutlookFigure);
            Each(SeedFiles.CareerSteps, set.CareerSteps, (c, at) =>
            {
                var step = new CareerStep
                {
                    FromRole = RoleRef(SeedFiles.CareerSteps, at, "from", c.From),
                    ToRole = RoleRef(SeedFiles.CareerSteps, at, "to", c.To),
                    Kind = c.Kind, Note = c.Note,
                };
                if (c.From == c.To)
                    Error(SeedFiles.CareerSteps, at, "to", "A career step must lead to another role.");
                SetProvenance(step, SeedFiles.CareerSteps, at, c.Source, c.CitedIn);
                CareerSteps.Add(step);
            });
            Each(SeedFiles.EducationSteps, set.EducationSteps, (e, at) =>
            {
                var step = new EducationStep
                {
                    Role = RoleRef(SeedFiles.EducationSteps, at, "role", e.Role),
                    Level = e.Level, Requirement = e.Requirement, Field = e.Field, Note = e.Note,
                };
                SetProvenance(step, SeedFiles.EducationSteps, at, e.Source, e.CitedIn);
                EducationSteps.Add(step);
            });
            var cpiYears = new HashSet<int>();
            Each(SeedFiles.Cpi, set.Cpi, (c, at) =>
            {
                if (c.Year is < FigureRules.MinYear or > 2100)
                    Error(SeedFiles.Cpi, at, "year", $"The year must be between {FigureRules.MinYear} and 2100.");
                if (c.Value <= 0)
                    Error(SeedFiles.Cpi, at, "value", "The index value must be greater than 0.");
                if (!cpiYears.Add(c.Year))
                    Error(SeedFiles.Cpi, at, "year", $"Duplicate CPI year {c.Year}.");
                var value = new CpiValue { Year = c.Year, Value = c.Value, Note = c.Note };
                SetProvenance(value, SeedFiles.Cpi, at, c.Source, null);
                Cpi.Add(value);
            });
        }

        private void BuildRole(RoleRecord r, int at)
        {
            const string file = SeedFiles.Roles;
            CheckSlug(file, at, r.Slug);
            var role = new Role
            {
                Slug = r.Slug, Title = r.Title, Category = r.Category, Summary = r.Summary,
                Description = r.Description, TypicalEducation = r.TypicalEducation,
            };
            foreach (var alias in (r.Aliases ?? []).Distinct(StringComparer.OrdinalIgnoreCase))
                role.Aliases.Add(new RoleAlias { Name = alias });
            foreach (var doc in r.Documents ?? [])
            {
                var source = Ref(Sources, file, at, "documents", doc, "source");
                if (source is null) continue;
                if (source.SeedFile is null)
                    Error(file, at, "documents", $"'{doc}' is not one of the seed documents.");
                role.Documents.Add(source);
            }
            var position = 0;
            foreach (var t in r.Tasks ?? [])
            {
                var task = new RoleTask { Text = t.Text, Position = position++ };
                SetProvenance(task, file, at, t.Source, t.CitedIn);
                role.Tasks.Add(task);
            }
            foreach (var c in r.OccupationCodes ?? [])
            {
                var code = new OccupationCode { System = c.System, Code = c.Code, Title = c.Title, Note = c.Note };
                SetProvenance(code, file, at, c.Source, c.CitedIn);
                role.OccupationCodes.Add(code);
            }
            if (!Roles.TryAdd(r.Slug, role))
                Error(file, at, "slug", $"Duplicate role slug '{r.Slug}'.");
        }

        private void BuildSalaryFigure(SalaryFigureRecord f, int at)
        {
            const string file = SeedFiles.SalaryFigures;
            var figure = new SalaryFigure
            {
                Role = RoleRef(file, at, "role", f.Role),
                Statistic = f.Statistic, PayComponent = f.PayComponent, Basis = f.Basis,
                Amount = f.Amount, Low = f.Low, High = f.High, IsTopCoded = f.TopCoded ?? false,
                Currency = f.Currency, Geography = Ref(Geographies, file, at, "geography", f.Geography, "geography")!,
                Year = f.Year, Month = f.Month, Quote = f.Quote, Note = f.Note,
            };
            SetProvenance(figure, file, at, f.Source, f.CitedIn);
            foreach (var v in FigureRules.Validate(figure, clock))
                Error(file, at, Camel(v.Field), v.Message);
            SalaryFigures.Add(figure);
        }

        private void BuildOutlookFigure(OutlookFigureRecord f, int at)
        {
            const string file = SeedFiles.OutlookFigures;
            var figure = new OutlookFigure
            {
                Role = RoleRef(file, at, "role", f.Role),
                Kind = f.Kind, Value = f.Value, Unit = f.Unit, StartYear = f.StartYear, EndYear = f.EndYear,
                Year = f.Year, Geography = Ref(Geographies, file, at, "geography", f.Geography, "geography")!,
                Quote = f.Quote, Note = f.Note,
            };
            SetProvenance(figure, file, at, f.Source, f.CitedIn);
            foreach (var v in FigureRules.Validate(figure, clock))
                Error(file, at, Camel(v.Field), v.Message);
            OutlookFigures.Add(figure);
        }

        private void SetProvenance(Sourced record, string file, int at, string source, string? citedIn)
        {
            record.Source = Ref(Sources, file, at, "source", source, "source")!;
            if (citedIn is not null)
                record.CitedIn = Ref(Sources, file, at, "citedIn", citedIn, "source");
        }

        private Role RoleRef(string file, int at, string field, string slug) =>
            Ref(Roles, file, at, field, slug, "role")!;

        private T? Ref<T>(Dictionary<string, T> known, string file, int at, string field, string key, string what)
            where T : class
        {
            if (known.TryGetValue(key, out var found))
                return found;
            Error(file, at, field, $"Unknown {what} '{key}'.");
            return null;
        }

        private void CheckSlug(string file, int at, string slug)
        {
            if (!SlugPattern().IsMatch(slug))
                Error(file, at, "slug", $"'{slug}' is not a slug (lower-case letters, digits and single hyphens).");
        }

        private static bool IsHttpUrl(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

        private static void Each<T>(string file, IReadOnlyList<T> records, Action<T, int> build)
        {
            for (var i = 0; i < records.Count; i++)
                build(records[i], i);
        }

        private void Error(string file, int at, string? field, string message) =>
            errors.Add(new SeedError(file, message, Path: field is null ? $"$[{at}]" : $"$[{at}].{field}"));

        private static string Camel(string field) => char.ToLowerInvariant(field[0]) + field[1..];
    }
}
