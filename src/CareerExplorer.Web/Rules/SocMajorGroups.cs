namespace CareerExplorer.Web.Rules;

/// <summary>The 23 major groups of the 2018 Standard Occupational Classification, by their first two digits: the category of a role made from a code.</summary>
public static class SocMajorGroups
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["11"] = "Management Occupations",
        ["13"] = "Business and Financial Operations Occupations",
        ["15"] = "Computer and Mathematical Occupations",
        ["17"] = "Architecture and Engineering Occupations",
        ["19"] = "Life, Physical, and Social Science Occupations",
        ["21"] = "Community and Social Service Occupations",
        ["23"] = "Legal Occupations",
        ["25"] = "Educational Instruction and Library Occupations",
        ["27"] = "Arts, Design, Entertainment, Sports, and Media Occupations",
        ["29"] = "Healthcare Practitioners and Technical Occupations",
        ["31"] = "Healthcare Support Occupations",
        ["33"] = "Protective Service Occupations",
        ["35"] = "Food Preparation and Serving Related Occupations",
        ["37"] = "Building and Grounds Cleaning and Maintenance Occupations",
        ["39"] = "Personal Care and Service Occupations",
        ["41"] = "Sales and Related Occupations",
        ["43"] = "Office and Administrative Support Occupations",
        ["45"] = "Farming, Fishing, and Forestry Occupations",
        ["47"] = "Construction and Extraction Occupations",
        ["49"] = "Installation, Maintenance, and Repair Occupations",
        ["51"] = "Production Occupations",
        ["53"] = "Transportation and Material Moving Occupations",
        ["55"] = "Military Specific Occupations",
    };

    /// <summary>"15-2051.01" → "Computer and Mathematical Occupations"; "Occupations" for a code of no known group.</summary>
    public static string Of(string code) => Title(GroupOf(code)) ?? "Occupations";

    /// <summary>"15-2051.01" → "15": the major group of a code, null for a code of no known group.</summary>
    public static string? GroupOf(string? code) => code is { Length: >= 2 } && Titles.ContainsKey(code[..2]) ? code[..2] : null;

    /// <summary>"15" → "Computer and Mathematical Occupations"; null for no known group.</summary>
    public static string? Title(string? group) => group is not null && Titles.TryGetValue(group, out var title) ? title : null;

    /// <summary>"15" → "Computer and Mathematical": the title without its last word, for a list of fields.</summary>
    public static string? ShortTitle(string? group) => Title(group) is { } title ? title[..title.LastIndexOf(' ')] : null;

    /// <summary>Every group, in code order.</summary>
    public static IEnumerable<string> Groups => Titles.Keys.Order(StringComparer.Ordinal);
}
