using Microsoft.EntityFrameworkCore.Storage;

namespace CareerExplorer.Web.Data;

/// <summary>
/// Keeps <see cref="RoleSummary"/> in step with the data it is read from: recomputed for the roles
/// a change touches, inside that change's transaction (<see cref="CareerDbContext"/> calls it on
/// every save; the import pipeline after its bulk rows), so a list never shows a summary older or
/// newer than the data beside it. The rules are those the lists used when they computed these per
/// request.
/// </summary>
public static class RoleSummaryStore
{
    /// <summary>Recomputes the summaries of <paramref name="roleIds"/> (every role when null) in the current transaction.</summary>
    public static async Task RefreshAsync(CareerDbContext db, IReadOnlyCollection<int>? roleIds, CancellationToken ct = default)
    {
        if (roleIds is { Count: 0 })
            return;
        var oews = await db.Sources.AsNoTracking().Where(s => s.Dataset == Datasets.BlsOews).Select(s => s.Id).ToListAsync(ct);
        if (roleIds is not null) // an O*NET specialty shows its parent occupation's official figures: a change to the parent is one to it
            roleIds = roleIds.Union(await db.Roles.AsNoTracking().Where(r => r.ParentRoleId != null && roleIds.Contains(r.ParentRoleId.Value)).Select(r => r.Id).ToListAsync(ct)).ToList();
        var roles = db.Roles.AsNoTracking();
        if (roleIds is not null)
            roles = roles.Where(r => roleIds.Contains(r.Id));
        var rows = await roles.Select(r => new
        {
            r.Id,
            Headline = r.SalaryFigures.Where(f => !oews.Contains(f.SourceId))
                .OrderByDescending(f => f.Statistic == SalaryStatistic.Median)
                .ThenByDescending(f => f.Statistic == SalaryStatistic.Mean)
                .ThenByDescending(f => f.Statistic == SalaryStatistic.Range)
                .ThenByDescending(f => f.Year)
                .ThenByDescending(f => f.Source.Kind == SourceKind.GovernmentStatistics)
                .ThenBy(f => f.Id)
                .Select(f => f.Statistic != SalaryStatistic.Range || f.Low != null ? (int?)f.Id : -1).FirstOrDefault(),
            Median = r.SalaryFigures.Where(f => f.Statistic == SalaryStatistic.Median && f.Amount != null && !oews.Contains(f.SourceId))
                .OrderByDescending(f => f.Year).ThenBy(f => f.Id).Select(f => f.Amount).FirstOrDefault(),
            MedianHourly = r.SalaryFigures.Where(f => f.Statistic == SalaryStatistic.Median && f.Amount != null && !oews.Contains(f.SourceId))
                .OrderByDescending(f => f.Year).ThenBy(f => f.Id).Select(f => f.Basis == PayBasis.Hourly).FirstOrDefault(),
            Growth = r.OutlookFigures.Where(f => f.Kind == OutlookKind.EmploymentGrowth)
                .OrderByDescending(f => f.Year).ThenBy(f => f.Id).Select(f => (int?)f.Id).FirstOrDefault(),
            GrowthPercent = r.OutlookFigures.Where(f => f.Kind == OutlookKind.EmploymentGrowth && f.Unit == OutlookUnit.Percent)
                .OrderByDescending(f => f.Year).ThenBy(f => f.Id).Select(f => f.Value).FirstOrDefault(),
            OfficialMedianId = r.SalaryFigures.Where(f => oews.Contains(f.SourceId) && f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual)
                .OrderByDescending(f => f.Year).Select(f => (int?)f.Id).FirstOrDefault(),
            OfficialMedian = r.SalaryFigures.Where(f => oews.Contains(f.SourceId) && f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual)
                .OrderByDescending(f => f.Year).Select(f => f.Amount).FirstOrDefault(),
            OfficialEmploymentId = r.OutlookFigures.Where(f => oews.Contains(f.SourceId) && f.Kind == OutlookKind.Employment)
                .OrderByDescending(f => f.Year).Select(f => (int?)f.Id).FirstOrDefault(),
            OfficialEmployment = r.OutlookFigures.Where(f => oews.Contains(f.SourceId) && f.Kind == OutlookKind.Employment)
                .OrderByDescending(f => f.Year).Select(f => f.Value).FirstOrDefault(),
            ProjectionId = db.EmploymentProjections.Where(p => p.RoleId == r.Id).OrderByDescending(p => p.BaseYear).Select(p => (int?)p.Id).FirstOrDefault(),
            // The parent occupation's (for an O*NET specialty, which has no OEWS or projection line of its own).
            ParentMedianId = db.SalaryFigures.Where(f => f.RoleId == r.ParentRoleId && oews.Contains(f.SourceId) && f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual)
                .OrderByDescending(f => f.Year).Select(f => (int?)f.Id).FirstOrDefault(),
            ParentMedian = db.SalaryFigures.Where(f => f.RoleId == r.ParentRoleId && oews.Contains(f.SourceId) && f.Statistic == SalaryStatistic.Median && f.Basis == PayBasis.Annual)
                .OrderByDescending(f => f.Year).Select(f => f.Amount).FirstOrDefault(),
            ParentEmploymentId = db.OutlookFigures.Where(f => f.RoleId == r.ParentRoleId && oews.Contains(f.SourceId) && f.Kind == OutlookKind.Employment)
                .OrderByDescending(f => f.Year).Select(f => (int?)f.Id).FirstOrDefault(),
            ParentEmployment = db.OutlookFigures.Where(f => f.RoleId == r.ParentRoleId && oews.Contains(f.SourceId) && f.Kind == OutlookKind.Employment)
                .OrderByDescending(f => f.Year).Select(f => f.Value).FirstOrDefault(),
            // (ParentRoleId != null: not the release's total line, whose role is null too.)
            ParentProjectionId = db.EmploymentProjections.Where(p => r.ParentRoleId != null && p.RoleId == r.ParentRoleId).OrderByDescending(p => p.BaseYear).Select(p => (int?)p.Id).FirstOrDefault(),
            r.ParentRoleId,
            // The newest classification's code first: its first two digits are the field.
            Code = r.OccupationCodes.OrderBy(c => c.System == "SOC 2018" ? 0 : c.System == "O*NET-SOC" ? 1 : 2).Select(c => c.Code).FirstOrDefault(),
            ParentCode = db.OccupationCodes.Where(c => c.RoleId == r.ParentRoleId).OrderBy(c => c.System == "SOC 2018" ? 0 : c.System == "O*NET-SOC" ? 1 : 2).Select(c => c.Code).FirstOrDefault(),
            OnetDescription = db.OnetOccupations.Where(o => o.RoleId == r.Id).Select(o => o.Description).FirstOrDefault(),
            r.Summary,
            Curated = r.ImportedFrom == null,
            ArticlePayFigures = r.SalaryFigures.Count(f => !oews.Contains(f.SourceId)),
            ArticlePaySources = r.SalaryFigures.Where(f => !oews.Contains(f.SourceId)).Select(f => f.SourceId).Distinct().Count(),
            JobZone = db.OnetJobZones.Where(z => z.RoleId == r.Id).OrderBy(z => z.Id).Select(z => (int?)z.Zone).FirstOrDefault(),
            // The category most workers name (ties to the lower one, as the role page shows it).
            RequiredLevel = db.OnetTrainingShares.Where(s => s.RoleId == r.Id && s.Scale == OnetTrainingScale.RL && !s.Suppressed)
                .OrderByDescending(s => s.Percent).ThenBy(s => s.Category).Select(s => (int?)s.Category).FirstOrDefault(),
            RequiredLevelText = db.OnetTrainingShares.Where(s => s.RoleId == r.Id && s.Scale == OnetTrainingScale.RL && !s.Suppressed)
                .OrderByDescending(s => s.Percent).ThenBy(s => s.Category).Select(s => s.CategoryText).FirstOrDefault(),
        }).ToListAsync(ct);
        var projectionIds = rows.SelectMany(r => new[] { r.ProjectionId, r.ParentProjectionId }).OfType<int>().Distinct().ToList();
        var projections = await db.EmploymentProjections.AsNoTracking().Where(p => projectionIds.Contains(p.Id))
            .Select(p => new { p.Id, p.ChangePercent, p.Openings, p.OpeningsBasis, p.Education, p.SourceId }).ToDictionaryAsync(p => p.Id, ct);
        // Each release's all-occupations change, which a projection's pace is measured against.
        var averages = await db.EmploymentProjections.AsNoTracking().Where(p => p.Code == ProjectionCodes.Total)
            .Select(p => new { p.SourceId, p.ChangePercent }).ToListAsync(ct);
        // The official rows of the pay table (the latest release's annual median and mean) of the roles whose wages are shown.
        var wageOwners = rows.Select(r => r.OfficialMedianId is not null ? r.Id : r.ParentMedianId is not null ? r.ParentRoleId : null).OfType<int>().Distinct().ToList();
        var officialRows = (await db.SalaryFigures.AsNoTracking()
                .Where(f => wageOwners.Contains(f.RoleId) && oews.Contains(f.SourceId) && f.Basis == PayBasis.Annual
                    && (f.Statistic == SalaryStatistic.Median || f.Statistic == SalaryStatistic.Mean))
                .Select(f => new { f.RoleId, f.Year }).ToListAsync(ct))
            .GroupBy(f => f.RoleId).ToDictionary(g => g.Key, g => { var latest = g.Max(f => f.Year); return g.Count(f => f.Year == latest); });

        // Out-of-bounds values (stored before the bounds) sort as if the role had none.
        static decimal? Within(decimal? value, NumberRange bounds) => value is { } v && bounds.Contains(v) ? v : null;
        var summaries = rows.Select(r =>
        {
            var fromParent = r.OfficialMedianId is null && r.ParentMedianId is not null;
            var medianId = fromParent ? r.ParentMedianId : r.OfficialMedianId;
            var median = fromParent ? r.ParentMedian : r.OfficialMedian;
            var projectionId = r.ProjectionId ?? r.ParentProjectionId;
            var p = projectionId is { } pid ? projections[pid] : null;
            var change = Within(p?.ChangePercent, Bounds.Percent);
            var articleMedian = Within(r.Median, Bounds.PayAmount) is { } am ? (r.MedianHourly ? am * Normalisation.HoursPerYear : am) : (decimal?)null;
            var wageOwner = fromParent ? r.ParentRoleId : medianId is not null ? r.Id : null;
            var officialCount = wageOwner is { } owner ? officialRows.GetValueOrDefault(owner) : 0;
            var blurb = r.OnetDescription ?? (r.Curated ? r.Summary : null);
            return new RoleSummary
            {
                RoleId = r.Id,
                HeadlineSalaryId = r.Headline is > 0 ? r.Headline : null,
                MedianAnnual = articleMedian,
                HeadlineGrowthId = r.Growth,
                GrowthPercent = r.GrowthPercent,
                OfficialMedianId = medianId,
                OfficialMedian = median,
                OfficialEmploymentId = fromParent ? r.ParentEmploymentId : r.OfficialEmploymentId,
                OfficialEmployment = fromParent ? r.ParentEmployment : r.OfficialEmployment,
                OfficialFromParent = fromParent,
                ProjectionId = projectionId,
                ProjectedChange = change,
                ProjectedOpenings = p?.OpeningsBasis == OpeningsBasis.AnnualAverage ? Within(p.Openings, Bounds.ThousandsEmployed) : null,
                EntryEducation = p?.Education,
                JobZone = r.JobZone,
                RequiredLevel = r.RequiredLevel,
                RequiredLevelText = r.RequiredLevelText,
                MajorGroup = SocMajorGroups.GroupOf(r.Code ?? r.ParentCode),
                Blurb = blurb is null ? null : TextCuts.AtWord(blurb, TextLimits.Blurb),
                PayFigureCount = r.ArticlePayFigures + officialCount,
                PaySourceCount = r.ArticlePaySources + (officialCount > 0 ? 1 : 0),
                PayAnnual = Within(median, Bounds.PayAmount) ?? articleMedian,
                GrowthShown = change ?? Within(r.GrowthPercent, Bounds.Percent),
                GrowthPace = p is null ? null : GrowthPaces.Of(change, averages.FirstOrDefault(a => a.SourceId == p.SourceId)?.ChangePercent),
            };
        }).ToList();
        await WriteAsync(db, roleIds, summaries, ct);
    }

