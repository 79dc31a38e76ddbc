namespace CareerExplorer.Web.Data.Entities;

public class Skill : Entity
{
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public SkillKind Kind { get; set; }
    /// <summary>The heading a source files it under, e.g. "Operating system software".</summary>
    public string? Group { get; set; }
    /// <summary>O*NET's element id ("2.A.1.a") for its skills and knowledge areas.</summary>
    public string? ElementId { get; set; }
    /// <summary>What it is, in the words of O*NET's content model.</summary>
    public string? Description { get; set; }

    public List<RoleSkill> Roles { get; set; } = [];
}

/// <summary>A source says this role needs this skill.</summary>
public class RoleSkill : Sourced
{
    public int RoleId { get; set; }
    public Role Role { get; set; } = null!;
    public int SkillId { get; set; }
    public Skill Skill { get; set; } = null!;
}
