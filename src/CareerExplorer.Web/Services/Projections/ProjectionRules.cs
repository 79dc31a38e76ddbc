using System.Text.RegularExpressions;
using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Projections;

/// <summary>What a stored projection line must satisfy, for records that do not come from a workbook (an export imported again): the workbook reader applies the same bounds cell by cell.</summary>
public static partial class ProjectionRules
{
    public static IReadOnlyList<(string Field, string Message)> Check(ProjectionRecord p)
    {
        var problems = new List<(string, string)>();
        if (!Code().IsMatch(p.Code))
            problems.Add(("code", $"'{p.Code}' is not an occupation code like 15-2051."));
        if (string.IsNullOrWhiteSpace(p.Title) || p.Title.Length > TextLimits.RoleTitle)
            problems.Add(("title", $"The title must not be empty nor longer than {TextLimits.RoleTitle} characters."));
        else if (TextRules.CharacterProblem(p.Title) is { } characters)
            problems.Add(("title", "The title " + characters));
        if (p.BaseYear < Bounds.MinYear || p.TargetYear <= p.BaseYear || p.TargetYear > Bounds.MaxPeriodYear)
            problems.Add(("targetYear", $"The period must run from a base year ({Bounds.MinYear} or later) to a later target year, at most {Bounds.MaxPeriodYear}."));
        if ((p.Role is null) != (p.Code == ProjectionCodes.Total))
            problems.Add(("role", p.Role is null ? "An occupation's projection needs its role." : $"The all-occupations total ({ProjectionCodes.Total}) belongs to no role."));
        void Within(string field, decimal? value, NumberRange bounds)
        {
            if (!bounds.Contains(value))
                problems.Add((field, $"The value {bounds.Requirement}."));
        }
        Within("employmentBase", p.EmploymentBase, Bounds.ThousandsEmployed);
        Within("employmentTarget", p.EmploymentTarget, Bounds.ThousandsEmployed);
        Within("changeNumber", p.ChangeNumber, Bounds.ThousandsChange);
        Within("changePercent", p.ChangePercent, Bounds.Percent);
        Within("selfEmployedPercent", p.SelfEmployedPercent, Bounds.Share);
        Within("openings", p.Openings, Bounds.ThousandsEmployed);
        Within("medianWage", p.MedianWage, Bounds.PayAmount);
        foreach (var (field, text) in new[] { ("education", p.Education), ("experience", p.Experience), ("training", p.Training) })
        {
            if (text is not null && (text.Length == 0 || text.Length > TextLimits.ProjectionCategory || TextRules.CharacterProblem(text) is not null))
                problems.Add((field, $"A category is 1 to {TextLimits.ProjectionCategory} characters, without control or invisible characters."));
        }
        return problems;
    }

    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial Regex Code();
}

/// <summary>BLS's education and training categories, in their own order.</summary>
public static class ProjectionCategories
{
    /// <summary>Typical education needed for entry, most education first (BLS's order).</summary>
    public static readonly IReadOnlyList<string> Education =
    [
        "Doctoral or professional degree", "Master's degree", "Bachelor's degree", "Associate's degree",
        "Postsecondary nondegree award", "Some college, no degree", "High school diploma or equivalent", "No formal educational credential",
    ];

    /// <summary>A category's place in <see cref="Education"/>; one BLS may add later sorts after them.</summary>
    public static int EducationRank(string category)
    {
        var i = Education.ToList().FindIndex(e => e.Equals(category, StringComparison.OrdinalIgnoreCase));
        return i < 0 ? Education.Count : i;
    }
}
