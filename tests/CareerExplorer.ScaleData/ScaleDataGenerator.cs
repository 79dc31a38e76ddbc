using System.Diagnostics;
using System.Globalization;
using System.Text;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.ScaleData;

/// <summary>How many rows of each kind a generated data set holds.</summary>
public sealed record ScaleDataCounts(
    int Roles, int RoleAliases, int Sources, int Skills, int RoleSkills, int SalaryFigures, int OutlookFigures, int CareerSteps)
{
    public override string ToString() => string.Join(", ",
        $"{Roles} roles", $"{RoleAliases} role aliases", $"{Sources} sources", $"{Skills} skills", $"{RoleSkills} role skills",
        $"{SalaryFigures} salary figures", $"{OutlookFigures} outlook figures", $"{CareerSteps} career steps");
}

/// <summary>A record of the plan that points at other planned records by their position in the plan's lists.</summary>
public sealed record PlannedFigure<T>(int Role, int Source, int? CitedIn, T Figure) where T : Sourced;

public sealed record PlannedRoleSkill(int Role, int Skill, int Source);

public sealed record PlannedCareerStep(int From, int To, CareerStepKind Kind, int Source, string Note);

/// <summary>
/// A generated data set, in memory, before it is written. Records refer to each other by index;
/// <see cref="ScaleDataGenerator.WriteAsync"/> turns the indexes into keys. Write a plan once.
/// </summary>
public sealed class ScaleDataPlan
{
    public required int Seed { get; init; }
    public List<Source> Sources { get; } = [];
    public List<Skill> Skills { get; } = [];
    /// <summary>Roles with their <see cref="Role.Aliases"/>.</summary>
    public List<Role> Roles { get; } = [];
    public List<PlannedRoleSkill> RoleSkills { get; } = [];
    public List<PlannedFigure<SalaryFigure>> SalaryFigures { get; } = [];
    public List<PlannedFigure<OutlookFigure>> OutlookFigures { get; } = [];
    public List<PlannedCareerStep> CareerSteps { get; } = [];

    public ScaleDataCounts Counts => new(
        Roles.Count, Roles.Sum(r => r.Aliases.Count), Sources.Count, Skills.Count, RoleSkills.Count,
        SalaryFigures.Count, OutlookFigures.Count, CareerSteps.Count);
}

/// <summary>
/// A large, realistic-looking and fully deterministic data set for load and scale testing
/// (this tool, CareerExplorer.ScaleData). Everything comes from one <see cref="Random"/> seeded
/// with the given seed, with fixed dates and no clock or GUID values, so the same seed gives the
/// same rows. Every generated role, source and skill has a slug starting with <see cref="SlugPrefix"/>.
/// </summary>
public static class ScaleDataGenerator
{
    public const string SlugPrefix = "gen-";
    public const int DefaultRoles = 1000;
    public const int DefaultSeed = 42;
    /// <summary>The word lists give unique role titles up to here (about 30,000 combinations, most of them with a field).</summary>
    public const int MaxRoles = 10_000;

    public const int SalaryFiguresPerRole = 25;
    public const int OutlookFiguresPerRole = 5;
    public const int SkillsPerRole = 10;
    public const int FirstYear = 2014;
    public const int LastYear = 2025;

    /// <summary>Sources: one for every 5 roles (at least one of each kind).</summary>
    public static int SourceCount(int roles) => Math.Max(SourceKinds.Length, (int)Math.Round(roles / 5.0, MidpointRounding.AwayFromZero));

    /// <summary>
    /// Skills: one for every 2 roles (at least enough for each role's 10), up to the
    /// <see cref="SkillNames"/> the word lists give; above 4,060 roles more roles share them.
    /// </summary>
    public static int SkillCount(int roles) =>
        Math.Min(SkillNames, Math.Max(SkillsPerRole, (int)Math.Round(roles / 2.0, MidpointRounding.AwayFromZero)));

    /// <summary>How many distinct skill names the word lists give (2,030).</summary>
    public static int SkillNames =>
        TechnicalAreas.Length * TechnicalAspects.Length + ToolPrefixes.Length * ToolSuffixes.Length
        + KnowledgeDomains.Length * KnowledgeTopics.Length + SoftSkills.Length;

    public static Task<bool> HasGeneratedDataAsync(CareerDbContext db, CancellationToken ct = default) =>
        db.Roles.AnyAsync(r => r.Slug.StartsWith(SlugPrefix), ct);

    /// <summary>Plans a data set and writes it; see <see cref="Plan"/> and <see cref="WriteAsync"/>.</summary>
    public static async Task<ScaleDataCounts> GenerateAsync(CareerDbContext db, int roles, int seed, TimeProvider clock, CancellationToken ct = default)
    {
        if (await HasGeneratedDataAsync(db, ct))
            throw new InvalidOperationException($"The database already holds generated scale data (roles whose slug starts with '{SlugPrefix}').");
        return await WriteAsync(db, Plan(roles, seed), clock, ct);
    }

    // ---------------------------------------------------------------- planning

