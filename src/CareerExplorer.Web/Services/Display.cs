using System.Globalization;
using CareerExplorer.Web.Data.Entities;

namespace CareerExplorer.Web.Services;

/// <summary>How values read on the page, in one place so pages, exports and the API agree.</summary>
public static class Display
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static string Money(decimal amount, string currency = "USD")
    {
        var whole = decimal.Round(amount) == amount;
        var number = amount.ToString(whole ? "#,0" : "#,0.00", Us);
        return currency == "USD" ? $"${number}" : $"{number} {currency}";
    }

    public static string Per(PayBasis basis) => basis == PayBasis.Hourly ? "per hour" : "per year";

    /// <summary>What a stored number outside its bounds reads as (it was stored before the bounds, or by hand).</summary>
    public const string Invalid = "invalid value";

    public static string Amount(decimal? amount, decimal? low, decimal? high, bool topCoded, string currency)
    {
        if (!FigureRules.IsWithinBounds(amount, low, high))
            return Invalid;
        if (low is { } l && high is { } h)
            return $"{Money(l, currency)} – {Money(h, currency)}";
        if (amount is { } a)
            return topCoded ? $"{Money(a, currency)} or more" : Money(a, currency);
        return "not published";
    }

    public static string Statistic(SalaryStatistic statistic) => statistic switch
    {
        SalaryStatistic.Median => "Median",
        SalaryStatistic.Mean => "Average (mean)",
        SalaryStatistic.Range => "Range",
        SalaryStatistic.P10 => "10th percentile",
        SalaryStatistic.P25 => "25th percentile",
        SalaryStatistic.P75 => "75th percentile",
        SalaryStatistic.P90 => "90th percentile",
        _ => statistic.ToString(),
    };

    public static string PayComponent(PayComponent component) => component switch
    {
        Rules.PayComponent.Base => "base pay",
        Rules.PayComponent.Total => "total pay",
        _ => "",
    };

    public static string Basis(PayBasis basis) => basis == PayBasis.Hourly ? "Hourly" : "Annual";

    public static string OutlookKind(OutlookKind kind) => kind switch
    {
        Rules.OutlookKind.Employment => "Employment",
        Rules.OutlookKind.EmploymentGrowth => "Employment growth",
        Rules.OutlookKind.JobPostingGrowth => "Job-posting growth",
        Rules.OutlookKind.NewJobs => "New jobs",
        Rules.OutlookKind.Openings => "Job openings",
        Rules.OutlookKind.Ranking => "Ranking",
        _ => kind.ToString(),
    };

    public static string OutlookValue(decimal? value, OutlookUnit unit) => value is null ? "not published" : !FigureRules.IsWithinBounds(value, unit) ? Invalid : unit switch
    {
        OutlookUnit.Percent => $"{value.Value.ToString("0.##", Us)}%",
        OutlookUnit.Rank => $"#{value.Value.ToString("0", Us)}",
        _ => value.Value.ToString("#,0", Us),
    };

    /// <summary>A percentage as BLS prints it, e.g. 1.7%.</summary>
    public static string Percent(decimal value) => Rules.Bounds.RelativeStandardError.Contains(value) ? $"{value.ToString("0.0##", Us)}%" : Invalid;

    /// <summary>"12,345 jobs", or what a withheld or invalid count reads as.</summary>
    public static string Jobs(decimal? value) => value is null ? "not published" : OutlookValue(value, Rules.OutlookUnit.Jobs) is var text && text == Invalid ? Invalid : $"{text} jobs";

    public static string Period(int? start, int? end) => (start, end) switch
    {
        ({ } s, { } e) => $"{s}–{e}",
        (null, { } e) => $"through {e}",
        ({ } s, null) => $"since {s}",
        _ => "",
    };

    public static string YearMonth(int year, int? month) =>
        month is { } m ? $"{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m)} {year}" : year.ToString(Us);

    public static string SkillKind(SkillKind kind) => kind switch
    {
        Rules.SkillKind.Technical => "Technical skills",
        Rules.SkillKind.Soft => "Soft skills",
        Rules.SkillKind.Tool => "Tools and technologies",
        Rules.SkillKind.Knowledge => "Knowledge",
        _ => kind.ToString(),
    };

    public static string SourceKind(SourceKind kind) => kind switch
    {
        Rules.SourceKind.GovernmentStatistics => "Government statistics",
        Rules.SourceKind.SalarySite => "Salary site",
        Rules.SourceKind.JobBoard => "Job board",
        Rules.SourceKind.Article => "Article",
        Rules.SourceKind.EducationProvider => "Education provider",
        Rules.SourceKind.IndustryReport => "Industry report",
        Rules.SourceKind.ProfessionalNetwork => "Professional network",
        Rules.SourceKind.OccupationalDatabase => "Occupational database",
        _ => kind.ToString(),
    };

    public static string EducationLevel(EducationLevel level) => level switch
    {
        Rules.EducationLevel.HighSchool => "High school diploma",
        Rules.EducationLevel.Associate => "Associate degree",
        Rules.EducationLevel.Bachelor => "Bachelor's degree",
        Rules.EducationLevel.Master => "Master's degree",
        Rules.EducationLevel.Doctorate => "Doctoral degree",
        Rules.EducationLevel.Certificate => "Certificate",
        _ => level.ToString(),
    };

    public static string CareerStepKind(CareerStepKind kind) => kind switch
    {
        Rules.CareerStepKind.Entry => "Way in",
        Rules.CareerStepKind.Promotion => "Promotion",
        Rules.CareerStepKind.Specialisation => "Specialisation",
        Rules.CareerStepKind.Related => "Related role",
        _ => kind.ToString(),
    };
}
