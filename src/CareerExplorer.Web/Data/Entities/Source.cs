namespace CareerExplorer.Web.Data.Entities;

/// <summary>
/// Who published something: a statistics agency, a salary site, or one of the articles we read.
/// The seed documents are sources too (<see cref="SeedFile"/> set).
/// </summary>
public class Source : Entity
{
    public required string Slug { get; set; }
    public required string Publisher { get; set; }
    public required string Title { get; set; }
    public string? Url { get; set; }
    public SourceKind Kind { get; set; }
    /// <summary>The release or reference period, e.g. "May 2023 OEWS".</summary>
    public string? ReleasePeriod { get; set; }
    public int? Year { get; set; }
    /// <summary>"YYYY-MM-DD" or "YYYY-MM" as far as the source states it.</summary>
    public string? PublishedOn { get; set; }
    /// <summary>The file in shared/seeds this source is, when it is one of the seed documents.</summary>
    public string? SeedFile { get; set; }
    public string? Note { get; set; }
    /// <summary>
    /// The official dataset this source is a release of (<see cref="Datasets"/>, e.g. "bls-oews"),
    /// and which release ("2023-05"); both null for every other source. Set only by importers:
    /// whether a figure is official is decided by these, never by the slug an admin may edit.
    /// </summary>
    public string? Dataset { get; set; }
    public string? Release { get; set; }

    public List<Role> MentionedRoles { get; set; } = [];
}
