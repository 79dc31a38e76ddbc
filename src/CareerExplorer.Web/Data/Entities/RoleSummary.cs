namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// What lists, search results, the home page and compare need of a role, stored when the data
/// changes instead of recomputed per request (<see cref="Services.RoleSummaries"/> keeps it in step,
/// in the same transaction as the change). The figures are referenced by id, so their source and
/// year are always those stored with them; the numbers beside them are the sort and filter keys.
/// </summary>
public class RoleSummary
{
    public int RoleId { get; set; }
    /// <summary>The one figure a list shows: the newest median (else mean, else range) that is not an OEWS figure.</summary>
    public int? HeadlineSalaryId { get; set; }
    /// <summary>The newest non-OEWS median, annualised: the salary sorts' key (null when none, or out of bounds).</summary>
    public decimal? MedianAnnual { get; set; }
    public int? HeadlineGrowthId { get; set; }
    /// <summary>The newest employment growth in percent: the growth sort's key.</summary>
    public decimal? GrowthPercent { get; set; }
    /// <summary>The latest OEWS release's annual median and employment figures.</summary>
    public int? OfficialMedianId { get; set; }
    public decimal? OfficialMedian { get; set; }
    public int? OfficialEmploymentId { get; set; }
    public decimal? OfficialEmployment { get; set; }
    /// <summary>The newest Employment Projections line, its change in percent and its annual openings (the sorts' keys), and its entry education (a filter).</summary>
    public int? ProjectionId { get; set; }
    public decimal? ProjectedChange { get; set; }
    public decimal? ProjectedOpenings { get; set; }
    public string? EntryEducation { get; set; }
    /// <summary>O*NET's job zone and the required-education category most workers name (filters).</summary>
    public int? JobZone { get; set; }
    public int? RequiredLevel { get; set; }
    /// <summary>That category's O*NET text, so the filter's options need no scan of every role's shares.</summary>
    public string? RequiredLevelText { get; set; }

    /// <summary>The SOC major group of the role's occupation code ("15"): the list's field (<see cref="SocMajorGroups"/>).</summary>
    public string? MajorGroup { get; set; }
    /// <summary>One line of what the job is: O*NET's description, else a curated role's summary, cut at a word.</summary>
    public string? Blurb { get; set; }
    /// <summary>How many figures the role page's pay table holds, and from how many sources: "N figures from M sources".</summary>
    public int PayFigureCount { get; set; }
    public int PaySourceCount { get; set; }
    /// <summary>The official median and projection are those of the SOC occupation this O*NET specialty is part of (its parent role).</summary>
    public bool OfficialFromParent { get; set; }
    /// <summary>The pay a list shows, annual: the official median, else the articles' newest median (the pay sorts' key).</summary>
    public decimal? PayAnnual { get; set; }
    /// <summary>The growth a list shows, in percent: the projected change, else the articles' newest growth (the growth sort's key).</summary>
    public decimal? GrowthShown { get; set; }
    /// <summary>The projected change against all occupations of the same release (the growth filter).</summary>
    public GrowthPace? GrowthPace { get; set; }
}

/// <summary>
/// How many roles have each value of a roles-list filter, over all roles: the counts beside the
/// filters of the unfiltered list, stored with the summaries (<see cref="RoleSummaryStore"/>) so
/// that list counts nothing per request. A search or a filter counts its own results instead.
/// </summary>
public class RoleFacetCount
{
    public int Id { get; set; }
    /// <summary>Which filter: one of <see cref="RoleFacetNames"/>.</summary>
    public required string Facet { get; set; }
    public required string Value { get; set; }
    /// <summary>The text the label is made from, where it is not the value itself (O*NET's category or job zone name).</summary>
    public string? LabelSource { get; set; }
    public int Count { get; set; }
}

/// <summary>The filters of the roles list, as stored in <see cref="RoleFacetCount.Facet"/>.</summary>
public static class RoleFacetNames
{
    public const string Category = "category";
    public const string Education = "education";
    public const string Required = "required";
    public const string Entry = "entry";
    public const string JobZone = "zone";
    public const string Field = "field";
    public const string Pay = "pay";
    public const string Growth = "growth";
    /// <summary>The roles the seed articles are about (curated, not imported): the machine-learning careers.</summary>
    public const string Articles = "articles";
}
