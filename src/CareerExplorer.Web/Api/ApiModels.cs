namespace CareerExplorer.Web.Api;

// The public JSON contract. Kept separate from the page read models so pages can change freely.

public sealed record ApiSource(string Slug, string Publisher, string Title, string Kind, int? Year, string? Url)
{
    public static ApiSource From(SourceRef s) => new(s.Slug, s.Publisher, s.Title, Display.SourceKind(s.Kind), s.Year, s.Url);
}

public sealed record ApiRoleName(string Slug, string Title);

/// <summary>A suggestion while typing: the role, and the other name it was found by when not its title.</summary>
public sealed record ApiRoleSuggestion(string Slug, string Title, string? AlsoCalled, string Url);

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
    IReadOnlyList<ApiRoleSkill> Skills, IReadOnlyList<string> Tasks, ApiOnetProfile? Onet, ApiOnetTitleFiling? OnetTitleFiling,
    ApiProjections? Projections = null, IReadOnlyList<ApiReason>? OutlookReasons = null)
{
    public static ApiRoleDetails From(RoleDetails r) => new(
        r.Slug, r.Title, r.Category, r.Summary, r.Description, r.TypicalEducation, r.Aliases,
        r.OccupationCodes.Select(c => new ApiOccupationCode(c.System, c.Code, c.Title, ApiSource.From(c.Provenance.Source))).ToList(),
        r.SalaryFigures.Select(ApiSalaryFigure.From).ToList(),
        r.OutlookFigures.Select(ApiOutlookFigure.From).ToList(),
        r.Skills.SelectMany(g => g.Skills.Select(s => new ApiRoleSkill(s.Slug, s.Name, g.Heading))).ToList(),
        r.Tasks.Select(t => t.Text).ToList(),
        r.Onet is { } o ? ApiOnetProfile.From(o) : null,
        r.TitleFiling is { } f ? new ApiOnetTitleFiling(f.Title, f.Occupations.Select(x => new ApiOnetOccupationLink(x.Slug, x.Title, x.Code)).ToList(), ApiOnetRelease.From(f.Release)) : null,
        ApiProjections.From(r.Projections), r.OutlookReasons.Select(x => new ApiReason(x.Key, x.Title, x.Detail)).ToList());
}

/// <summary>
/// One release's BLS Employment Projections line: employment and openings in thousands as BLS
/// publishes them (null is BLS's "—"), the release's all-occupations change, and our description
/// of the growth against it (<see cref="Services.Projections.ProjectedGrowth.Rule"/>).
/// </summary>
public sealed record ApiProjection(
    string Release, int BaseYear, int TargetYear, string Code, string Title, ApiSource Source, string Citation,
    decimal? EmploymentBaseThousands, decimal? EmploymentTargetThousands, decimal? ChangeThousands, decimal? ChangePercent,
    decimal? AllOccupationsChangePercent, string? Pace, string? PaceText,
    decimal? OpeningsThousands, string OpeningsBasis, decimal? SelfEmployedPercent,
    decimal? MedianWage, bool MedianWageTopCoded, int? MedianWageYear, string? Education, string? Experience, string? Training)
{
    public static ApiProjection From(Services.Projections.ProjectionFigures p) => new(
        p.Release, p.Period.BaseYear, p.Period.TargetYear, p.Code, p.Title, ApiSource.From(p.Source), p.Citation,
        p.EmploymentBase, p.EmploymentTarget, p.ChangeNumber, p.ChangePercent, p.AllOccupationsChangePercent,
        p.Pace is { } pace ? System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(pace.ToString()) : null, p.PaceText,
        p.Openings, p.OpeningsComparable ? "annual-average" : "period-total", p.SelfEmployedPercent,
        p.MedianWage, p.MedianWageTopCoded, p.MedianWageYear, p.Education, p.Experience, p.Training);
}

