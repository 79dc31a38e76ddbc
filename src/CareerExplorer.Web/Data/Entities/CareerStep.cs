namespace CareerExplorer.Web.Data.Entities;

/// <summary>A move between roles: an entry route, a promotion, a specialisation.</summary>
public class CareerStep : Sourced
{
    public int FromRoleId { get; set; }
    public Role FromRole { get; set; } = null!;
    public int ToRoleId { get; set; }
    public Role ToRole { get; set; } = null!;
    public CareerStepKind Kind { get; set; }
}

/// <summary>An education level a source names for a role.</summary>
public class EducationStep : Sourced
{
    public int RoleId { get; set; }
    public Role Role { get; set; } = null!;
    public EducationLevel Level { get; set; }
    public EducationRequirement Requirement { get; set; }
    public string? Field { get; set; }
}
