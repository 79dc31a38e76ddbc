namespace CareerExplorer.Web.Services;

/// <summary>One salary figure as every page, export and API shows it: never without source and year.</summary>
public sealed record SalaryFigureRow(
    int Id, string RoleSlug, string RoleTitle,
    SalaryStatistic Statistic, PayComponent PayComponent, PayBasis Basis,
    decimal? Amount, decimal? Low, decimal? High, bool IsTopCoded, string Currency,
    int Year, int? Month, string Geography, Provenance Provenance, string Quote, string? Note,
    bool IsNotPublished = false, decimal? RelativeStandardError = null)
{
    public string AmountText => Display.Amount(Amount, Low, High, IsTopCoded, Currency);
    public string StatisticText => Display.PayComponent(PayComponent) is { Length: > 0 } component
        ? $"{Display.Statistic(Statistic)}, {component}"
        : Display.Statistic(Statistic);
    public string BasisText => Display.Basis(Basis);
    public string YearText => Display.YearMonth(Year, Month);

    /// <summary>Figures more than five years older than today are flagged as dated.</summary>
    public bool IsDated(int currentYear) => Year < currentYear - FigureAge.DatedAfterYears;

    public string Citation => Citations.For(Provenance,
        $"{Display.Statistic(Statistic)} {Display.PayComponent(PayComponent)} pay ({BasisText.ToLowerInvariant()}) for {RoleTitle}, {Geography}: {AmountText}",
        YearText);
}

public sealed record OutlookFigureRow(
    int Id, string RoleSlug, string RoleTitle, OutlookKind Kind, decimal? Value, OutlookUnit Unit,
    int? StartYear, int? EndYear, int Year, string Geography, Provenance Provenance, string Quote, string? Note,
    bool IsNotPublished = false, decimal? RelativeStandardError = null)
{
    public string KindText => Display.OutlookKind(Kind);
    public string ValueText => Display.OutlookValue(Value, Unit);
    public string PeriodText => Display.Period(StartYear, EndYear);
    public bool IsDated(int currentYear) => Year < currentYear - FigureAge.DatedAfterYears;

    public string Citation => Citations.For(Provenance,
        $"{KindText} for {RoleTitle}, {Geography}: {ValueText}{(PeriodText.Length > 0 ? $" ({PeriodText})" : "")}",
        Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

public static class FigureAge
{
    public const int DatedAfterYears = 5;
}

/// <summary>Projections from entities straight to rows, so EF selects only what is shown.</summary>
public static class FigureProjections
{
    public static readonly Expression<Func<SalaryFigure, SalaryFigureRow>> Salary = f => new SalaryFigureRow(
        f.Id, f.Role.Slug, f.Role.Title, f.Statistic, f.PayComponent, f.Basis,
        f.Amount, f.Low, f.High, f.IsTopCoded, f.Currency, f.Year, f.Month, f.Geography.Name,
        new Provenance(
            new SourceRef(f.Source.Slug, f.Source.Publisher, f.Source.Title, f.Source.Kind, f.Source.Year, f.Source.Url, f.Source.Dataset),
            f.CitedIn == null ? null : new SourceRef(f.CitedIn.Slug, f.CitedIn.Publisher, f.CitedIn.Title, f.CitedIn.Kind, f.CitedIn.Year, f.CitedIn.Url, f.CitedIn.Dataset)),
        f.Quote, f.Note, f.IsNotPublished, f.RelativeStandardError);

    public static readonly Expression<Func<OutlookFigure, OutlookFigureRow>> Outlook = f => new OutlookFigureRow(
        f.Id, f.Role.Slug, f.Role.Title, f.Kind, f.Value, f.Unit, f.StartYear, f.EndYear, f.Year, f.Geography.Name,
        new Provenance(
            new SourceRef(f.Source.Slug, f.Source.Publisher, f.Source.Title, f.Source.Kind, f.Source.Year, f.Source.Url, f.Source.Dataset),
            f.CitedIn == null ? null : new SourceRef(f.CitedIn.Slug, f.CitedIn.Publisher, f.CitedIn.Title, f.CitedIn.Kind, f.CitedIn.Year, f.CitedIn.Url, f.CitedIn.Dataset)),
        f.Quote, f.Note, f.IsNotPublished, f.RelativeStandardError);
}
