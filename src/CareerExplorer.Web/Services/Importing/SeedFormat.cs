using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerExplorer.Web.Services.Importing;

// The data/seed format (see data/seed/README.md): one JSON array per file, references by slug.
// The same records are used to seed, to import and to export, so the three cannot drift apart.

public sealed record SourceRecord(
    string Slug, string Publisher, string Title, SourceKind Kind,
    string? Url = null, string? ReleasePeriod = null, int? Year = null, string? PublishedOn = null,
    string? SeedFile = null, string? Note = null, string? Dataset = null, string? Release = null);

public sealed record GeographyRecord(string Code, string Name, GeographyKind Kind);

public sealed record TaskRecord(string Text, string Source, string? CitedIn = null);

public sealed record OccupationCodeRecord(
    string System, string Code, string Title, string Source, string? CitedIn = null, string? Note = null);

public sealed record RoleRecord(
    string Slug, string Title, string Category, string Summary,
    string? Description = null, string? TypicalEducation = null,
    IReadOnlyList<string>? Aliases = null, IReadOnlyList<string>? Documents = null,
    IReadOnlyList<TaskRecord>? Tasks = null, IReadOnlyList<OccupationCodeRecord>? OccupationCodes = null,
    string? ImportedFrom = null);

public sealed record SkillRecord(string Slug, string Name, SkillKind Kind, string? Group = null);

public sealed record RoleSkillRecord(string Role, string Skill, string Source, string? CitedIn = null, string? Note = null);

public sealed record SalaryFigureRecord(
    string Role, SalaryStatistic Statistic, PayComponent PayComponent, PayBasis Basis,
    string Currency, string Geography, int Year, string Source, string Quote,
    decimal? Amount = null, decimal? Low = null, decimal? High = null, bool? TopCoded = null,
    int? Month = null, string? CitedIn = null, string? Note = null, bool? NotPublished = null, decimal? RelativeStandardError = null);

public sealed record OutlookFigureRecord(
    string Role, OutlookKind Kind, decimal? Value, OutlookUnit Unit, int Year, string Geography,
    string Source, string Quote, int? StartYear = null, int? EndYear = null,
    string? CitedIn = null, string? Note = null, bool? NotPublished = null, decimal? RelativeStandardError = null);

public sealed record CareerStepRecord(
    string From, string To, CareerStepKind Kind, string Source, string? CitedIn = null, string? Note = null);

public sealed record EducationStepRecord(
    string Role, EducationLevel Level, EducationRequirement Requirement, string Source,
    string? Field = null, string? CitedIn = null, string? Note = null);

/// <summary>One line of an Employment Projections release (the source is the release); role null only for the all-occupations total.</summary>
public sealed record ProjectionRecord(
    string Source, string Code, string Title, int BaseYear, int TargetYear, string? Role = null,
    decimal? EmploymentBase = null, decimal? EmploymentTarget = null, decimal? ChangeNumber = null, decimal? ChangePercent = null,
    decimal? SelfEmployedPercent = null, decimal? Openings = null, OpeningsBasis? OpeningsBasis = null,
    decimal? MedianWage = null, bool? MedianWageTopCoded = null, int? MedianWageYear = null,
    string? Education = null, string? Experience = null, string? Training = null);

/// <summary><see cref="Months"/>: the months (1-12) a year's value rests on, when not all twelve; absent for an annual average.</summary>
public sealed record CpiRecord(int Year, decimal Value, string Source, string? Note = null, IReadOnlyList<int>? Months = null)
{
    public static IReadOnlyList<int>? MonthsOf(int mask) => CpiMonths.IsFull(mask) ? null : CpiMonths.List(mask);

    /// <summary>The months as a mask; null when they are not months (out of 1-12, repeated or none).</summary>
    public int? MonthsMask() => Months is null ? CpiMonths.All : CpiMonths.FromList(Months.ToList());
}

/// <summary>A whole data set in the seed format, one list per file.</summary>
public sealed record SeedDataSet
{
    public IReadOnlyList<GeographyRecord> Geographies { get; init; } = [];
    public IReadOnlyList<SourceRecord> Sources { get; init; } = [];
    public IReadOnlyList<RoleRecord> Roles { get; init; } = [];
    public IReadOnlyList<SkillRecord> Skills { get; init; } = [];
    public IReadOnlyList<RoleSkillRecord> RoleSkills { get; init; } = [];
    public IReadOnlyList<SalaryFigureRecord> SalaryFigures { get; init; } = [];
    public IReadOnlyList<OutlookFigureRecord> OutlookFigures { get; init; } = [];
    public IReadOnlyList<CareerStepRecord> CareerSteps { get; init; } = [];
    public IReadOnlyList<EducationStepRecord> EducationSteps { get; init; } = [];
    public IReadOnlyList<CpiRecord> Cpi { get; init; } = [];
    public IReadOnlyList<ProjectionRecord> Projections { get; init; } = [];
}

public static class SeedFiles
{
    public const string Geographies = "geographies.json";
    public const string Sources = "sources.json";
    public const string Roles = "roles.json";
    public const string Skills = "skills.json";
    public const string RoleSkills = "role-skills.json";
    public const string SalaryFigures = "salary-figures.json";
    public const string OutlookFigures = "outlook-figures.json";
    public const string CareerSteps = "career-steps.json";
    public const string EducationSteps = "education-steps.json";
    public const string Cpi = "cpi.json";
    public const string Projections = "employment-projections.json";

    /// <summary>kebab-case enums, camelCase fields, absent optional fields, 2-space indent.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        IndentSize = 2,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };
}
