using System.Text.RegularExpressions;

namespace CareerExplorer.Web.Rules;

/// <summary>
/// The official datasets the importers bring in. A source that is one release of one of them
/// carries the dataset and the release, set only by that dataset's importer (never typed in a
/// form); "is this figure official?" asks those two columns, never the slug, which admins edit.
/// </summary>
public static partial class Datasets
{
    /// <summary>BLS Occupational Employment and Wage Statistics, national estimates: a release a year, for May.</summary>
    public const string BlsOews = "bls-oews";

    public static readonly IReadOnlyList<string> Known = [BlsOews];

    public static bool IsKnown(string? dataset) => dataset is not null && Known.Contains(dataset, StringComparer.Ordinal);

    /// <summary>A release names its reference period: "2023" or "2023-05".</summary>
    public static bool IsRelease(string? release) => release is not null && ReleasePattern().IsMatch(release);

    /// <summary>The OEWS release of May of <paramref name="year"/>: "2023-05".</summary>
    public static string OewsRelease(int year) => year.ToString("D4", CultureInfo.InvariantCulture) + "-05";

    /// <summary>The year of an OEWS release ("2023-05" is 2023), or null for anything else.</summary>
    public static int? OewsYear(string? release) =>
        release is { Length: 7 } r && r.EndsWith("-05", StringComparison.Ordinal) && int.TryParse(r.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    public const string ReleaseRule = "a release is a year (YYYY) or a year and month (YYYY-MM)";

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2]))?$")]
    private static partial Regex ReleasePattern();
}