    /// <summary>What the list's filters read of one role: its stored summary's keys and its education levels.</summary>
    public sealed record FacetKeys(int RoleId, string Category, int? JobZone, int? RequiredLevel, string? RequiredLevelText, string? EntryEducation,
        string? MajorGroup = null, decimal? OfficialMedian = null, GrowthPace? GrowthPace = null, bool Curated = false)
    {
        public int? PayBand => PayBands.Of(OfficialMedian);

        public IReadOnlyCollection<EducationLevel> Education { get; init; } = [];
    }

    /// <summary>The filter keys of the roles <paramref name="roleIds"/> gives (every role when null), in two queries.</summary>
    public static async Task<List<FacetKeys>> ReadFacetKeysAsync(CareerDbContext db, IQueryable<int>? roleIds, CancellationToken ct = default)
    {
        var summaries = db.RoleSummaries.AsNoTracking();
        var steps = db.EducationSteps.AsNoTracking();
        if (roleIds is not null)
        {
            summaries = summaries.Where(s => roleIds.Contains(s.RoleId));
            steps = steps.Where(e => roleIds.Contains(e.RoleId));
        }
        var education = (await steps.Select(e => new { e.RoleId, e.Level }).Distinct().ToListAsync(ct)).ToLookup(e => e.RoleId, e => e.Level);
        var keys = await summaries.Join(db.Roles, s => s.RoleId, r => r.Id, (s, r) => new { s.RoleId, r.Category, s.JobZone, s.RequiredLevel, s.RequiredLevelText, s.EntryEducation, s.MajorGroup, s.OfficialMedian, s.GrowthPace, Curated = r.ImportedFrom == null })
            .ToListAsync(ct);
        return keys.Select(k => new FacetKeys(k.RoleId, k.Category, k.JobZone, k.RequiredLevel, k.RequiredLevelText, k.EntryEducation, k.MajorGroup, k.OfficialMedian, k.GrowthPace, k.Curated)
        {
            Education = education[k.RoleId].ToList(),
        }).ToList();
    }

