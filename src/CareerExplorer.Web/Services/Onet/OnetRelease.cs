namespace CareerExplorer.Web.Services.Onet;

/// <summary>The files of an O*NET release this app reads, by the name O*NET gives them (".xlsx" or ".txt").</summary>
public enum OnetFileKind
{
    OccupationData,
    TaskStatements,
    Skills,
    Knowledge,
    TechnologySkills,
    EducationTrainingExperience,
    EducationCategories,
    JobZones,
    JobZoneReference,
    RelatedOccupations,
    AlternateTitles,
    Interests,
    ContentModelReference,
    ScalesReference,
}

public static class OnetFiles
{
    public const string ReadMe = "Read Me.txt";

    public static readonly IReadOnlyDictionary<OnetFileKind, string> Names = new Dictionary<OnetFileKind, string>
    {
        [OnetFileKind.OccupationData] = "Occupation Data",
        [OnetFileKind.TaskStatements] = "Task Statements",
        [OnetFileKind.Skills] = "Skills",
        [OnetFileKind.Knowledge] = "Knowledge",
        [OnetFileKind.TechnologySkills] = "Technology Skills",
        [OnetFileKind.EducationTrainingExperience] = "Education, Training, and Experience",
        [OnetFileKind.EducationCategories] = "Education, Training, and Experience Categories",
        [OnetFileKind.JobZones] = "Job Zones",
        [OnetFileKind.JobZoneReference] = "Job Zone Reference",
        [OnetFileKind.RelatedOccupations] = "Related Occupations",
        [OnetFileKind.AlternateTitles] = "Alternate Titles",
        [OnetFileKind.Interests] = "Interests",
        [OnetFileKind.ContentModelReference] = "Content Model Reference",
        [OnetFileKind.ScalesReference] = "Scales Reference",
    };

    /// <summary>The kind of an O*NET file by its name ("Skills.xlsx", "skills.txt"), or null.</summary>
    public static OnetFileKind? KindOf(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".xlsx" or ".txt"))
            return null;
        var stem = Path.GetFileNameWithoutExtension(fileName).Trim();
        foreach (var (kind, name) in Names)
        {
            if (name.Equals(stem, StringComparison.OrdinalIgnoreCase))
                return kind;
        }
        return null;
    }

    public static bool IsReadMe(string fileName) => Path.GetFileName(fileName).Equals(ReadMe, StringComparison.OrdinalIgnoreCase);

    /// <summary>The file of the release: its name as O*NET publishes it, in the text form.</summary>
    public static string TextName(OnetFileKind kind) => Names[kind] + ".txt";
}

// One record a row of O*NET data, as read; File and Line say where, for the messages.

public sealed record OnetOccupationRow(string File, long Line, string Code, string Title, string Description);

public sealed record OnetTaskRow(string File, long Line, string Code, int TaskId, string Text, OnetTaskType Type, decimal? IncumbentsResponding, string? Date, string? DomainSource);

/// <summary>One element's importance and level (two lines of the file, IM and LV), as one record.</summary>
public sealed record OnetRatingRow(string File, long Line, string Code, SkillKind Kind, string ElementId, string ElementName)
{
    public decimal? Importance { get; set; }
    public decimal? ImportanceN { get; set; }
    public bool ImportanceSuppressed { get; set; }
    public decimal? Level { get; set; }
    public decimal? LevelN { get; set; }
    public bool LevelSuppressed { get; set; }
    public bool LevelNotRelevant { get; set; }
    public string? Date { get; set; }
    public string? DomainSource { get; set; }
}

public sealed record OnetTechnologyRow(string File, long Line, string Code, string Example, int CommodityCode, string CommodityTitle, bool IsHot, bool IsInDemand);

public sealed record OnetShareRow(string File, long Line, string Code, OnetTrainingScale Scale, int Category, decimal Percent, decimal? N, bool Suppressed, string? Date, string? DomainSource);

public sealed record OnetCategoryRow(OnetTrainingScale Scale, int Category, string Text);

public sealed record OnetJobZoneRow(string File, long Line, string Code, int Zone, string? Date, string? DomainSource);

