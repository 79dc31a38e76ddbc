namespace CareerExplorer.Web.Rules;

/// <summary>
/// Which months a CPI year's value rests on, as a bit mask (bit 0 January … bit 11 December).
/// <see cref="All"/> is a full year: the published annual average, or the mean of all twelve
/// months. A year with fewer is the mean of the months published and is always labelled so.
/// </summary>
public static class CpiMonths
{
    public const int All = (1 << 12) - 1;

    public static bool IsValid(int mask) => mask is > 0 and <= All;

    public static bool IsFull(int mask) => mask == All;

    public static int Count(int mask) => System.Numerics.BitOperations.PopCount((uint)(mask & All));

    public static bool Has(int mask, int month) => (mask & Bit(month)) != 0;

    public static int Bit(int month) => 1 << (month - 1);

    public static IReadOnlyList<int> List(int mask) => Enumerable.Range(1, 12).Where(m => Has(mask, m)).ToList();

    /// <summary>The mask of <paramref name="months"/> (each 1-12), or null when one is out of range, repeated or none is given.</summary>
    public static int? FromList(IReadOnlyCollection<int> months)
    {
        if (months.Count == 0 || months.Any(m => m is < 1 or > 12) || months.Distinct().Count() != months.Count)
            return null;
        return months.Aggregate(0, (mask, m) => mask | Bit(m));
    }

    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>"January–September, November–December": runs of consecutive months as ranges.</summary>
    public static string Names(int mask) =>
        string.Join(", ", Runs(mask).Select(r => r.From == r.To ? MonthName(r.From) : $"{MonthName(r.From)}–{MonthName(r.To)}"));

    /// <summary>"1-9, 11-12": the admin form's way of writing months (numbers, runs with a hyphen).</summary>
    public static string Numbers(int mask) =>
        string.Join(", ", Runs(mask).Select(r => r.From == r.To ? $"{r.From}" : $"{r.From}-{r.To}"));

    private static IEnumerable<(int From, int To)> Runs(int mask)
    {
        var months = List(mask);
        for (var i = 0; i < months.Count; i++)
        {
            var from = months[i];
            while (i + 1 < months.Count && months[i + 1] == months[i] + 1)
                i++;
            yield return (from, months[i]);
        }
    }

    /// <summary>Reads <see cref="Numbers"/>' form ("1-9, 11, 12"); null when it is not months.</summary>
    public static int? ParseNumbers(string text)
    {
        var months = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (ends.Length is < 1 or > 2 || !ends.All(e => int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                return null;
            var (from, to) = (int.Parse(ends[0], CultureInfo.InvariantCulture), int.Parse(ends[^1], CultureInfo.InvariantCulture));
            if (from > to || from < 1 || to > 12)
                return null;
            months.AddRange(Enumerable.Range(from, to - from + 1));
        }
        return FromList(months);
    }

    /// <summary>
    /// "CPI-U mean of 11 months (January–September, November–December 2025; October was not
    /// published)". Months missing after the last one given in the table's latest year are "not
    /// published yet"; the others "not published". Null for a full year.
    /// </summary>
    public static string? PartialNote(int year, int mask, bool latestYear)
    {
        if (IsFull(mask))
            return null;
        var last = List(mask)[^1];
        var missing = All & ~mask;
        var gaps = latestYear ? missing & (Bit(last) - 1) : missing;
        var later = missing & ~gaps;
        var why = new List<string>();
        if (gaps != 0)
            why.Add($"{Names(gaps)} {(Count(gaps) == 1 ? "was" : "were")} not published");
        if (later != 0)
            why.Add($"{Names(later)} {(Count(later) == 1 ? "is" : "are")} not published yet");
        var count = Count(mask);
        return $"CPI-U mean of {count} month{(count == 1 ? "" : "s")} ({Names(mask)} {year}; {string.Join("; ", why)})";
    }
}
