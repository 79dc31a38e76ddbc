namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// One of the occupations nearest a role in skills and knowledge (<see cref="Rules.SkillSimilarity"/>),
/// computed from O*NET's ratings when they change (<see cref="RoleMoveStore"/>) and stored, so a
/// role's moves are read, not computed, per request. The source is the O*NET release whose ratings
/// of the role it was computed from.
/// </summary>
public class RoleMove
{
    public int Id { get; set; }
    public int FromRoleId { get; set; }
    public Role FromRole { get; set; } = null!;
    public int ToRoleId { get; set; }
    public Role ToRole { get; set; } = null!;
    /// <summary>1 for the nearest.</summary>
    public int Rank { get; set; }
    /// <summary>Cosine similarity, 0 to 1.</summary>
    public double Similarity { get; set; }
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
}