public sealed record OnetJobZoneLevelRow(int Zone, string Name, string Experience, string Education, string Training, string Examples, string SvpRange);

public sealed record OnetRelatedRow(string File, long Line, string Code, string RelatedCode, OnetRelatedTier Tier, int Index);

public sealed record OnetAlternateTitleRow(string File, long Line, string Code, string Title, string? ShortTitle, string? Sources);

/// <summary>One RIASEC interest's score (OI) and, from the IH lines, its place among the high-point codes.</summary>
public sealed record OnetInterestRow(string File, long Line, string Code, RiasecInterest Interest)
{
    public decimal? Score { get; set; }
    public int? HighPoint { get; set; }
    public string? Date { get; set; }
    public string? DomainSource { get; set; }
}

public sealed record OnetElementRow(string ElementId, string Name, string Description);

/// <summary>
/// An O*NET release as read from its files: its version and release month, which of its files
/// came, and their rows. A release may come in part (without its Skills file, say): the kinds it
/// does not hold keep what an earlier release gave.
/// </summary>
public sealed class OnetRelease
{
    public required string Name { get; init; }
    public required OnetVersion Version { get; init; }
    /// <summary>"YYYY-MM".</summary>
    public required string Released { get; init; }
    public HashSet<OnetFileKind> Kinds { get; } = [];

    public List<OnetOccupationRow> Occupations { get; } = [];
    public List<OnetTaskRow> Tasks { get; } = [];
    public List<OnetRatingRow> Ratings { get; } = [];
    public List<OnetTechnologyRow> Technologies { get; } = [];
    public List<OnetShareRow> Shares { get; } = [];
    public List<OnetCategoryRow> Categories { get; } = [];
    public List<OnetJobZoneRow> JobZones { get; } = [];
    public List<OnetJobZoneLevelRow> JobZoneLevels { get; } = [];
    public List<OnetRelatedRow> Related { get; } = [];
    public List<OnetAlternateTitleRow> AlternateTitles { get; } = [];
    public List<OnetInterestRow> Interests { get; } = [];
    public List<OnetElementRow> Elements { get; } = [];

    public int Records => Occupations.Count + Tasks.Count + Ratings.Count + Technologies.Count + Shares.Count + Categories.Count
        + JobZones.Count + JobZoneLevels.Count + Related.Count + AlternateTitles.Count + Interests.Count + Elements.Count;

    /// <summary>"O*NET 29.0 (August 2024)": how every block the release gave names it.</summary>
    public string Title => OnetNames.Release(Version.ToString(), Released);
}

public static class OnetNames
{
    /// <summary>The tier's name in O*NET's files: "Primary-Short", "Primary-Long" or "Supplemental".</summary>
    public static string RelatedTierCode(OnetRelatedTier tier) =>
        tier switch { OnetRelatedTier.PrimaryShort => "Primary-Short", OnetRelatedTier.PrimaryLong => "Primary-Long", _ => "Supplemental" };

    public const string Publisher = "National Center for O*NET Development, for the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)";

    /// <summary>"O*NET 29.0 (August 2024)".</summary>
    public static string Release(string version, string? released) =>
        released is { Length: 7 } r && DateTime.TryParseExact(r, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? $"O*NET {version} ({month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)})"
            : $"O*NET {version}";

    /// <summary>The credit O*NET's license asks for, wherever its content is shown.</summary>
    public static string Credit(string version) =>
        $"This page includes information from the O*NET {version} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.";

    /// <summary>"08/2023" → "2023-08".</summary>
    public static string? Date(string text) =>
        text.Length == 7 && text[2] == '/' && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
            && int.TryParse(text.AsSpan(3, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1990
            ? $"{y:D4}-{m:D2}"
            : null;

    /// <summary>"2023-08" → "08/2023", as O*NET writes it.</summary>
    public static string FileDate(string? date) => date is { Length: 7 } d ? $"{d[5..]}/{d[..4]}" : "";

    /// <summary>"2023-08" → "August 2023".</summary>
    public static string MonthText(string? date) =>
        date is { Length: 7 } d && DateTime.TryParseExact(d, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : "";
}