    /// <summary>
    /// How many of <paramref name="roles"/> have each value of each list filter, each filter
    /// counted over the roles <paramref name="keep"/> keeps for it (a search's or filter's own
    /// counts: the other filters applied, not its own; all of them for the stored counts of the
    /// unfiltered list). Counted in memory from one read of the keys, plus the job zones' names.
    /// </summary>
    public static async Task<List<RoleFacetCount>> CountFacetsAsync(CareerDbContext db, IReadOnlyList<FacetKeys> roles, Func<string, FacetKeys, bool> keep, CancellationToken ct = default)
    {
        IEnumerable<FacetKeys> For(string facet) => roles.Where(r => keep(facet, r));
        static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
        var counts = new List<RoleFacetCount>();
        counts.AddRange(For(RoleFacetNames.Category).GroupBy(r => r.Category, StringComparer.Ordinal)
            .Select(g => new RoleFacetCount { Facet = RoleFacetNames.Category, Value = g.Key, Count = g.Count() }));
        counts.AddRange(For(RoleFacetNames.Education).SelectMany(r => r.Education).GroupBy(l => l)
            .Select(g => new RoleFacetCount { Facet = RoleFacetNames.Education, Value = g.Key.ToString(), Count = g.Count() }));
        counts.AddRange(For(RoleFacetNames.Required).Where(r => r.RequiredLevel is not null).GroupBy(r => r.RequiredLevel!.Value)
            .Select(g => new RoleFacetCount
            {
                Facet = RoleFacetNames.Required, Value = Text(g.Key), Count = g.Count(),
                LabelSource = g.Select(r => r.RequiredLevelText).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault(),
            }));
        counts.AddRange(For(RoleFacetNames.Entry).Where(r => r.EntryEducation is not null).GroupBy(r => r.EntryEducation!, StringComparer.Ordinal)
            .Select(g => new RoleFacetCount { Facet = RoleFacetNames.Entry, Value = g.Key, Count = g.Count() }));
        counts.AddRange(For(RoleFacetNames.Field).Where(r => r.MajorGroup is not null).GroupBy(r => r.MajorGroup!, StringComparer.Ordinal)
            .Select(g => new RoleFacetCount { Facet = RoleFacetNames.Field, Value = g.Key, Count = g.Count() }));
        counts.AddRange(For(RoleFacetNames.Pay).Where(r => r.PayBand is not null).GroupBy(r => r.PayBand!.Value)
            .Select(g => new RoleFacetCount { Facet = RoleFacetNames.Pay, Value = PayBands.Value(g.Key), Count = g.Count() }));
        counts.AddRange(For(RoleFacetNames.Growth).Where(r => r.GrowthPace is not null).GroupBy(r => r.GrowthPace!.Value)
            .Select(g => new RoleFacetCount { Facet = RoleFacetNames.Growth, Value = GrowthPaces.Value(g.Key), Count = g.Count() }));
        if (For(RoleFacetNames.Articles).Count(r => r.Curated) is > 0 and var curated)
            counts.Add(new RoleFacetCount { Facet = RoleFacetNames.Articles, Value = "1", Count = curated });
        var zones = For(RoleFacetNames.JobZone).Where(r => r.JobZone is not null).GroupBy(r => r.JobZone!.Value).Select(g => (Zone: g.Key, Count: g.Count())).ToList();
        var zoneNames = zones.Count == 0 ? [] : (await db.OnetJobZoneLevels.AsNoTracking().Select(z => new { z.Zone, z.Name }).ToListAsync(ct))
            .DistinctBy(z => z.Zone).ToDictionary(z => z.Zone, z => z.Name);
        counts.AddRange(zones.Select(z => new RoleFacetCount
        {
            Facet = RoleFacetNames.JobZone, Value = Text(z.Zone), LabelSource = zoneNames.GetValueOrDefault(z.Zone), Count = z.Count,
        }));
        return counts;
    }

