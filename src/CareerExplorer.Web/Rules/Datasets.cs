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

    /// <summary>The O*NET database (National Center for O*NET Development, USDOL/ETA): numbered releases, "29.0", "30.1".</summary>
    public const string Onet = "onet";

    /// <summary>BLS Employment Projections: a ten-year projection a release, named by its period, "2024-34".</summary>
    public const string BlsProjections = "bls-ep";

    /// <summary>BLS CPI-U, U.S. city average, all items, not seasonally adjusted (series CUUR0000SA0), monthly: the release is the latest month, "2026-05".</summary>
    public const string BlsCpi = "bls-cpi";

    public static readonly IReadOnlyList<string> Known = [BlsOews, Onet, BlsCpi, BlsProjections];

    public static bool IsKnown(string? dataset) => dataset is not null && Known.Contains(dataset, StringComparer.Ordinal);

    /// <summary>A release names its reference period ("2023" or "2023-05"), for O*NET its version number ("29.0"), for projections its period ("2024-34").</summary>
    public static bool IsRelease(string? dataset, string? release) => release is not null
        && (dataset == Onet ? OnetVersion.TryParse(release, out _)
            : dataset == BlsProjections ? ProjectionPeriod.TryParse(release, out _)
            : ReleasePattern().IsMatch(release));

    /// <summary>The OEWS release of May of <paramref name="year"/>: "2023-05".</summary>
    public static string OewsRelease(int year) => year.ToString("D4", CultureInfo.InvariantCulture) + "-05";

    /// <summary>The year of an OEWS release ("2023-05" is 2023), or null for anything else.</summary>
    public static int? OewsYear(string? release) =>
        release is { Length: 7 } r && r.EndsWith("-05", StringComparison.Ordinal) && int.TryParse(r.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    public static string ReleaseRule(string? dataset) => dataset == Onet ? "an O*NET release is its version number, e.g. 29.0"
        : dataset == BlsProjections ? "a projections release is its period, e.g. 2024-34"
        : "a release is a year (YYYY) or a year and month (YYYY-MM)";

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2]))?$")]
    private static partial Regex ReleasePattern();
}

/// <summary>An O*NET release's version, "29.0" or "30.1", ordered as numbers (29.10 after 29.2 is not O*NET's way, but ordered right too).</summary>
public readonly record struct OnetVersion(int Major, int Minor) : IComparable<OnetVersion>
{
    public int CompareTo(OnetVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(OnetVersion a, OnetVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(OnetVersion a, OnetVersion b) => a.CompareTo(b) > 0;

    public override string ToString() => $"{Major}.{Minor}";

    public static bool TryParse(string? text, out OnetVersion version)
    {
        version = default;
        var parts = (text ?? "").Trim().Split('.');
        if (parts.Length != 2 || parts.Any(p => p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit)))
            return false;
        version = new OnetVersion(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        return true;
    }
}

/// <summary>An Employment Projections release's period, "2024-34": the base year and the target year, ten years on.</summary>
public readonly record struct ProjectionPeriod(int BaseYear, int TargetYear)
{
    /// <summary>"2024-34", as BLS names a release.</summary>
    public override string ToString() => $"{BaseYear}-{TargetYear % 100:D2}";

    /// <summary>"2024–34", for pages.</summary>
    public string Display => $"{BaseYear}\u2013{TargetYear % 100:D2}";

    public static bool TryParse(string? text, out ProjectionPeriod period)
    {
        period = default;
        var t = (text ?? "").Trim();
        if (t.Length != 7 || t[4] != '-' || !int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            return false;
        var target = start / 100 * 100 + end;
        if (target <= start)
            target += 100;
        if (start < Bounds.MinYear || target > Bounds.MaxPeriodYear)
            return false;
        period = new ProjectionPeriod(start, target);
        return true;
    }
}

/// <summary>Codes an Employment Projections table gives a special meaning.</summary>
public static class ProjectionCodes
{
    /// <summary>"Total, all occupations".</summary>
    public const string Total = "00-0000";
}
