namespace CareerExplorer.Web.Data.Entities;

public class Role : Entity
{
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Category { get; set; }
    public required string Summary { get; set; }
    public string? Description { get; set; }
    public string? TypicalEducation { get; set; }
    /// <summary>
    /// Set when an importer created the role from official data ("bls-oews"): such a role takes
    /// its title and category from the newest release that lists it. Null for curated roles.
    /// </summary>
    public string? ImportedFrom { get; set; }
    /// <summary>
    /// For a more specific O*NET occupation (15-2051.01), the role of the SOC occupation it is part
    /// of (15-2051), whose official wages it shares. Set by the O*NET importer.
    /// </summary>
    public int? ParentRoleId { get; set; }
    public Role? ParentRole { get; set; }

    public List<RoleAlias> Aliases { get; set; } = [];
    public List<RoleTask> Tasks { get; set; } = [];
    public List<OccupationCode> OccupationCodes { get; set; } = [];
    public List<SalaryFigure> SalaryFigures { get; set; } = [];
    public List<OutlookFigure> OutlookFigures { get; set; } = [];
    public List<RoleSkill> Skills { get; set; } = [];
    public List<EducationStep> EducationSteps { get; set; } = [];
    /// <summary>The seed documents that name this role.</summary>
    public List<Source> Documents { get; set; } = [];
}

/// <summary>Another name the role goes by, so search finds it ("ML Engineer").</summary>
public class RoleAlias : Entity
{
    public int RoleId { get; set; }
    public Role Role { get; set; } = null!;
    public required string Name { get; set; }
}