/// <summary>A role's projections: the latest release, every release (newest first), and whose occupation they are ("own", "part-of", "proxy").</summary>
public sealed record ApiProjections(ApiProjection Latest, IReadOnlyList<ApiProjection> History, string Via, ApiOnetOccupationLink Occupation, string Rule)
{
    public static ApiProjections? From(Services.Projections.RoleOutlook? o) => o is null ? null : new(
        ApiProjection.From(o.Latest), o.History.Select(ApiProjection.From).ToList(),
        o.Via switch { Services.Projections.ProjectionVia.PartOf => "part-of", Services.Projections.ProjectionVia.Proxy => "proxy", _ => "own" },
        new ApiOnetOccupationLink(o.Occupation.Slug, o.Occupation.Title, o.Latest.Code), Services.Projections.ProjectedGrowth.Rule);
}

// O*NET content: every block carries the release it came from and, where O*NET gives one, the month its rows were collected.

public sealed record ApiOnetRelease(string Version, string? Released, string Title, ApiSource Source, string Credit)
{
    public static ApiOnetRelease From(Services.Onet.OnetReleaseRef r) => new(r.Version, r.Released, r.Text, ApiSource.From(r.Source), Services.Onet.OnetNames.Credit(r.Version));
}

public sealed record ApiOnetBlock<T>(IReadOnlyList<T> Items, ApiOnetRelease Release, string? Date, string? DomainSource)
{
    public static ApiOnetBlock<T>? From<TRow>(Services.Onet.OnetBlock<TRow>? block, Func<TRow, T> item) =>
        block is null ? null : new(block.Rows.Select(item).ToList(), ApiOnetRelease.From(block.Release), block.Date, block.DomainSource);
}

public sealed record ApiOnetTask(string Text, string Type, string? Date);

public sealed record ApiOnetRating(string Slug, string Name, decimal? Importance, bool ImportanceSuppressed, decimal? Level, bool LevelSuppressed, bool LevelNotRelevant, string? Date);

public sealed record ApiOnetTechnology(string Slug, string Name, string Kind, bool HotTechnology, bool InDemand);

public sealed record ApiOnetShare(string Scale, string ScaleName, int Category, string Label, decimal Percent, bool Suppressed);

public sealed record ApiOnetJobZone(int Zone, string Name, string Education, string Experience, string Training, string? Date);

public sealed record ApiOnetInterest(string Interest, decimal? Score, int? HighPoint);

public sealed record ApiOnetRelated(string Slug, string Title, string Tier, int Index);

public sealed record ApiOnetOccupationLink(string Slug, string Title, string? Code);

public sealed record ApiOnetTitleFiling(string Title, IReadOnlyList<ApiOnetOccupationLink> Occupations, ApiOnetRelease Release);

