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
        Data.Entities.PayComponent.Base => "base pay",
        Data.Entities.PayComponent.Total => "total pay",
        _ => "",
    };

    public static string Basis(PayBasis basis) => basis == PayBasis.Hourly ? "Hourly" : "Annual";

    public static string OutlookKind(OutlookKind kind) => kind switch
    {
        Data.Entities.OutlookKind.Employment => "Employment",
        Data.Entities.OutlookKind.EmploymentGrowth => "Employment growth",
        Data.Entities.OutlookKind.JobPostingGrowth => "Job-posting growth",
        Data.Entities.OutlookKind.NewJobs => "New jobs",
        Data.Entities.OutlookKind.Openings => "Job openings",
        Data.Entities.OutlookKind.Ranking => "Ranking",
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
    public static string Jobs(decimal? value) => value is null ? "not published" : OutlookValue(value, Data.Entities.OutlookUnit.Jobs) is var text && text == Invalid ? Invalid : $"{text} jobs";

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
        Data.Entities.SkillKind.Technical => "Technical skills",
        Data.Entities.SkillKind.Soft => "Soft skills",
        Data.Entities.SkillKind.Tool => "Tools and technologies",
        Data.Entities.SkillKind.Knowledge => "Knowledge",
        _ => kind.ToString(),
    };

    public static string SourceKind(SourceKind kind) => kind switch
    {
        Data.Entities.SourceKind.GovernmentStatistics => "Government statistics",
        Data.Entities.SourceKind.SalarySite => "Salary site",
        Data.Entities.SourceKind.JobBoard => "Job board",
        Data.Entities.SourceKind.Article => "Article",
        Data.Entities.SourceKind.EducationProvider => "Education provider",
        Data.Entities.SourceKind.IndustryReport => "Industry report",
        Data.Entities.SourceKind.ProfessionalNetwork => "Professional network",
        Data.Entities.SourceKind.OccupationalDatabase => "Occupational database",
        _ => kind.ToString(),
    };

    public static string EducationLevel(EducationLevel level) => level switch
    {
        Data.Entities.EducationLevel.HighSchool => "High school diploma",
        Data.Entities.EducationLevel.Associate => "Associate degree",
        Data.Entities.EducationLevel.Bachelor => "Bachelor's degree",
        Data.Entities.EducationLevel.Master => "Master's degree",
        Data.Entities.EducationLevel.Doctorate => "Doctoral degree",
        Data.Entities.EducationLevel.Certificate => "Certificate",
        _ => level.ToString(),
    };

    public static string CareerStepKind(CareerStepKind kind) => kind switch
    {
        Data.Entities.CareerStepKind.Entry => "Way in",
        Data.Entities.CareerStepKind.Promotion => "Promotion",
        Data.Entities.CareerStepKind.Specialisation => "Specialisation",
        Data.Entities.CareerStepKind.Related => "Related role",
        _ => kind.ToString(),
    };
}
