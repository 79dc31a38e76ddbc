using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Oews;

public sealed record OewsMergeResult(
    int Year, int RolesAdded, int RolesJoined, int RolesRenamed, int FiguresAdded, int FiguresChanged, int FiguresUnchanged,
    IReadOnlyList<string> AddedRoles, IReadOnlyList<string> JoinedRoles, IReadOnlyList<SeedError> Problems, string SourceSlug = "")
{
    public int Figures => FiguresAdded + FiguresChanged + FiguresUnchanged;
    public string Summary =>
        $"May {Year}: {RolesAdded} roles added, {RolesJoined} existing roles matched, {RolesRenamed} renamed; "
        + $"{FiguresAdded} figures added, {FiguresChanged} changed, {FiguresUnchanged} unchanged";
}

/// <summary>
/// Merges one OEWS release into the tracked entities (the caller saves, or clears for a preview).
/// Every detailed occupation becomes a role or joins the role that already carries its SOC code;
/// each gets that release's employment and wage figures, sourced to "U.S. Bureau of Labor
/// Statistics, OEWS, May YYYY". The result depends only on which releases are in the database, not
/// on the order they came in: a role made from OEWS takes its title from the newest release that
/// lists it, and a code's first appearance names the release it is sourced to.
/// </summary>
public sealed class OewsImporter(CareerDbContext db)
{
    public const string ImportedFrom = "bls-oews";
    public const string Publisher = "U.S. Bureau of Labor Statistics, OEWS";
    public const int ReleaseMonth = 5;

    /// <summary>The slug a release's source is given when it is first imported; admins may change it, and the importer finds the source by its dataset and release.</summary>
    public static string SourceSlug(int year) => "bls-oews-may-" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>OEWS codes follow SOC 2010 through May 2018 and SOC 2018 from May 2019.</summary>
    public static string CodeSystem(int year) => year >= 2019 ? "SOC 2018" : year >= 2010 ? "SOC 2010" : "SOC 2000";

