namespace CareerExplorer.Web.Api;

// The public JSON contract. Kept separate from the page read models so pages can change freely.

public sealed record ApiSource(string Slug, string Publisher, string Title, string Kind, int? Year, string? Url)
{
    public static ApiSource From(SourceRef s) => new(s.Slug, s.Publisher, s.Title, Display.SourceKind(s.Kind), s.Year, s.Url);
}

public sealed record ApiRoleName(string Slug, string Title);

public sealed record ApiRoleSummary(string Slug, string Title, string Category, string Summary, string Url);

public sealed record ApiSalaryFigure(
    int Id, string Statistic, string PayComponent, string Basis, decimal? Amount, decimal? Low, decimal? High,
    bool TopCoded, string Currency, string Geography, int Year, int? Month,
    ApiSource Source, ApiSource? CitedIn, string Quote, string? Note, string Display, string Citation,
    bool NotPublished, decimal? RelativeStandardError)
{
    public static ApiSalaryFigure From(SalaryFigureRow f) => new(
        f.Id, f.Statistic.ToString().ToLowerInvariant(), f.PayComponent.ToString().ToLowerInvariant(), f.Basis.ToString().ToLowerInvariant(),
        f.Amount, f.Low, f.High, f.IsTopCoded, f.Currency, f.Geography, f.Year, f.Month,
        ApiSource.From(f.Provenance.Source), f.Provenance.CitedIn is { } c ? ApiSource.From(c) : null,
        f.Quote, f.Note, f.AmountText, f.Citation, f.IsNotPublished, f.RelativeStandardError);
}

public sealed record ApiOutlookFigure(
    int Id, string Kind, decimal? Value, string Unit, int? StartYear, int? EndYear, int Year, string Geography,
    ApiSource Source, ApiSource? CitedIn, string Quote, string? Note, string Citation,
    bool NotPublished, decimal? RelativeStandardError)
{
    public static ApiOutlookFigure From(OutlookFigureRow f) => new(
        f.Id, f.KindText, f.Value, f.Unit.ToString().ToLowerInvariant(), f.StartYear, f.EndYear, f.Year, f.Geography,
        ApiSource.From(f.Provenance.Source), f.Provenance.CitedIn is { } c ? ApiSource.From(c) : null, f.Quote, f.Note, f.Citation,
        f.IsNotPublished, f.RelativeStandardError);
}

public sealed record ApiOccupationCode(string System, string Code, string Title, ApiSource Source);

public sealed record ApiRoleSkill(string Slug, string Name, string Kind);

public sealed record ApiRoleDetails(
    string Slug, string Title, string Category, string Summary, string? Description, string? TypicalEducation,
    IReadOnlyList<string> Aliases, IReadOnlyList<ApiOccupationCode> OccupationCodes,
    IReadOnlyList<ApiSalaryFigure> SalaryFigures, IReadOnlyList<ApiOutlookFigure> OutlookFigures,
    IReadOnlyList<ApiRoleSkill> Skills, IReadOnlyList<string> Tasks)
{
    public static ApiRoleDetails From(RoleDetails r) => new(
        r.Slug, r.Title, r.Category, r.Summary, r.Description, r.TypicalEducation, r.Aliases,
        r.OccupationCodes.Select(c => new ApiOccupationCode(c.System, c.Code, c.Title, ApiSource.From(c.Provenance.Source))).ToList(),
        r.SalaryFigures.Select(ApiSalaryFigure.From).ToList(),
        r.OutlookFigures.Select(ApiOutlookFigure.From).ToList(),
        r.Skills.SelectMany(g => g.Skills.Select(s => new ApiRoleSkill(s.Slug, s.Name, g.Heading))).ToList(),
        r.Tasks.Select(t => t.Text).ToList());
}

public sealed record ApiSkill(string Slug, string Name, string Kind, string? Group, int RoleCount);

public sealed record ApiSourceSummary(string Slug, string Publisher, string Title, string Kind, int? Year, string? ReleasePeriod, bool SeedDocument, int FigureCount);

public sealed record ApiErrors(int Status, string Title, IReadOnlyList<string> Errors);

public sealed record ApiCompareFigure(
    int Id, string Statistic, string PayComponent, string Basis, string Currency, int Year, int? Month,
    decimal? Nominal, decimal? NominalLow, decimal? NominalHigh,
    decimal? Normalised, decimal? NormalisedLow, decimal? NormalisedHigh, bool AdjustedForInflation, string? Problem,
    ApiSource Source, ApiSource? CitedIn);

public sealed record ApiCompareSummary(int Figures, int Sources, decimal? Lowest, decimal? Highest, decimal? MedianOfPointFigures, int? NewestFigureId, string Spread, double? SpreadPercent);

public sealed record ApiReason(string Key, string Title, string Detail);

public sealed record ApiCompareRole(string Slug, string Title, ApiCompareSummary Summary, IReadOnlyList<ApiReason> Reasons, IReadOnlyList<ApiCompareFigure> Figures);

public sealed record ApiComparison(int TargetYear, int HoursPerYear, ApiSource? PriceIndex, IReadOnlyList<string> Warnings, IReadOnlyList<ApiCompareRole> Roles)
{
    public static ApiComparison From(Comparison c, IReadOnlyList<string> warnings) => new(
        c.TargetYear, Normalisation.HoursPerYear, c.CpiSource is { } s ? ApiSource.From(s) : null, warnings,
        c.Roles.Select(r => new ApiCompareRole(r.Slug, r.Title,
            new ApiCompareSummary(r.Summary.FigureCount, r.Summary.SourceCount, r.Summary.Lowest, r.Summary.Highest, r.Summary.MedianOfPoints,
                r.Summary.Newest?.Id, r.Summary.Spread.ToString().ToLowerInvariant(), r.Summary.SpreadPercent is { } p ? Math.Round(p, 1) : null),
            r.Reasons.Select(x => new ApiReason(x.Key, x.Title, x.Detail)).ToList(),
            r.Figures.Select(f => new ApiCompareFigure(
                f.Figure.Id, f.Figure.Statistic.ToString().ToLowerInvariant(), f.Figure.PayComponent.ToString().ToLowerInvariant(),
                f.Figure.Basis.ToString().ToLowerInvariant(), f.Figure.Currency, f.Figure.Year, f.Figure.Month,
                f.Figure.Amount, f.Figure.Low, f.Figure.High, f.Point?.Value, f.Low?.Value, f.High?.Value, f.Adjusted, f.Problem,
                ApiSource.From(f.Figure.Provenance.Source), f.Figure.Provenance.CitedIn is { } ci ? ApiSource.From(ci) : null)).ToList())).ToList());
}
