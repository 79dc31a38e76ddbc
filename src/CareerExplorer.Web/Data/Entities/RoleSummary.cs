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
}