public sealed record ApiOnetProfile(
    string Code, string Title, ApiOnetBlock<string>? Description, ApiOnetBlock<ApiOnetTask>? Tasks,
    ApiOnetBlock<ApiOnetRating>? Skills, ApiOnetBlock<ApiOnetRating>? Knowledge, ApiOnetBlock<ApiOnetTechnology>? Technology,
    ApiOnetBlock<ApiOnetShare>? EducationAndTraining, ApiOnetBlock<ApiOnetJobZone>? JobZone, ApiOnetBlock<ApiOnetInterest>? Interests,
    ApiOnetBlock<ApiOnetRelated>? RelatedOccupations, ApiOnetBlock<string>? AlternateTitles,
    ApiOnetOccupationLink? PartOf, IReadOnlyList<ApiOnetOccupationLink> Specialties)
{
    public static ApiOnetProfile From(Services.Onet.OnetProfile o)
    {
        static ApiOnetRating Rating(Services.Onet.OnetRatingItem r) =>
            new(r.SkillSlug, r.Name, r.Importance, r.ImportanceSuppressed, r.LevelNotRelevant ? null : r.Level, r.LevelSuppressed, r.LevelNotRelevant, r.Date);
        return new(o.Code, o.Title,
            ApiOnetBlock<string>.From(o.Description, d => d),
            ApiOnetBlock<ApiOnetTask>.From(o.Tasks, x => new ApiOnetTask(x.Text, x.Type.ToString().ToLowerInvariant(), x.Date)),
            ApiOnetBlock<ApiOnetRating>.From(o.Skills, Rating),
            ApiOnetBlock<ApiOnetRating>.From(o.Knowledge, Rating),
            ApiOnetBlock<ApiOnetTechnology>.From(o.Technology is { } tech
                ? new Services.Onet.OnetBlock<(string Kind, Services.Onet.OnetTechnologyItem Item)>(tech.Rows.SelectMany(g => g.Items.Select(i => (g.Title, i))).ToList(), tech.Release, tech.Date, tech.DomainSource)
                : null, x => new ApiOnetTechnology(x.Item.SkillSlug, x.Item.Name, x.Kind, x.Item.IsHot, x.Item.IsInDemand)),
            o.Training is { } training
                ? new ApiOnetBlock<ApiOnetShare>(training.Rows.SelectMany(d => d.Shares.Select(x => new ApiOnetShare(d.Scale.ToString(), d.Heading, x.Category, x.Label, x.Percent, x.Suppressed))).ToList(),
                    ApiOnetRelease.From(training.Release), training.Date, training.DomainSource)
                : null,
            ApiOnetBlock<ApiOnetJobZone>.From(o.JobZone, z => new ApiOnetJobZone(z.Zone, z.Name, z.Education, z.Experience, z.Training, z.Date)),
            ApiOnetBlock<ApiOnetInterest>.From(o.Interests, i => new ApiOnetInterest(i.Name, i.Score, i.HighPoint)),
            ApiOnetBlock<ApiOnetRelated>.From(o.Related, x => new ApiOnetRelated(x.RoleSlug, x.RoleTitle, Labels.Of(x.Tier), x.Index)),
            ApiOnetBlock<string>.From(o.AlsoCalled, x => x),
            o.PartOf is { } p ? new ApiOnetOccupationLink(p.Slug, p.Title, null) : null,
            o.Specialties.Select(x => new ApiOnetOccupationLink(x.Slug, x.Title, x.Code)).ToList());
    }
}

public sealed record ApiSkill(string Slug, string Name, string Kind, string? Group, int RoleCount);

public sealed record ApiSourceSummary(string Slug, string Publisher, string Title, string Kind, int? Year, string? ReleasePeriod, bool SeedDocument, int FigureCount);

public sealed record ApiErrors(int Status, string Title, IReadOnlyList<string> Errors);

public sealed record ApiCompareFigure(
    int Id, string Statistic, string PayComponent, string Basis, string Currency, int Year, int? Month,
    decimal? Nominal, decimal? NominalLow, decimal? NominalHigh,
    decimal? Normalised, decimal? NormalisedLow, decimal? NormalisedHigh, bool AdjustedForInflation, string? Problem,
    ApiSource Source, ApiSource? CitedIn, string? PartialYearCpi = null);

public sealed record ApiCompareSummary(int Figures, int Sources, decimal? Lowest, decimal? Highest, decimal? MedianOfPointFigures, int? NewestFigureId, string Spread, double? SpreadPercent);

public sealed record ApiReason(string Key, string Title, string Detail);

public sealed record ApiCompareRole(string Slug, string Title, ApiCompareSummary Summary, IReadOnlyList<ApiReason> Reasons, IReadOnlyList<ApiCompareFigure> Figures, ApiProjections? Projections = null);

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
                ApiSource.From(f.Figure.Provenance.Source), f.Figure.Provenance.CitedIn is { } ci ? ApiSource.From(ci) : null, f.Partial)).ToList(),
            ApiProjections.From(r.Outlook))).ToList());
}

