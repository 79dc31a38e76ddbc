using System.Text;
using System.Text.RegularExpressions;

namespace CareerExplorer.Web.Rules;

/// <summary>Slugs: the names in addresses (/Roles/machine-learning-engineer), for every kind of record.</summary>
public static partial class Slugs
{
    /// <summary>Lower-case letters and digits in groups joined by single hyphens.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex Pattern();

    public static bool IsSlug(string? s) => s is not null && s.Length <= TextLimits.Slug && Pattern().IsMatch(s);

    /// <summary>
    /// A role's slug from its title, at most 100 characters, made unique with its occupation code
    /// ("data-scientists-152051") and then a number: the importers' one rule.
    /// </summary>
    public static string UniqueForCode(string title, string code, HashSet<string> taken)
    {
        var slug = From(title);
        var candidate = slug.Length > 100 ? slug[..100].TrimEnd('-') : slug;
        if (!taken.Add(candidate))
        {
            candidate = $"{candidate}-{code.Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)}";
            for (var i = 2; !taken.Add(candidate); i++)
                candidate = $"{candidate}-{i}";
        }
        return candidate;
    }

    /// <summary>"Computer and Information Research Scientists" → "computer-and-information-research-scientists"; "C++" → "cplusplus", "C#" → "csharp".</summary>
    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
                sb.Append(ch);
            else if (ch == '+')
                sb.Append("plus");
            else if (ch == '#')
                sb.Append("sharp");
            else if (sb.Length > 0 && sb[^1] != '-')
                sb.Append('-');
        }
        return sb.ToString().TrimEnd('-');
    }
}

/// <summary>Formats of text fields that are not free text.</summary>
public static partial class Formats
{
    /// <summary>Only http(s) addresses are stored as links: never javascript:, data: or file:.</summary>
    public static bool IsHttpUrl(string? s) =>
        Uri.TryCreate(s, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>A date as far as a source states it: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    public static partial Regex PartialDate();
}