    public async Task<OewsMergeResult> MergeAsync(OewsRelease release, CancellationToken ct = default)
    {
        var problems = new List<SeedError>();
        var year = release.Year;
        var system = CodeSystem(year);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false; // thousands of rows: detect once, at save
        try
        {
            var source = await EnsureSourceAsync(release, ct);
            var us = await db.Geographies.FirstOrDefaultAsync(g => g.Code == "US", ct)
                ?? db.Geographies.Add(new Geography { Code = "US", Name = "United States", Kind = GeographyKind.Country }).Entity;

            var roles = await db.Roles.Include(r => r.OccupationCodes).Include(r => r.Aliases).AsSplitQuery().ToListAsync(ct);
            var slugs = roles.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
            // The newest OEWS release already stored for each role: it decides the role's title.
            var newest = await db.SalaryFigures.Where(f => f.Source.Dataset == Datasets.BlsOews && f.SourceId != source.Id)
                .GroupBy(f => f.RoleId).Select(g => new { g.Key, Year = g.Max(f => f.Year) }).ToDictionaryAsync(x => x.Key, x => x.Year, ct);
            var releaseYears = (await db.Sources.Where(s => s.Dataset == Datasets.BlsOews).Select(s => new { s.Id, s.Release }).ToListAsync(ct))
                .ToDictionary(s => s.Id, s => Datasets.OewsYear(s.Release) ?? 0);
            releaseYears[source.Id] = year;

            var majors = release.Rows.Where(r => r.Group == "major").ToDictionary(r => r.Code[..2], r => r.Title);
            var salaryByKey = source.Id == 0 ? [] : (await db.SalaryFigures.Where(f => f.SourceId == source.Id).ToListAsync(ct))
                .ToDictionary(f => (f.RoleId, f.Statistic, f.Basis));
            var employmentByRole = source.Id == 0 ? [] : (await db.OutlookFigures.Where(f => f.SourceId == source.Id && f.Kind == OutlookKind.Employment).ToListAsync(ct))
                .ToDictionary(f => f.RoleId);

            int added = 0, joined = 0, renamed = 0, figuresAdded = 0, figuresChanged = 0, unchanged = 0;
            var addedRoles = new List<string>();
            var joinedRoles = new List<string>();
            var rowOfRole = new Dictionary<Role, OewsRow>();

            foreach (var row in release.Detailed)
            {
                var category = majors.GetValueOrDefault(row.Code[..2]) ?? "Occupations";
                var role = OccupationMatch.Find(roles, system, row.Code, row.Title);
                if (role is null)
                {
                    role = new Role
                    {
                        Slug = Slugs.UniqueForCode(row.Title, row.Code, slugs), Title = row.Title, Category = Trim(category, 100),
                        Summary = SummaryOf(system, row.Code), ImportedFrom = ImportedFrom,
                    };
                    roles.Add(role);
                    db.Roles.Add(role);
                    added++;
                    addedRoles.Add($"{row.Title} ({row.Code})");
                }
                else if (!rowOfRole.ContainsKey(role))
                {
                    joined++;
                    if (role.ImportedFrom != ImportedFrom)
                        joinedRoles.Add($"{row.Title} ({row.Code}) → {role.Title}");
                }
                if (rowOfRole.TryGetValue(role, out var other))
                {
                    problems.Add(new SeedError(release.FileName, $"{row.Code} {row.Title} and {other.Code} {other.Title} (line {other.Line}) would both be the role “{role.Title}”; nothing was imported.", row.Line, "OCC_CODE"));
                    continue;
                }
                rowOfRole[role] = row;

                // A role made from OEWS follows the newest release's title and category.
                if (role.ImportedFrom == ImportedFrom && role.Id != 0 && year >= newest.GetValueOrDefault(role.Id))
                {
                    if (role.Title != row.Title)
                    {
                        var oldTitle = role.Title;
                        slugs.Remove(role.Slug);
                        role.Title = row.Title;
                        AddAlias(role, oldTitle); // the old title stays findable
                        role.Slug = Slugs.UniqueForCode(row.Title, row.Code, slugs);
                        renamed++;
                    }
                    role.Category = Trim(category, 100);
                    role.Summary = SummaryOf(system, row.Code);
                }
                if (!row.Title.Equals(role.Title, StringComparison.OrdinalIgnoreCase))
                    AddAlias(role, row.Title);
                EnsureCode(role, system, row, source, releaseYears);

                (figuresAdded, figuresChanged, unchanged) = MergeFigures(role, row, source, us, year, salaryByKey, employmentByRole, (figuresAdded, figuresChanged, unchanged));
            }
            db.ChangeTracker.DetectChanges();
            return new OewsMergeResult(year, added, joined, renamed, figuresAdded, figuresChanged, unchanged, addedRoles, joinedRoles, problems, source.Slug);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private void EnsureCode(Role role, string system, OewsRow row, Source source, Dictionary<int, int> releaseYears)
    {
        var code = role.OccupationCodes.FirstOrDefault(c => c.System == system && c.Code == row.Code && c.Title == row.Title && c.CitedInId is null);
        if (code is null)
        {
            var added = new OccupationCode { Role = role, System = system, Code = row.Code, Title = row.Title, Source = source };
            role.OccupationCodes.Add(added);
            db.OccupationCodes.Add(added);
        }
        else if (code.SourceId != 0 && releaseYears.TryGetValue(code.SourceId, out var codeYear) && codeYear > releaseYears[source.Id])
        {
            // Sourced to the first release that lists it, whatever order releases arrive in.
            code.Source = source;
        }
    }

    private (int, int, int) MergeFigures(Role role, OewsRow row, Source source, Geography us, int year,
        Dictionary<(int, SalaryStatistic, PayBasis), SalaryFigure> salaryByKey, Dictionary<int, OutlookFigure> employmentByRole, (int Added, int Changed, int Unchanged) counts)
    {
        foreach (var (column, statistic, basis) in OewsFile.WageColumns)
        {
            var value = row.Wages[(statistic, basis)];
            var rse = statistic == SalaryStatistic.Mean && value.Mark != OewsMark.NotPublished ? row.MeanRse : null;
            var quote = $"{row.Code} {row.Title}: {column.ToUpperInvariant()} = {value.Raw}";
            if (role.Id != 0 && salaryByKey.TryGetValue((role.Id, statistic, basis), out var figure))
            {
                if (figure.Amount == value.Number && figure.IsTopCoded == (value.Mark == OewsMark.TopCoded)
                    && figure.IsNotPublished == (value.Mark == OewsMark.NotPublished) && figure.RelativeStandardError == rse && figure.Quote == quote)
                {
                    counts.Unchanged++;
                    continue;
                }
                counts.Changed++;
            }
            else
            {
                figure = new SalaryFigure
                {
                    Role = role, Statistic = statistic, PayComponent = PayComponent.Base, Basis = basis, Currency = "USD",
                    Geography = us, Year = year, Month = ReleaseMonth, Source = source, Quote = quote,
                };
                db.SalaryFigures.Add(figure);
                counts.Added++;
            }
            figure.Amount = value.Number;
            figure.IsTopCoded = value.Mark == OewsMark.TopCoded;
            figure.IsNotPublished = value.Mark == OewsMark.NotPublished;
            figure.RelativeStandardError = rse;
            figure.Quote = quote;
        }

        var employmentQuote = $"{row.Code} {row.Title}: TOT_EMP = {row.Employment.Raw}";
        var employmentRse = row.Employment.Mark == OewsMark.NotPublished ? null : row.EmploymentRse;
        if (role.Id != 0 && employmentByRole.TryGetValue(role.Id, out var employment))
        {
            if (employment.Value == row.Employment.Number && employment.IsNotPublished == (row.Employment.Mark == OewsMark.NotPublished)
                && employment.RelativeStandardError == employmentRse && employment.Quote == employmentQuote)
            {
                counts.Unchanged++;
                return counts;
            }
            counts.Changed++;
        }
        else
        {
            employment = new OutlookFigure
            {
                Role = role, Kind = OutlookKind.Employment, Unit = OutlookUnit.Jobs, Year = year, Geography = us, Source = source, Quote = employmentQuote,
            };
            db.OutlookFigures.Add(employment);
            counts.Added++;
        }
        employment.Value = row.Employment.Number;
        employment.IsNotPublished = row.Employment.Mark == OewsMark.NotPublished;
        employment.RelativeStandardError = employmentRse;
        employment.Quote = employmentQuote;
        return counts;
    }

    private async Task<Source> EnsureSourceAsync(OewsRelease release, CancellationToken ct)
    {
        // The release's source is found by what it is, not by its slug, which an admin may have changed.
        var releaseName = Datasets.OewsRelease(release.Year);
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Dataset == Datasets.BlsOews && s.Release == releaseName, ct);
        if (source is null)
        {
            var slug = SourceSlug(release.Year);
            for (var i = 2; await db.Sources.AnyAsync(s => s.Slug == slug, ct); i++)
                slug = $"{SourceSlug(release.Year)}-{i}"; // the usual slug taken by another source
            source = new Source { Slug = slug, Publisher = Publisher, Title = "", Dataset = Datasets.BlsOews, Release = releaseName };
            db.Sources.Add(source);
        }
        var topCode = release.TopCode is { } t
            ? $" “#” in the file (shown here as “or more”) marks a wage of {Display.Money(t.Hourly)} an hour or {Display.Money(t.Annual)} a year or more."
            : "";
        source.Title = $"Occupational Employment and Wage Statistics, national estimates, May {release.Year}";
        source.Kind = SourceKind.GovernmentStatistics;
        source.Url = "https://www.bls.gov/oes/tables.htm";
        source.ReleasePeriod = $"May {release.Year}";
        source.Year = release.Year;
        source.Note = "Employment and wages for every occupation in the United States, from a survey of about 1.1 million establishments. "
            + "Wages are straight-time gross pay (base rate, cost-of-living allowances, commissions, production bonuses, tips), before overtime and benefits; "
            + "employment excludes the self-employed. A work of the U.S. government, in the public domain." + topCode;
        return source;
    }

    private void AddAlias(Role role, string name)
    {
        if (name.Equals(role.Title, StringComparison.OrdinalIgnoreCase) || role.Aliases.Any(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            return;
        var alias = new RoleAlias { Role = role, Name = Trim(name, 200) };
        role.Aliases.Add(alias);
        db.RoleAliases.Add(alias);
    }

    private static string SummaryOf(string system, string code) =>
        // Short: it sits under the title in the roles list, beside a thousand others.
        $"Official U.S. occupation {system} {code}, with BLS employment and wages.";

    public static string Slug(string title) => Slugs.From(title);

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];
}
