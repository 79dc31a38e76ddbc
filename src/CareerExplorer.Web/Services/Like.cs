namespace CareerExplorer.Web.Services;

/// <summary>SQL LIKE patterns from user text: the user's % and _ match themselves.</summary>
public static class Like
{
    public const string Escape = "\\";

    public static string Contains(string text) => "%" + Escaped(text) + "%";

    public static string StartsWith(string text) => Escaped(text) + "%";

    private static string Escaped(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
