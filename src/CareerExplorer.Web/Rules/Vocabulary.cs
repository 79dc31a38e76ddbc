namespace CareerExplorer.Web.Rules;

// Enums are stored as their names (see CareerDbContext.ConfigureConventions) so the database
// reads like the seed files. [Display(Name)] is what a value reads as on the page (see Labels).

public enum SourceKind
{
    [Display(Name = "Government statistics")] GovernmentStatistics,
    [Display(Name = "Salary site")] SalarySite,
    [Display(Name = "Job board")] JobBoard,
    [Display(Name = "Article")] Article,
    [Display(Name = "Education provider")] EducationProvider,
    [Display(Name = "Industry report")] IndustryReport,
    [Display(Name = "Professional network")] ProfessionalNetwork,
    [Display(Name = "Occupational database")] OccupationalDatabase,
}

public enum SalaryStatistic
{
    [Display(Name = "Median")] Median,
    [Display(Name = "Average (mean)")] Mean,
    [Display(Name = "Range")] Range,
    [Display(Name = "10th percentile")] P10,
    [Display(Name = "25th percentile")] P25,
    [Display(Name = "75th percentile")] P75,
    [Display(Name = "90th percentile")] P90,
}

/// <summary>Whether a figure is base salary or total pay (bonus, equity...), where the source says.</summary>
public enum PayComponent
{
    [Display(Name = "")] Unspecified,
    [Display(Name = "base pay")] Base,
    [Display(Name = "total pay")] Total,
}

public enum PayBasis
{
    [Display(Name = "Annual")] Annual,
    [Display(Name = "Hourly")] Hourly,
}

public enum OutlookKind
{
    /// <summary>How many people hold the job (BLS OEWS employment).</summary>
    [Display(Name = "Employment")] Employment,
    [Display(Name = "Employment growth")] EmploymentGrowth,
    [Display(Name = "Job-posting growth")] JobPostingGrowth,
    [Display(Name = "New jobs")] NewJobs,
    [Display(Name = "Job openings")] Openings,
    [Display(Name = "Ranking")] Ranking,
}

/// <summary>
/// How a projections release counts occupational openings: from the 2016-26 release on, an annual
/// average of openings from growth and from workers leaving the occupation (the separations
/// method); before it, the period's total from growth and net replacement needs, a smaller number
/// that is not comparable.
/// </summary>
public enum OpeningsBasis
{
    [Display(Name = "annual average")] AnnualAverage,
    [Display(Name = "total over the period")] PeriodTotal,
}

public enum OutlookUnit
{
    Percent,
    Jobs,
    Rank,
}

public enum SkillKind
{
    [Display(Name = "Technical skills")] Technical,
    [Display(Name = "Soft skills")] Soft,
    [Display(Name = "Tools and technologies")] Tool,
    [Display(Name = "Knowledge")] Knowledge,
    /// <summary>O*NET's skills: developed capacities such as Reading Comprehension or Programming.</summary>
    [Display(Name = "Skills")] Skill,
}

public enum CareerStepKind
{
    /// <summary>From is a way into To.</summary>
    [Display(Name = "Way in")] Entry,
    /// <summary>To is the senior step of From.</summary>
    [Display(Name = "Promotion")] Promotion,
    [Display(Name = "Specialisation")] Specialisation,
    [Display(Name = "Related role")] Related,
}

public enum EducationLevel
{
    [Display(Name = "High school diploma")] HighSchool,
    [Display(Name = "Associate degree")] Associate,
    [Display(Name = "Bachelor's degree")] Bachelor,
    [Display(Name = "Master's degree")] Master,
    [Display(Name = "Doctoral degree")] Doctorate,
    [Display(Name = "Certificate")] Certificate,
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

/// <summary>O*NET's task types: core tasks are critical to the occupation, supplemental ones less so.</summary>
public enum OnetTaskType
{
    [Display(Name = "Core")] Core,
    [Display(Name = "Supplemental")] Supplemental,
    [Display(Name = "Not rated")] NotRated,
}

/// <summary>The distributions of O*NET's "Education, Training, and Experience" file, by scale id.</summary>
public enum OnetTrainingScale
{
    [Display(Name = "Required level of education")] RL,
    [Display(Name = "Related work experience")] RW,
    [Display(Name = "On-site or in-plant training")] PT,
    [Display(Name = "On-the-job training")] OJ,
}

/// <summary>Holland's six interest areas (RIASEC), in O*NET's order.</summary>
public enum RiasecInterest
{
    [Display(Name = "Realistic")] Realistic,
    [Display(Name = "Investigative")] Investigative,
    [Display(Name = "Artistic")] Artistic,
    [Display(Name = "Social")] Social,
    [Display(Name = "Enterprising")] Enterprising,
    [Display(Name = "Conventional")] Conventional,
}

/// <summary>How closely O*NET relates two occupations: the five most related, the next five, then the rest.</summary>
public enum OnetRelatedTier
{
    [Display(Name = "Most related")] PrimaryShort,
    [Display(Name = "Also closely related")] PrimaryLong,
    [Display(Name = "Related")] Supplemental,
}
