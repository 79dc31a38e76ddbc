namespace CareerExplorer.Web.Data.Entities;

// What the O*NET database says of an occupation, beside what the articles say (never over it).
// Every row is sourced to the O*NET release that gave it. A newer release replaces, per role and
// per kind of content (one O*NET file), what an older one gave; a kind a release leaves out keeps
// the older release's rows, so each block of a role page has a version of its own.

/// <summary>
/// The O*NET occupation a role is ("Occupation Data"): its O*NET-SOC code, O*NET's title and
/// description. A code ending ".00" is the SOC occupation itself; others are more specific
/// occupations within it, whose role has the SOC occupation's role as <see cref="Role.ParentRole"/>.
/// </summary>
public class OnetOccupation : Sourced
{
    public int RoleId { get; set; }
    public Role Role { get; set; } = null!;
    public required string Code { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
}

/// <summary>What the rows O*NET collected share: when (MM/YYYY in the files, stored "YYYY-MM") and from whom ("Incumbent", "Analyst"...).</summary>
public abstract class OnetRow : Sourced
{
    public int RoleId { get; set; }
    public Role Role { get; set; } = null!;
    /// <summary>"YYYY-MM": when the values were collected or last updated, where the file says.</summary>
    public string? Date { get; set; }
    public string? DomainSource { get; set; }
}

/// <summary>A task statement ("Task Statements"), core or supplemental.</summary>
public class OnetTask : OnetRow
{
    public int TaskId { get; set; }
    public required string Text { get; set; }
    public OnetTaskType Type { get; set; }
    public decimal? IncumbentsResponding { get; set; }
}

/// <summary>
/// A skill or knowledge area rated for the occupation ("Skills", "Knowledge"): importance (IM,
/// 1-5) and level (LV, 0-7) of one element, each with O*NET's advice on display.
/// </summary>
public class OnetRating : OnetRow
{
    public int SkillId { get; set; }
    public Skill Skill { get; set; } = null!;
    /// <summary>Which file it came from: <see cref="SkillKind.Skill"/> or <see cref="SkillKind.Knowledge"/>.</summary>
    public SkillKind Kind { get; set; }
    public decimal? Importance { get; set; }
    public decimal? ImportanceN { get; set; }
    /// <summary>O*NET recommends suppressing the estimate: too imprecise to show as a figure.</summary>
    public bool ImportanceSuppressed { get; set; }
    public decimal? Level { get; set; }
    public decimal? LevelN { get; set; }
    public bool LevelSuppressed { get; set; }
    /// <summary>The element was rated not relevant to the occupation: its level means nothing.</summary>
    public bool LevelNotRelevant { get; set; }
}

/// <summary>A technology the occupation uses ("Technology Skills"), filed under its commodity (UNSPSC) title.</summary>
public class OnetTechnology : OnetRow
{
    public int SkillId { get; set; }
    public Skill Skill { get; set; } = null!;
    public int CommodityCode { get; set; }
    public required string CommodityTitle { get; set; }
    public bool IsHot { get; set; }
    public bool IsInDemand { get; set; }
}

/// <summary>
/// One category of a distribution ("Education, Training, and Experience"): the share of workers
/// (percent) whose job needs this much education (RL), related work experience (RW), on-site
/// training (PT) or on-the-job training (OJ).
/// </summary>
public class OnetTrainingShare : OnetRow
{
    public OnetTrainingScale Scale { get; set; }
    public int Category { get; set; }
    /// <summary>What the category means, from "Education, Training, and Experience Categories".</summary>
    public required string CategoryText { get; set; }
    public decimal Percent { get; set; }
    public decimal? N { get; set; }
    public bool Suppressed { get; set; }
}

/// <summary>The occupation's job zone, 1-5 ("Job Zones"): how much preparation it needs.</summary>
public class OnetJobZone : OnetRow
{
    public int Zone { get; set; }
}

/// <summary>What a job zone means ("Job Zone Reference"), as the release that gave it says.</summary>
public class OnetJobZoneLevel : Sourced
{
    public int Zone { get; set; }
    public required string Name { get; set; }
    public required string Experience { get; set; }
    public required string Education { get; set; }
    public required string Training { get; set; }
    public required string Examples { get; set; }
    public required string SvpRange { get; set; }
}

/// <summary>
/// One of the six RIASEC interests ("Interests"): its score on the occupational-interest scale
/// (OI, 1-7), and its place among the occupation's high-point codes (IH) when it is one.
/// </summary>
public class OnetInterest : OnetRow
{
    public RiasecInterest Interest { get; set; }
    public decimal? Score { get; set; }
    /// <summary>1 for the first interest high-point, 2 and 3 for the next; null when it is none.</summary>
    public int? HighPoint { get; set; }
}

/// <summary>An occupation O*NET relates to this one ("Related Occupations"), by tier and rank.</summary>
public class OnetRelated : OnetRow
{
    public int RelatedRoleId { get; set; }
    public Role RelatedRole { get; set; } = null!;
    public OnetRelatedTier Tier { get; set; }
    public int Index { get; set; }
}

/// <summary>Another title people use for the occupation ("Alternate Titles"), so search finds it.</summary>
public class OnetAlternateTitle : OnetRow
{
    public required string Title { get; set; }
    public string? ShortTitle { get; set; }
    /// <summary>O*NET's codes for where the title was found ("08,10").</summary>
    public string? Sources { get; set; }
}