/// <summary>A role in a move: its latest official median (with its release and source) and projection, and what it takes.</summary>
public sealed record ApiMoveRole(string Slug, string Title, string Url, decimal? OfficialMedian, int? OfficialMedianYear, string? OfficialMedianSource,
    decimal? ProjectedChangePercent, string? ProjectionRelease, string? ProjectionSource, int? JobZone, int? RequiredEducationCategory, string? RequiredEducation)
{
    public static ApiMoveRole From(Services.Moves.MoveRole r) => new(r.Slug, r.Title, $"/Roles/{r.Slug}", r.Official?.Median.Amount, r.Official?.Year,
        r.Official?.SourceSlug, r.Projection?.ChangePercent, r.Projection?.Release, r.Projection?.SourceSlug, r.JobZone, r.RequiredLevel, r.RequiredText);
}

/// <summary>A skill or knowledge area in a move, with both O*NET levels (0–7) and its importance to the target (1–5).</summary>
public sealed record ApiSkillLevels(string Slug, string Name, string Kind, decimal FromLevel, decimal ToLevel, decimal? ToImportance)
{
    public static ApiSkillLevels From(Services.Moves.SkillLevels s) => new(s.Slug, s.Name, Display.SkillKind(s.Kind), s.FromLevel, s.ToLevel, s.ToImportance);
}

public sealed record ApiCareerMove(ApiMoveRole To, string? OnetRelatedTier, double? Similarity, decimal? PayDifference, decimal? AverageChangePercent,
    bool? GrowsFasterThanAverage, IReadOnlyList<ApiSkillLevels> Gaps, IReadOnlyList<ApiSkillLevels> Strengths)
{
    public static ApiCareerMove Of(Services.Moves.CareerMove x) => new(ApiMoveRole.From(x.To), x.Tier is { } t ? Services.Onet.OnetNames.RelatedTierCode(t) : null, x.Similarity,
        x.PayDifference, x.AverageChange, x.GrowsFaster, x.Gaps.Select(ApiSkillLevels.From).ToList(), x.Strengths.Select(ApiSkillLevels.From).ToList());
}

public sealed record ApiLadderStep(string Slug, string Title, string Kind, string Sources);

public sealed record ApiRoleMoves(ApiMoveRole From, IReadOnlyList<ApiLadderStep> WaysIn, IReadOnlyList<ApiLadderStep> NextSteps,
    int MovesFound, IReadOnlyList<ApiCareerMove> Moves, string? SimilarityComputedFrom, string Method)
{
    public static ApiRoleMoves Of(Services.Moves.RoleMoves m) => new(ApiMoveRole.From(m.From),
        m.WaysIn.Select(s => new ApiLadderStep(s.Slug, s.Title, Display.CareerStepKind(s.Kind), s.SourcesText)).ToList(),
        m.LeadsTo.Select(s => new ApiLadderStep(s.Slug, s.Title, Display.CareerStepKind(s.Kind), s.SourcesText)).ToList(),
        m.Found,
        m.Moves.Select(ApiCareerMove.Of).ToList(),
        m.OnetRelease?.Text,
        "Similarity: cosine of the two occupations' O*NET skill and knowledge profiles, each area weighted level (0-7) x (importance - 1) / 4. "
        + FormattableString.Invariant($"Gaps: areas the target rates {SkillSimilarity.Important:0.0} or more in importance at a level at least {SkillSimilarity.GapLevels:0.0} higher."));
}

public sealed record ApiMoveDetails(ApiMoveRole From, ApiCareerMove Move, IReadOnlyList<ApiSkillLevels> SkillsAndKnowledge,
    IReadOnlyList<string> CoreTasks, IReadOnlyList<ApiTechnologyToLearn> TechnologiesToLearn, string? OnetRelease)
{
    public static ApiMoveDetails Of(Services.Moves.MoveDetails d) => new(ApiMoveRole.From(d.From), ApiCareerMove.Of(d.Move),
        d.Skills.Select(ApiSkillLevels.From).ToList(), d.Tasks,
        d.TechnologiesToLearn.Select(t => new ApiTechnologyToLearn(t.SkillSlug, t.Name, t.IsHot, t.IsInDemand)).ToList(), d.OnetRelease?.Text);
}

public sealed record ApiTechnologyToLearn(string Slug, string Name, bool IsHot, bool IsInDemand);
