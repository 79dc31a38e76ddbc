namespace CareerExplorer.Web.Rules;

// Enums are stored as their names (see CareerDbContext.ConfigureConventions) so the database
// reads like the seed files.

public enum SourceKind
{
    GovernmentStatistics,
    SalarySite,
    JobBoard,
    Article,
    EducationProvider,
    IndustryReport,
    ProfessionalNetwork,
    OccupationalDatabase,
}

public enum SalaryStatistic
{
    Median,
    Mean,
    Range,
    P10,
    P25,
    P75,
    P90,
}

/// <summary>Whether a figure is base salary or total pay (bonus, equity...), where the source says.</summary>
public enum PayComponent
{
    Unspecified,
    Base,
    Total,
}

public enum PayBasis
{
    Annual,
    Hourly,
}

public enum OutlookKind
{
    /// <summary>How many people hold the job (BLS OEWS employment).</summary>
    Employment,
    EmploymentGrowth,
    JobPostingGrowth,
    NewJobs,
    Openings,
    Ranking,
}

public enum OutlookUnit
{
    Percent,
    Jobs,
    Rank,
}

public enum SkillKind
{
    Technical,
    Soft,
    Tool,
    Knowledge,
}

public enum CareerStepKind
{
    /// <summary>From is a way into To.</summary>
    Entry,
    /// <summary>To is the senior step of From.</summary>
    Promotion,
    Specialisation,
    Related,
}

public enum EducationLevel
{
    HighSchool,
    Associate,
    Bachelor,
    Master,
    Doctorate,
    Certificate,
}

public enum EducationRequirement
{
    Required,
    Typical,
    Preferred,
    Optional,
}

public enum GeographyKind
{
    World,
    Country,
    State,
    Metro,
}