    /// <summary>Replaces the stored counts of the unfiltered list, in the current transaction.</summary>
    private static async Task WriteFacetCountsAsync(CareerDbContext db, CancellationToken ct)
    {
        var counts = await CountFacetsAsync(db, await ReadFacetKeysAsync(db, null, ct), (_, _) => true, ct);
        await db.RoleFacetCounts.ExecuteDeleteAsync(ct);
        await BulkInsert.RowsAsync(db, "RoleFacetCounts", ["Facet", "Value", "LabelSource", "Count"],
            counts.Select(c => new object?[] { c.Facet, c.Value, c.LabelSource, c.Count }), ct);
    }

    /// <summary>Replaces the rows, in the current transaction (one is begun when there is none): deleted, then inserted with one prepared statement.</summary>
    private static async Task WriteAsync(CareerDbContext db, IReadOnlyCollection<int>? roleIds, List<RoleSummary> summaries, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var deleted = roleIds is null ? db.RoleSummaries : db.RoleSummaries.Where(s => roleIds.Contains(s.RoleId));
            await deleted.ExecuteDeleteAsync(ct);
            var entity = db.Model.FindEntityType(typeof(RoleSummary))!;
            var table = entity.GetTableName()!;
            var properties = entity.GetProperties().ToList();
            await BulkInsert.RowsAsync(db, table, properties.Select(p => p.GetColumnName()).ToList(), summaries.Select(summary => properties.Select(p =>
            {
                var value = p.PropertyInfo!.GetValue(summary);
                var converter = p.GetTypeMapping().Converter;
                return value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
            }).ToArray()), ct);
            await WriteFacetCountsAsync(db, ct);
            if (own is not null)
                await own.CommitAsync(ct);
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
    }
}