    public static ScaleDataPlan Plan(int roles, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(roles, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(roles, MaxRoles);
        var planner = new Planner(new Random(seed), seed);
        planner.PlanSources(SourceCount(roles));
        planner.PlanSkills(SkillCount(roles));
        planner.PlanRoles(roles);
        planner.PlanRoleSkills();
        planner.PlanSalaryFigures();
        planner.PlanOutlookFigures();
        planner.PlanCareerSteps();
        return planner.Result;
    }

    private static readonly SourceKind[] SourceKinds =
        [SourceKind.GovernmentStatistics, SourceKind.SalarySite, SourceKind.JobBoard, SourceKind.Article];

    private sealed record Category(string Name, double Pay, double Growth, string Education, string Focus, string[] Qualifiers, string[] Functions);

    private sealed record Level(string Word, int Rank, double Pay, string? Short, string Summary);

    /// <summary>A planned role's parts, to build aliases, summaries, pay and career steps from.</summary>
    private sealed record RoleShape(Category Category, Level Level, string Qualifier, string Function, string? Field, double Median2025);

    private sealed class Planner(Random rng, int seed)
    {
        public ScaleDataPlan Result { get; } = new() { Seed = seed };
        private readonly List<RoleShape> _shapes = [];
        private readonly Dictionary<SourceKind, List<int>> _sourcesByKind = SourceKinds.ToDictionary(k => k, _ => new List<int>());
        private readonly List<int> _skillHome = [];

        private Source Src(int index) => Result.Sources[index];

        // -------------------------------------------------------- sources

        public void PlanSources(int count)
        {
            var slugs = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                // The first four cover every kind; after that a realistic mix.
                var kind = i < SourceKinds.Length ? SourceKinds[i] : Weighted(
                    (SourceKind.GovernmentStatistics, 15), (SourceKind.SalarySite, 25), (SourceKind.JobBoard, 25), (SourceKind.Article, 35));
                var year = rng.Next(FirstYear, LastYear + 1);
                var month = rng.Next(1, 13);
                var day = rng.Next(1, 29);
                string publisher, title;
                string? period = null;
                switch (kind)
                {
                    case SourceKind.GovernmentStatistics:
                        publisher = $"{Pick(Places)} {Pick(Agencies)}";
                        title = $"Occupational Employment and Wage Estimates, May {year}";
                        period = $"May {year}";
                        month = rng.Next(3, 7);
                        break;
                    case SourceKind.SalarySite:
                        publisher = Pick(SalaryPrefixes) + Pick(SalarySuffixes);
                        title = string.Format(CultureInfo.InvariantCulture, Pick(SalaryTitles), publisher, year);
                        break;
                    case SourceKind.JobBoard:
                        publisher = Pick(BoardPrefixes) + Pick(BoardSuffixes);
                        title = string.Format(CultureInfo.InvariantCulture, Pick(BoardTitles), publisher, year);
                        break;
                    default:
                        publisher = $"{Pick(ArticleAdjectives)} {Pick(ArticleNouns)}";
                        title = string.Format(CultureInfo.InvariantCulture, Pick(ArticleTitles), InSentence(Pick(Categories).Name), year);
                        break;
                }
                var baseSlug = SlugPrefix + Slugify($"{publisher} {year}");
                var slug = baseSlug;
                for (var n = 2; !slugs.Add(slug); n++)
                    slug = $"{baseSlug}-{n}";
                var host = Slugify(publisher).Replace("-", "", StringComparison.Ordinal);
                Result.Sources.Add(new Source
                {
                    Slug = slug, Publisher = publisher, Title = title, Kind = kind, Year = year, ReleasePeriod = period,
                    PublishedOn = $"{year:D4}-{month:D2}-{day:D2}",
                    Url = $"https://www.{host}.example/{year}/{slug[SlugPrefix.Length..]}",
                    Note = $"Generated scale data (generate-scale-data, seed {seed}); not a real publication.",
                });
                _sourcesByKind[kind].Add(i);
            }
        }

        // -------------------------------------------------------- skills

        public void PlanSkills(int count)
        {
            var pools = new (SkillKind Kind, double Share, List<(string Name, string? Group)> Names)[]
            {
                (SkillKind.Technical, 0.50, [.. TechnicalAreas.SelectMany(a => TechnicalAspects.Select(x => ($"{a} {x}", (string?)null)))]),
                (SkillKind.Tool, 0.25, [.. ToolPrefixes.SelectMany(p => ToolSuffixes.Select((s, i) => (p + s, (string?)ToolGroups[i % ToolGroups.Length])))]),
                (SkillKind.Knowledge, 0.15, [.. KnowledgeDomains.SelectMany(d => KnowledgeTopics.Select(t => ($"{d} {t}", (string?)"Knowledge")))]),
                (SkillKind.Soft, 0.10, [.. SoftSkills.Select(s => (s, (string?)"Basic Skills"))]),
            };
            // More than the lists hold would never be filled below (SkillCount keeps under it).
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, pools.Sum(p => p.Names.Count));
            // Each kind's share, capped by its list; what a list cannot give goes to the others.
            var wanted = pools.Select(p => Math.Min(p.Names.Count, (int)Math.Round(count * p.Share))).ToArray();
            for (var i = 0; wanted.Sum() < count; i = (i + 1) % pools.Length)
            {
                if (wanted[i] < pools[i].Names.Count)
                    wanted[i]++;
            }
            for (var i = 0; wanted.Sum() > count; i = (i + 1) % pools.Length)
            {
                if (wanted[i] > 0)
                    wanted[i]--;
            }

            var chosen = new List<(SkillKind Kind, string Name, string? Group)>();
            for (var p = 0; p < pools.Length; p++)
            {
                Shuffle(pools[p].Names);
                chosen.AddRange(pools[p].Names.Take(wanted[p]).Select(n => (pools[p].Kind, n.Name, n.Group)));
            }
            Shuffle(chosen); // interleave the kinds
            var slugs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (kind, name, group) in chosen)
            {
                var slug = SlugPrefix + Slugify(name);
                if (!slugs.Add(slug))
                    throw new InvalidOperationException($"Two generated skills share the slug {slug}.");
                Result.Skills.Add(new Skill { Slug = slug, Name = name, Kind = kind, Group = group });
                // A home category: roles in it mostly draw their skills from its skills.
                _skillHome.Add(kind == SkillKind.Soft ? -1 : rng.Next(Categories.Length));
            }
        }

        // -------------------------------------------------------- roles

        public void PlanRoles(int count)
        {
            var slugs = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                RoleShape? shape = null;
                string? title = null, slug = null;
                for (var attempt = 0; attempt < 1000 && shape is null; attempt++)
                {
                    var category = Pick(Categories);
                    var level = Weighted(Levels.Select(l => (l, l.Rank == 2 ? 30 : l.Rank == 3 ? 22 : 8)).ToArray());
                    var qualifier = Pick(category.Qualifiers);
                    var function = Pick(category.Functions);
                    var field = rng.NextDouble() < 0.35 ? Pick(Fields) : null;
                    title = string.Join(" ", new[] { level.Word, qualifier, function }.Where(w => w.Length > 0)) + (field is null ? "" : $", {field}");
                    slug = SlugPrefix + Slugify(title);
                    if (slug.Length > 120 || !slugs.Add(slug))
                        continue;
                    var median = Math.Clamp(category.Pay * level.Pay * Between(0.95, 1.05), 66_000, 140_000);
                    shape = new RoleShape(category, level, qualifier, function, field, median);
                }
                if (shape is null)
                    throw new InvalidOperationException("Ran out of unique role titles.");

                var role = new Role
                {
                    Slug = slug!, Title = title!, Category = shape.Category.Name,
                    Summary = Summary(shape),
                    TypicalEducation = rng.NextDouble() < 0.7 ? shape.Category.Education : null,
                };
                foreach (var alias in Aliases(shape, title!))
                    role.Aliases.Add(new RoleAlias { Name = alias });
                Result.Roles.Add(role);
                _shapes.Add(shape);
            }
        }

        private string Summary(RoleShape s)
        {
            var what = string.Format(CultureInfo.InvariantCulture, FunctionSummaries.GetValueOrDefault(s.Function, "Works on {0} for {1}."),
                InSentence(s.Qualifier), s.Field is null ? s.Category.Focus : $"{s.Category.Focus} in {InSentence(s.Field)}");
            return s.Level.Summary.Length == 0 ? what : $"{what} {s.Level.Summary}";
        }

        private List<string> Aliases(RoleShape s, string title)
        {
            var field = s.Field is null ? "" : $", {s.Field}";
            var core = $"{s.Qualifier} {s.Function}";
            var candidates = new List<string>();
            if (s.Level.Word.Length > 0)
                candidates.Add(core + field);
            if (s.Level.Short is not null)
                candidates.Add($"{s.Level.Short} {core}{field}");
            if (Synonyms.TryGetValue(s.Function, out var synonym))
                candidates.Add(string.Join(" ", new[] { s.Level.Word, s.Qualifier, synonym }.Where(w => w.Length > 0)) + field);
            if (OtherQualifierNames.TryGetValue(s.Qualifier, out var otherName))
                candidates.Add(string.Join(" ", new[] { s.Level.Word, otherName, s.Function }.Where(w => w.Length > 0)) + field);
            if (s.Field is not null)
                candidates.Add(string.Join(" ", new[] { s.Level.Word, s.Field, s.Qualifier, s.Function }.Where(w => w.Length > 0)));
            var distinct = candidates.Where(c => !c.Equals(title, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            Shuffle(distinct);
            return distinct.Take(rng.Next(1, 4)).ToList();
        }

        // -------------------------------------------------------- role skills

        public void PlanRoleSkills()
        {
            var byHome = Enumerable.Range(-1, Categories.Length + 1).ToDictionary(c => c, c => Enumerable.Range(0, _skillHome.Count).Where(s => _skillHome[s] == c).ToList());
            for (var r = 0; r < Result.Roles.Count; r++)
            {
                var home = byHome[Array.IndexOf(Categories, _shapes[r].Category)];
                var chosen = new List<int>();
                // Mostly the category's own skills, a soft skill or two, the rest from anywhere.
                Draw(home, chosen, 6);
                Draw(byHome[-1], chosen, rng.Next(1, 3));
                while (chosen.Count < SkillsPerRole)
                {
                    var s = rng.Next(Result.Skills.Count);
                    if (!chosen.Contains(s))
                        chosen.Add(s);
                }
                foreach (var s in chosen)
                    Result.RoleSkills.Add(new PlannedRoleSkill(r, s, SourceOf(Weighted((SourceKind.JobBoard, 45), (SourceKind.Article, 35), (SourceKind.GovernmentStatistics, 20)))));
            }
        }

        private void Draw(List<int> pool, List<int> chosen, int count)
        {
            var free = pool.Where(s => !chosen.Contains(s)).ToList();
            for (var n = 0; n < count && free.Count > 0; n++)
            {
                var i = rng.Next(free.Count);
                chosen.Add(free[i]);
                free.RemoveAt(i);
            }
        }

        // -------------------------------------------------------- salary figures

        private sealed record Stat(SalaryStatistic Statistic, double Ratio);

        private sealed record Report(string Name, PayBasis Basis, Stat[] Stats);

        private static readonly Stat Median = new(SalaryStatistic.Median, 1.0);
        private static readonly Stat Mean = new(SalaryStatistic.Mean, 1.06);
        private static readonly Stat Range = new(SalaryStatistic.Range, 1.0);
        private static readonly Stat[] Percentiles =
        [
            new(SalaryStatistic.P10, 0.65), new(SalaryStatistic.P25, 0.80), Median, new(SalaryStatistic.P75, 1.24), new(SalaryStatistic.P90, 1.52),
        ];

        private static readonly Dictionary<SourceKind, (Report Report, int Weight)[]> Reports = new()
        {
            [SourceKind.GovernmentStatistics] =
            [
                (new("percentiles", PayBasis.Annual, Percentiles), 3),
                (new("median-mean", PayBasis.Annual, [Median, Mean]), 2),
                (new("hourly", PayBasis.Hourly, [Median, Mean]), 1),
            ],
            [SourceKind.SalarySite] =
            [
                (new("median-range", PayBasis.Annual, [Median, Range]), 3),
                (new("mean-range", PayBasis.Annual, [Mean, Range]), 2),
                (new("median", PayBasis.Annual, [Median]), 2),
                (new("quartiles", PayBasis.Annual, [Percentiles[1], Median, Percentiles[3]]), 1),
            ],
            [SourceKind.JobBoard] =
            [
                (new("mean", PayBasis.Annual, [Mean]), 3),
                (new("range", PayBasis.Annual, [Range]), 2),
                (new("hourly-range", PayBasis.Hourly, [Range]), 1),
                (new("hourly-mean", PayBasis.Hourly, [Mean]), 1),
            ],
            [SourceKind.Article] =
            [
                (new("median", PayBasis.Annual, [Median]), 4),
                (new("range", PayBasis.Annual, [Range]), 1),
            ],
        };

        public void PlanSalaryFigures()
        {
            for (var r = 0; r < Result.Roles.Count; r++)
            {
                var shape = _shapes[r];
                var title = Result.Roles[r].Title;
                var taken = new HashSet<(int Source, int Year, PayComponent Component, PayBasis Basis)>();
                var left = SalaryFiguresPerRole;
                while (left > 0)
                {
                    // Each report is what one source says about the role for one year; the same
                    // source, year and pay component twice for a role is avoided while possible.
                    int source = 0, year = 0;
                    Report report = null!;
                    var component = PayComponent.Unspecified;
                    for (var attempt = 0; attempt < 30; attempt++)
                    {
                        var kind = Weighted((SourceKind.GovernmentStatistics, 30), (SourceKind.SalarySite, 30), (SourceKind.JobBoard, 20), (SourceKind.Article, 20));
                        source = SourceOf(kind);
                        var lag = Weighted((0, 6), (1, 3), (2, 1));
                        year = Math.Max(FirstYear, Src(source).Year!.Value - lag);
                        report = Weighted(Reports[kind]);
                        component = kind switch
                        {
                            SourceKind.SalarySite => Weighted((PayComponent.Base, 3), (PayComponent.Total, 2), (PayComponent.Unspecified, 1)),
                            SourceKind.JobBoard => Weighted((PayComponent.Base, 1), (PayComponent.Unspecified, 2)),
                            _ => PayComponent.Unspecified,
                        };
                        if (taken.Add((source, year, component, report.Basis)))
                            break;
                    }
                    var kindOfSource = Src(source).Kind;
                    int? citedIn = null;
                    if (kindOfSource == SourceKind.GovernmentStatistics && rng.NextDouble() < 0.25)
                    {
                        var article = SourceOf(SourceKind.Article);
                        if (Src(article).Year >= year)
                            citedIn = article;
                    }
                    int? month = kindOfSource switch
                    {
                        SourceKind.GovernmentStatistics => 5,
                        SourceKind.SalarySite or SourceKind.JobBoard when rng.NextDouble() < 0.5 => rng.Next(1, 13),
                        _ => null,
                    };

                    // The role's median in this year's dollars, as this source measured it.
                    var median = shape.Median2025 * Math.Pow(1.022, year - LastYear) * Between(0.94, 1.06);
                    foreach (var stat in report.Stats.Take(left))
                    {
                        var figure = new SalaryFigure
                        {
                            Statistic = stat.Statistic, PayComponent = component, Basis = report.Basis, Currency = "USD",
                            Year = year, Month = month, Quote = "",
                        };
                        if (stat.Statistic == SalaryStatistic.Range)
                        {
                            figure.Low = Money(median * 0.78 * Between(0.97, 1.03), report.Basis, kindOfSource);
                            figure.High = Money(median * 1.32 * Between(0.97, 1.03), report.Basis, kindOfSource);
                        }
                        else
                            figure.Amount = Money(median * stat.Ratio * Between(0.97, 1.03), report.Basis, kindOfSource);
                        figure.Quote = SalaryQuote(figure, kindOfSource, title);
                        Result.SalaryFigures.Add(new PlannedFigure<SalaryFigure>(r, source, citedIn, figure));
                        left--;
                    }
                }
            }
        }

        /// <summary>Annual pay rounded as each kind of publisher rounds it; hourly pay to the cent.</summary>
        private static decimal Money(double annual, PayBasis basis, SourceKind kind)
        {
            if (basis == PayBasis.Hourly)
                return Math.Clamp(decimal.Round((decimal)(annual / 2080), 2, MidpointRounding.AwayFromZero), 15m, 120m);
            var step = kind switch { SourceKind.GovernmentStatistics => 10m, SourceKind.Article => 500m, _ => 1m };
            return Math.Clamp(decimal.Round((decimal)annual / step, 0, MidpointRounding.AwayFromZero) * step, 30_000m, 250_000m);
        }

        private static string Dollars(decimal amount, PayBasis basis) =>
            "$" + amount.ToString(basis == PayBasis.Hourly ? "N2" : "N0", CultureInfo.InvariantCulture);

        private static string SalaryQuote(SalaryFigure f, SourceKind kind, string title)
        {
            var hourly = f.Basis == PayBasis.Hourly;
            var per = hourly ? "an hour" : "a year";
            if (f.Statistic == SalaryStatistic.Range)
            {
                var (low, high) = (Dollars(f.Low!.Value, f.Basis), Dollars(f.High!.Value, f.Basis));
                return kind switch
                {
                    SourceKind.SalarySite => $"Typical salary range: {low} - {high}",
                    SourceKind.JobBoard => $"Pay in job postings ranges from {low} to {high} {per}",
                    _ => $"Pay typically ranges from {low} to {high} {per}",
                };
            }
            var amount = Dollars(f.Amount!.Value, f.Basis);
            var component = f.PayComponent switch
            {
                PayComponent.Base => hourly ? "base pay" : "base salary",
                PayComponent.Total => "total pay",
                _ => hourly ? "hourly pay" : "salary",
            };
            return (kind, f.Statistic) switch
            {
                (SourceKind.GovernmentStatistics, SalaryStatistic.Median) => $"Median {(hourly ? "hourly" : "annual")} wage: {amount}",
                (SourceKind.GovernmentStatistics, SalaryStatistic.Mean) => $"Mean {(hourly ? "hourly" : "annual")} wage: {amount}",
                (_, SalaryStatistic.P10) => $"10th percentile wage: {amount}",
                (_, SalaryStatistic.P25) => $"25th percentile: {amount}",
                (_, SalaryStatistic.P75) => $"75th percentile: {amount}",
                (_, SalaryStatistic.P90) => $"90th percentile wage: {amount}",
                (SourceKind.Article, _) => $"{IndefiniteArticle(title)} {title} earns a median salary of about {amount} a year",
                (_, SalaryStatistic.Median) => $"Median {component}: {amount} {per}",
                _ => $"Average {component}: {amount} {per}",
            };
        }

        // -------------------------------------------------------- outlook figures

        public void PlanOutlookFigures()
        {
            for (var r = 0; r < Result.Roles.Count; r++)
            {
                var shape = _shapes[r];
                var title = Result.Roles[r].Title;
                // People employed in the role, and its projected ten-year growth.
                var employment = Math.Exp(Between(Math.Log(2_000), Math.Log(400_000)));
                var growth = (int)Math.Round(Math.Clamp(shape.Category.Growth + Between(-8, 8), -10, 40));

                var gov = SourceOf(SourceKind.GovernmentStatistics);
                var govYear = Src(gov).Year!.Value;
                var (start, end) = (govYear - 1, govYear + 9);
                var openings = Math.Round(employment * Between(0.08, 0.12) / 10) * 10;
                var figures = new List<(int Source, OutlookFigure Figure)>
                {
                    (gov, Outlook(OutlookKind.EmploymentGrowth, growth, OutlookUnit.Percent, start, end, govYear, growth switch
                    {
                        > 0 => $"Employment is projected to grow {growth} percent from {start} to {end}",
                        < 0 => $"Employment is projected to decline {-growth} percent from {start} to {end}",
                        _ => $"Employment is projected to show little or no change from {start} to {end}",
                    })),
                    (gov, Outlook(OutlookKind.Openings, (decimal)openings, OutlookUnit.Jobs, start, end, govYear,
                        $"About {openings.ToString("N0", CultureInfo.InvariantCulture)} openings are projected each year, on average, over the decade")),
                };
                if (growth > 0)
                {
                    var added = Math.Max(10, Math.Round(employment * growth / 100 / 10) * 10);
                    figures.Add((gov, Outlook(OutlookKind.NewJobs, (decimal)added, OutlookUnit.Jobs, start, end, govYear,
                        $"Employment is projected to increase by {added.ToString("N0", CultureInfo.InvariantCulture)} jobs from {start} to {end}")));
                }
                while (figures.Count < OutlookFiguresPerRole)
                {
                    switch (Weighted((0, 4), (1, 3), (2, 3)))
                    {
                        case 0:
                        {
                            var board = SourceOf(SourceKind.JobBoard);
                            var year = Src(board).Year!.Value;
                            var change = Math.Round((decimal)Math.Clamp(growth + Between(-6, 6), -10, 40), 1);
                            figures.Add((board, Outlook(OutlookKind.JobPostingGrowth, change, OutlookUnit.Percent, year - 1, year, year,
                                $"Job postings for {title} roles {(change >= 0 ? "grew" : "fell")} {Math.Abs(change).ToString("0.0", CultureInfo.InvariantCulture)}% between {year - 1} and {year}")));
                            break;
                        }
                        case 1:
                        {
                            var article = SourceOf(Weighted((SourceKind.Article, 3), (SourceKind.JobBoard, 1)));
                            var year = Src(article).Year!.Value;
                            var rank = rng.Next(1, 101);
                            figures.Add((article, Outlook(OutlookKind.Ranking, rank, OutlookUnit.Rank, null, null, year,
                                $"Ranked #{rank} in the best technology jobs of {year}")));
                            break;
                        }
                        default:
                        {
                            var other = SourceOf(Weighted((SourceKind.Article, 2), (SourceKind.SalarySite, 1)));
                            var year = Src(other).Year!.Value;
                            var change = Math.Round((decimal)Math.Clamp(growth + Between(-5, 5), -10, 40), 1);
                            figures.Add((other, Outlook(OutlookKind.EmploymentGrowth, change, OutlookUnit.Percent, year, year + 5, year,
                                $"Demand for {title} roles is expected to {(change >= 0 ? "grow" : "shrink")} by {Math.Abs(change).ToString("0.0", CultureInfo.InvariantCulture)}% over the next five years")));
                            break;
                        }
                    }
                }
                foreach (var (source, figure) in figures)
                    Result.OutlookFigures.Add(new PlannedFigure<OutlookFigure>(r, source, null, figure));
            }
        }

        private static OutlookFigure Outlook(OutlookKind kind, decimal value, OutlookUnit unit, int? start, int? end, int year, string quote) =>
            new() { Kind = kind, Value = value, Unit = unit, StartYear = start, EndYear = end, Year = year, Quote = quote };

        // -------------------------------------------------------- career steps

        public void PlanCareerSteps()
        {
            var pairs = new HashSet<(int, int)>();
            void Add(int from, int to, CareerStepKind kind, string note)
            {
                if (from != to && pairs.Add((from, to)) && !pairs.Contains((to, from)))
                    Result.CareerSteps.Add(new PlannedCareerStep(from, to, kind, SourceOf(Weighted((SourceKind.Article, 3), (SourceKind.JobBoard, 1))), note));
            }

            // Promotions: the same job one level up. Specialisations: the same job in a field.
            // (The dictionaries are only looked up; the lists keep the order.)
            var ladders = new List<List<int>>();
            var ladderOf = new Dictionary<string, int>(StringComparer.Ordinal);
            var general = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var r = 0; r < _shapes.Count; r++)
            {
                var s = _shapes[r];
                var key = $"{s.Category.Name}|{s.Qualifier}|{s.Function}|{s.Field}";
                if (ladderOf.TryGetValue(key, out var ladder))
                    ladders[ladder].Add(r);
                else
                {
                    ladderOf[key] = ladders.Count;
                    ladders.Add([r]);
                }
                if (s.Field is null)
                    general[$"{s.Category.Name}|{s.Level.Word}|{s.Qualifier}|{s.Function}"] = r;
            }
            foreach (var roles in ladders)
            {
                var ordered = roles.OrderBy(r => _shapes[r].Level.Rank).ThenBy(r => r).ToList();
                for (var i = 1; i < ordered.Count; i++)
                {
                    if (_shapes[ordered[i]].Level.Rank > _shapes[ordered[i - 1]].Level.Rank)
                        Add(ordered[i - 1], ordered[i], CareerStepKind.Promotion, "Listed as the next step up.");
                }
            }
            for (var r = 0; r < _shapes.Count; r++)
            {
                var s = _shapes[r];
                if (s.Field is not null && general.TryGetValue($"{s.Category.Name}|{s.Level.Word}|{s.Qualifier}|{s.Function}", out var from))
                    Add(from, r, CareerStepKind.Specialisation, $"Specialising in {InSentence(s.Field)}.");
            }
            // Related roles in the same category, for a quarter of the roles.
            var byCategory = Categories.Select(c => Enumerable.Range(0, _shapes.Count).Where(r => _shapes[r].Category == c).ToList()).ToArray();
            for (var r = 0; r < _shapes.Count; r++)
            {
                if (rng.NextDouble() >= 0.25)
                    continue;
                var peers = byCategory[Array.IndexOf(Categories, _shapes[r].Category)];
                Add(r, peers[rng.Next(peers.Count)], CareerStepKind.Related, "Listed among related roles.");
            }
            // Entry routes: a junior role leads into the mid-level role of another job in its category.
            for (var r = 0; r < _shapes.Count; r++)
            {
                if (_shapes[r].Level.Rank > 1 || rng.NextDouble() >= 0.3)
                    continue;
                var peers = byCategory[Array.IndexOf(Categories, _shapes[r].Category)].Where(p => _shapes[p].Level.Rank == 2).ToList();
                if (peers.Count > 0)
                    Add(r, peers[rng.Next(peers.Count)], CareerStepKind.Entry, "Named as a way into the role.");
            }
        }

        // -------------------------------------------------------- helpers

        private int SourceOf(SourceKind kind)
        {
            var list = _sourcesByKind[kind];
            return list[rng.Next(list.Count)];
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

        private double Between(double low, double high) => low + rng.NextDouble() * (high - low);

        private T Weighted<T>(params (T Item, int Weight)[] items)
        {
            var n = rng.Next(items.Sum(i => i.Weight));
            foreach (var (item, weight) in items)
            {
                if (n < weight)
                    return item;
                n -= weight;
            }
            throw new UnreachableException();
        }

        private void Shuffle<T>(List<T> items)
        {
            for (var i = items.Count - 1; i > 0; i--)
            {
                var j = rng.Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }

    // ---------------------------------------------------------------- writing

    /// <summary>Rows per SaveChanges: big enough to be quick, small enough to keep the tracker light.</summary>
    public const int BatchSize = 2000;

    /// <summary>
    /// Adds the plan to the database in one transaction: batches of rows, the change tracker cleared
    /// between them, and one audit entry for the lot instead of one per row.
    /// </summary>
    public static async Task<ScaleDataCounts> WriteAsync(CareerDbContext db, ScaleDataPlan plan, TimeProvider clock, CancellationToken ct = default)
    {
        var us = await db.Geographies.Where(g => g.Code == "US").Select(g => g.Id).FirstOrDefaultAsync(ct);
        if (us == 0)
            throw new InvalidOperationException("The database has no 'US' geography; it is loaded with the seed data on first start.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.AuditRows = false;
        // Every tracked row is new, so there are no changes to detect: skipping that scan per save
        // is most of the speed-up of a bulk load.
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await InsertAsync(db, plan.Sources, ct);
            await InsertAsync(db, plan.Skills, ct);
            await InsertAsync(db, plan.Roles, ct); // with their aliases

            int RoleId(int i) => plan.Roles[i].Id;
            int SourceId(int i) => plan.Sources[i].Id;
            await InsertAsync(db, plan.RoleSkills.Select(p => new RoleSkill { RoleId = RoleId(p.Role), SkillId = plan.Skills[p.Skill].Id, SourceId = SourceId(p.Source) }), ct);
            await InsertAsync(db, plan.SalaryFigures.Select(p =>
            {
                (p.Figure.RoleId, p.Figure.SourceId, p.Figure.CitedInId, p.Figure.GeographyId) = (RoleId(p.Role), SourceId(p.Source), p.CitedIn is { } c ? SourceId(c) : null, us);
                return p.Figure;
            }), ct);
            await InsertAsync(db, plan.OutlookFigures.Select(p =>
            {
                (p.Figure.RoleId, p.Figure.SourceId, p.Figure.CitedInId, p.Figure.GeographyId) = (RoleId(p.Role), SourceId(p.Source), p.CitedIn is { } c ? SourceId(c) : null, us);
                return p.Figure;
            }), ct);
            await InsertAsync(db, plan.CareerSteps.Select(p => new CareerStep { FromRoleId = RoleId(p.From), ToRoleId = RoleId(p.To), Kind = p.Kind, SourceId = SourceId(p.Source), Note = p.Note }), ct);

            var counts = plan.Counts;
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetUtcNow(), User = db.AuditUserName, Action = AuditAction.Seed, EntityType = "DataSet",
                Summary = "Generated scale data",
                After = $"{counts} (seed {plan.Seed})",
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return counts;
        }
        finally
        {
            db.AuditRows = true;
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
            db.ChangeTracker.Clear();
        }
    }

    private static async Task InsertAsync<T>(CareerDbContext db, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        foreach (var batch in rows.Chunk(BatchSize))
        {
            db.Set<T>().AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    // ---------------------------------------------------------------- words

    internal static string Slugify(string text) => Slugs.From(text);

    /// <summary>"An API Engineer", "A UX Designer", "An Embedded Developer".</summary>
    private static string IndefiniteArticle(string title) =>
        title.StartsWith('U') && title.Length > 1 && char.IsUpper(title[1]) ? "A" : "AEIOU".Contains(title[0], StringComparison.Ordinal) ? "An" : "A";

    /// <summary>Words for the middle of a sentence: lower case, except acronyms ("applied AI", "IT support").</summary>
    private static string InSentence(string words) =>
        string.Join(" ", words.Split(' ').Select(w => w.Skip(1).Any(char.IsUpper) || w.Length == 1 || ProperNouns.Contains(w) ? w : w.ToLowerInvariant()));

    private static readonly string[] ProperNouns = ["Kubernetes"];

    private static readonly Level[] Levels =
    [
        new("Junior", 0, 0.84, "Jr.", "An entry-level role, usually working under close guidance."),
        new("Associate", 1, 0.90, null, "An early-career role for people with a year or two of experience."),
        new("", 2, 1.00, null, ""),
        new("Senior", 3, 1.18, "Sr.", "Works independently on the hardest problems and mentors others."),
        new("Lead", 4, 1.26, null, "Leads a small team and sets its day-to-day technical direction."),
        new("Staff", 4, 1.30, null, "Sets technical direction across several teams."),
        new("Principal", 5, 1.36, null, "Shapes strategy for the whole organisation and represents it externally."),
    ];

    private static readonly Category[] Categories =
    [
        new("Software & computing", 96_000, 17, "Bachelor's degree in computer science or a related field", "software products",
            ["Backend", "Frontend", "Full-Stack", "Mobile", "Embedded", "Platform", "Systems", "Web", "Game", "API"], ["Engineer", "Developer", "Architect", "Programmer"]),
        new("Data science", 92_000, 30, "Bachelor's or master's degree in statistics, mathematics or computer science", "data-driven decisions",
            ["Data", "Analytics", "Business Intelligence", "Decision Science", "Experimentation", "Marketing Analytics"], ["Scientist", "Analyst", "Engineer", "Consultant"]),
        new("Machine learning & AI", 98_000, 32, "Master's degree in computer science or a related field", "intelligent systems",
            ["Machine Learning", "Computer Vision", "NLP", "MLOps", "Applied AI", "Deep Learning", "Recommender Systems"], ["Engineer", "Scientist", "Researcher", "Specialist"]),
        new("Research", 90_000, 18, "Doctoral degree in computer science, mathematics or a related field", "new methods and knowledge",
            ["Research", "Quantitative", "Operations Research", "Computational", "Algorithms"], ["Scientist", "Analyst", "Researcher"]),
        new("Cloud & infrastructure", 94_000, 14, "Bachelor's degree in information technology, or equivalent experience", "reliable infrastructure",
            ["Cloud", "Site Reliability", "DevOps", "Infrastructure", "Network", "Storage", "Kubernetes"], ["Engineer", "Architect", "Administrator", "Specialist"]),
        new("Cybersecurity", 95_000, 28, "Bachelor's degree in cybersecurity or computer science; certifications valued", "secure systems",
            ["Security", "Application Security", "Cloud Security", "Threat Intelligence", "Identity and Access", "Incident Response", "Penetration Testing"], ["Engineer", "Analyst", "Architect", "Consultant", "Specialist"]),
        new("Product & design", 88_000, 12, "Bachelor's degree in design, human-computer interaction or a related field", "digital products",
            ["Product", "UX", "UI", "Interaction", "Service", "Content", "Visual"], ["Designer", "Manager", "Researcher", "Strategist"]),
        new("Data engineering & databases", 93_000, 16, "Bachelor's degree in computer science or information systems", "data platforms",
            ["Database", "Data Platform", "Data Warehouse", "ETL", "Streaming", "Data Pipeline"], ["Engineer", "Administrator", "Architect", "Developer"]),
        new("Quality & testing", 84_000, 6, "Bachelor's degree in computer science, or equivalent experience", "software quality",
            ["QA", "Test Automation", "Quality", "Performance Testing", "Accessibility"], ["Engineer", "Analyst", "Specialist", "Tester"]),
        new("IT support & operations", 82_000, 3, "Associate degree or certificate in information technology", "IT services",
            ["IT Support", "Help Desk", "Service Desk", "End User Computing", "IT Operations", "Desktop Support"], ["Technician", "Specialist", "Administrator", "Analyst", "Coordinator"]),
        new("Technology management", 98_000, 9, "Bachelor's degree and several years of experience; an MBA is common", "technology teams",
            ["Engineering", "Technical Program", "IT Project", "Delivery", "Data Management", "Release"], ["Manager", "Director", "Coordinator"]),
        new("Health & life sciences computing", 88_000, 20, "Bachelor's or master's degree in informatics, biology or computer science", "health and life sciences",
            ["Health Informatics", "Clinical Data", "Bioinformatics", "Medical Imaging", "Genomics Data"], ["Analyst", "Scientist", "Engineer", "Specialist"]),
    ];

    private static readonly string[] Fields =
        ["Payments", "Healthcare", "Logistics", "Retail", "Public Sector", "Gaming", "Energy", "Insurance", "Education", "Media", "Telecommunications", "Automotive", "Banking"];

    private static readonly Dictionary<string, string> FunctionSummaries = new()
    {
        ["Engineer"] = "Designs, builds and runs {0} systems for {1}.",
        ["Developer"] = "Writes, tests and maintains {0} code for {1}.",
        ["Architect"] = "Plans the structure of {0} solutions and guides the teams that build them, for {1}.",
        ["Programmer"] = "Turns specifications into working {0} code for {1}.",
        ["Scientist"] = "Uses {0} methods on open questions, building models and running studies for {1}.",
        ["Analyst"] = "Gathers and analyses {0} information and turns it into recommendations for {1}.",
        ["Consultant"] = "Advises clients on {0} problems and helps them put solutions in place for {1}.",
        ["Researcher"] = "Investigates {0} questions and publishes what works, for {1}.",
        ["Specialist"] = "Brings deep {0} expertise to projects and day-to-day work for {1}.",
        ["Administrator"] = "Keeps {0} systems configured, patched and available for {1}.",
        ["Designer"] = "Designs {0} experiences that people find useful and easy, for {1}.",
        ["Manager"] = "Plans and leads {0} work, balancing people, scope and deadlines, for {1}.",
        ["Strategist"] = "Sets the {0} direction and measures whether it works, for {1}.",
        ["Tester"] = "Checks {0} behaviour by hand and with scripts, reporting what breaks, for {1}.",
        ["Technician"] = "Installs, repairs and supports {0} equipment and software for {1}.",
        ["Coordinator"] = "Keeps {0} work organised, scheduled and communicated for {1}.",
        ["Director"] = "Owns the {0} function, its budget and its strategy, for {1}.",
    };

    private static readonly Dictionary<string, string> Synonyms = new()
    {
        ["Engineer"] = "Developer", ["Developer"] = "Engineer", ["Architect"] = "Solutions Architect", ["Programmer"] = "Coder",
        ["Scientist"] = "Researcher", ["Analyst"] = "Specialist", ["Consultant"] = "Advisor", ["Researcher"] = "Scientist",
        ["Specialist"] = "Expert", ["Administrator"] = "Admin", ["Designer"] = "Design Lead", ["Manager"] = "Lead",
        ["Strategist"] = "Planner", ["Tester"] = "QA Analyst", ["Technician"] = "Support Technician", ["Coordinator"] = "Administrator",
        ["Director"] = "Head",
    };

    private static readonly Dictionary<string, string> OtherQualifierNames = new()
    {
        ["Machine Learning"] = "ML", ["Business Intelligence"] = "BI", ["Site Reliability"] = "SRE", ["NLP"] = "Natural Language Processing",
        ["Applied AI"] = "AI", ["UX"] = "User Experience", ["ETL"] = "Data Integration", ["Identity and Access"] = "IAM",
        ["IT Support"] = "Tech Support", ["Quality"] = "QA", ["Full-Stack"] = "Fullstack", ["Help Desk"] = "Helpdesk",
        ["Computer Vision"] = "CV", ["Health Informatics"] = "Clinical Informatics", ["Penetration Testing"] = "Pen Testing",
    };

    private static readonly string[] Places =
    [
        "Northfield", "Lakeshore", "Riverton", "Eastvale", "Westbrook", "Highland", "Pinecrest", "Harbor", "Summit", "Clearwater",
        "Maplewood", "Stonebridge", "Fairview", "Brookside", "Redwood", "Silverlake", "Granite State", "Prairie", "Bayside", "Cedar Valley",
    ];

    private static readonly string[] Agencies =
        ["Bureau of Labor Statistics", "Department of Workforce Statistics", "Labor Market Information Office", "Employment Research Bureau", "Office of Economic Statistics"];

    private static readonly string[] SalaryPrefixes = ["Pay", "Salary", "Wage", "Comp", "Earn", "Career", "Talent", "Income"];
    private static readonly string[] SalarySuffixes = ["Scope", "Ledger", "Wise", "Metrics", "Compass", "Insight", "Lens", "Index", "Pulse", "Check"];
    private static readonly string[] SalaryTitles = ["{0} salary data for technology jobs, {1}", "{0} Compensation Report {1}", "{0} pay survey results, {1}"];

    private static readonly string[] BoardPrefixes = ["Hire", "Job", "Work", "Talent", "Role", "Career", "Staff", "Opening"];
    private static readonly string[] BoardSuffixes = ["Hub", "Nest", "Link", "Market", "Bridge", "Finder", "Port", "Spot", "Board", "Match"];
    private static readonly string[] BoardTitles = ["{0} Hiring Trends Report {1}", "Best Jobs in America {1} ({0})", "{0} job postings data, {1}"];

    private static readonly string[] ArticleAdjectives = ["Modern", "Digital", "Practical", "Open", "Bright", "Daily", "Future", "Smart", "Hands-On", "Clear"];
    private static readonly string[] ArticleNouns = ["Career Journal", "Tech Review", "Workplace", "Careers Blog", "Developer Digest", "Jobs Weekly", "Skills Guide", "Career Notes"];
    private static readonly string[] ArticleTitles =
        ["How much do {0} jobs pay in {1}?", "A {1} guide to careers in {0}", "The fastest-growing {0} jobs of {1}", "Is a career in {0} worth it? ({1})", "{0} careers: pay, skills and outlook in {1}"];

    private static readonly string[] TechnicalAreas =
    [
        "API", "Microservice", "Database", "Data pipeline", "Cloud infrastructure", "Network", "Container", "Frontend", "Mobile app", "Embedded software",
        "Distributed system", "Search", "Streaming data", "Data warehouse", "Machine learning model", "Computer vision", "Language model", "Recommendation system", "Identity and access", "Application security",
        "Payment system", "Web performance", "Accessibility", "Observability", "Release pipeline", "Infrastructure as code", "Time series", "Geospatial data", "Experiment", "Dashboard",
        "Statistical model", "Simulation", "Cryptography", "Storage system", "Caching", "Message queue", "Batch processing", "Edge computing", "Test automation", "Incident response",
    ];

    private static readonly string[] TechnicalAspects =
    [
        "design", "development", "testing", "optimisation", "monitoring", "automation", "security", "troubleshooting", "architecture", "migration",
        "modelling", "tuning", "deployment", "maintenance", "documentation", "evaluation", "integration", "scaling", "governance", "cost management",
    ];

    private static readonly string[] ToolPrefixes =
    [
        "Quark", "Nimbus", "Vertex", "Helix", "Cobalt", "Orbit", "Pixel", "Atlas", "Falcon", "Zephyr", "Lumen", "Nova", "Granite", "Ember", "Harbor",
        "Prism", "Delta", "Sierra", "Vector", "Onyx", "Aurora", "Cinder", "Tensor", "Kestrel", "Juniper", "Basalt", "Comet", "Fathom", "Glacier", "Meridian",
    ];

    private static readonly string[] ToolSuffixes =
    [
        "DB", "Flow", "Stack", "Forge", "Graph", "Lake", "Ops", "Scan", "Cloud", "Base", "Grid", "Query", "Kit", "Mesh", "Sync",
        "Studio", "Vault", "Lens", "Pipe", "Board", "Works", "Scope", "Hub", "Link", "Desk", "Trace", "Shift", "Deploy", "Test", "Chart",
    ];

    private static readonly string[] ToolGroups =
        ["Database management system software", "Development environment software", "Analytical or scientific software", "Cloud platform software", "Project management software"];

    private static readonly string[] KnowledgeDomains =
    [
        "Healthcare", "Finance", "Insurance", "Retail", "Logistics", "Energy", "Telecommunications", "Manufacturing", "Public sector", "Education",
        "Media", "Automotive", "Agriculture", "Pharmaceutical", "Banking", "Real estate", "Travel", "Gaming", "Aviation", "Hospitality",
        "Construction", "Legal", "Nonprofit", "Advertising", "Biotechnology",
    ];

    private static readonly string[] KnowledgeTopics =
        ["regulation", "data standards", "operations", "compliance", "risk management", "business processes", "terminology", "privacy law", "market structure", "supply chain", "accounting", "customer behaviour"];

    private static readonly string[] SoftSkills =
    [
        "Written communication", "Active listening", "Critical thinking", "Time management", "Mentoring", "Stakeholder management", "Negotiation", "Public speaking",
        "Adaptability", "Attention to detail", "Conflict resolution", "Decision making", "Coaching", "Creativity", "Customer focus", "Prioritisation",
        "Facilitation", "Influencing", "Collaboration", "Emotional intelligence", "Self-motivation", "Accountability", "Curiosity", "Planning",
        "Resilience", "Cross-functional collaboration", "Giving feedback", "Storytelling with data", "Intercultural communication", "Remote teamwork",
    ];
}
