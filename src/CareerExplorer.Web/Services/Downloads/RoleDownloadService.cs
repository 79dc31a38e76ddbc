using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Onet;
using static CareerExplorer.Web.Services.Downloads.DownloadCell;

namespace CareerExplorer.Web.Services.Downloads;

public enum DownloadFormat
{
    Csv,
    Xlsx,
}

/// <summary>The absolute addresses a download names, made by the page that serves it: each role's page, each source's, the list's.</summary>
public sealed record DownloadAddresses(Func<string, string> Role, Func<string, string> Source, string List);

public sealed record DownloadFile(byte[] Content, string ContentType, string FileName);

/// <summary>The SOC code a role is filed under in a download: the newest classification's, a direct one before one an article cites.</summary>
public sealed record SocCode(string Code, string System, string Source);

/// <summary>One role of a download: its list item (the figures the list shows), its address and SOC code.</summary>
public sealed record RoleDownloadRow(RoleListItem Item, string Address, SocCode? Soc);

/// <summary>
/// The roles list as a worksheet (CSV or xlsx): every role the list shows for the same query,
/// on every page, in its order, one row a role, from the list's own query and read model
/// (<see cref="RoleService.ListEveryPageAsync"/>). Each figure the list shows is its columns
/// (the numbers as numbers), then its source and its year or release in columns of their own.
/// </summary>
public sealed class RoleDownloadService(CareerDbContext db, RoleService roles, BundledDataStatus officialData, TimeProvider clock)
{
    public const string SheetName = "Roles";

    public static DownloadFormat? ParseFormat(string? format) => format?.ToLowerInvariant() switch
    {
        "csv" => DownloadFormat.Csv,
        "xlsx" => DownloadFormat.Xlsx,
        _ => null,
    };

    public async Task<DownloadFile> CreateAsync(RoleListQuery query, DownloadFormat format, DownloadAddresses addresses, CancellationToken ct = default)
    {
        var table = await TableAsync(query, addresses, ct);
        var name = $"careerexplorer-roles-{table.Made.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return format == DownloadFormat.Csv
            ? new DownloadFile(table.ToCsv(), Csv.ContentType, name + ".csv")
            : new DownloadFile(table.ToWorkbook(), WorkbookWriter.ContentType, name + ".xlsx");
    }

    public async Task<DownloadTable> TableAsync(RoleListQuery query, DownloadAddresses addresses, CancellationToken ct = default)
    {
        var made = clock.GetUtcNow();
        var list = await roles.ListEveryPageAsync(query, ct);
        var slugs = list.Items.Select(i => i.Slug).ToList();
        var codes = (await db.OccupationCodes.AsNoTracking()
                .Where(c => slugs.Contains(c.Role.Slug) && c.System.StartsWith("SOC "))
                .Select(c => new { c.Id, c.Role.Slug, c.System, c.Code, c.Source, c.CitedIn })
                .ToListAsync(ct))
            .GroupBy(c => c.Slug)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.System, StringComparer.Ordinal).ThenBy(c => c.CitedIn is not null).ThenBy(c => c.Id)
                .Select(c => (Code: new SocCode(c.Code, c.System, Provenance.From(c.Source, c.CitedIn).Text), Sources: new[] { c.Source, c.CitedIn }))
                .First());
        var onet = (await db.Sources.AsNoTracking().Where(s => s.Dataset == Datasets.Onet).Select(s => s.Release).ToListAsync(ct))
            .Select(r => OnetVersion.TryParse(r, out var v) ? v : (OnetVersion?)null).OfType<OnetVersion>().Order().LastOrDefault();

        var rows = list.Items.Select(i => new RoleDownloadRow(i, addresses.Role(i.Slug), codes.GetValueOrDefault(i.Slug).Code)).ToList();
        var sources = list.Items.SelectMany(i => new[] { i.Salary?.Source, i.Official?.Source, i.Projection?.Source, i.Growth?.Source })
            .Concat(codes.Values.SelectMany(c => c.Sources).Where(s => s is not null).Select(s => SourceRef.From(s!)))
            .OfType<SourceRef>().DistinctBy(s => s.Slug)
            .OrderBy(s => s.Publisher, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase).ToList();
        return new DownloadTable("CareerExplorer: roles", SheetName, made,
            [.. Columns.Select(c => c.Header)],
            [.. rows.Select(r => (IReadOnlyList<DownloadCell>)[.. Columns.Select(c => c.Cell(r))])],
            About(list, made, addresses, sources, onet == default ? null : onet.ToString()));
    }

    private static DownloadCell Money(decimal? amount, string? currency) => Figure(amount, CellKind.Money, currency);

    /// <summary>The value of a figure the role has: its number, else the text the list shows for it ("not published").</summary>
    private static DownloadCell Value(decimal? number, CellKind kind, string text, string? currency = null) =>
        number is not null ? Figure(number, kind, currency) : Of(text);

    /// <summary>
    /// The columns, each with its cell: every figure the list shows, then its source, then its year
    /// or release. A role without the figure has all of its columns empty; one whose figure BLS
    /// did not publish says so in the value's column, with the source and release beside it.
    /// </summary>
    private static readonly IReadOnlyList<(string Header, Func<RoleDownloadRow, DownloadCell> Cell)> Columns =
    [
        ("Role", r => Of(r.Item.Title)),
        ("Category", r => Of(r.Item.Category)),
        ("Field (SOC major group)", r => Of(SocMajorGroups.ShortTitle(r.Item.Field))),
        ("SOC code", r => Of(r.Soc?.Code)),
        ("SOC version", r => Of(r.Soc?.System)),
        ("SOC code source", r => Of(r.Soc?.Source)),
        ("Address", r => Address(r.Address)),

        ("Headline pay", r => r.Item.Salary is { } s && s.Low is null ? Value(s.Amount, CellKind.Money, s.AmountText, s.Currency) : Empty),
        ("Headline pay low", r => Money(r.Item.Salary?.Low, r.Item.Salary?.Currency)),
        ("Headline pay high", r => Money(r.Item.Salary?.High, r.Item.Salary?.Currency)),
        ("Headline pay currency", r => Of(r.Item.Salary?.Currency)),
        ("Headline pay per", r => Of(r.Item.Salary?.Per)),
        ("Headline pay statistic", r => Of(r.Item.Salary?.StatisticText)),
        ("Headline pay note", r => Of(r.Item.Salary is { IsTopCoded: true, Amount: not null } ? "or more" : null)),
        ("Headline pay source", r => Of(r.Item.Salary?.Source.Publisher)),
        ("Headline pay year", r => Figure(r.Item.Salary?.Year, CellKind.Year)),

        ("Official median per year (BLS)", r => r.Item.Official is { } o ? Value(o.Median.Amount, CellKind.Money, o.Median.Text, "USD") : Empty),
        ("Official median note", r => Of(r.Item.Official?.Median is { IsTopCoded: true, Amount: not null } ? "or more" : null)),
        ("Official median source", r => Of(r.Item.Official?.Source.Publisher)),
        ("Official median release", r => Of(r.Item.Official?.Release)),

        ("Employment (BLS)", r => r.Item.Official is { } o
            ? Value(FigureRules.IsWithinBounds(o.Employment, OutlookUnit.Jobs) ? o.Employment : null, CellKind.Count, o.EmploymentText)
            : Empty),
        ("Employment source", r => Of(r.Item.Official?.Source.Publisher)),
        ("Employment release", r => Of(r.Item.Official?.Release)),

        ("Projected change (%)", r => r.Item.Projection is { } p ? Value(p.ChangePercent, CellKind.Percent, p.ChangeText) : Empty),
        ("Projected change source", r => Of(r.Item.Projection?.Source.Publisher)),
        ("Projected change release", r => Of(r.Item.Projection?.Period)),

        ("Openings", r => r.Item.Projection is { } p ? Value(p.OpeningsCount, CellKind.Count, p.OpeningsText) : Empty),
        ("Openings per", r => Of(r.Item.Projection is { OpeningsCount: not null } p ? (p.OpeningsAnnual ? "a year" : "in all") : null)),
        ("Openings source", r => Of(r.Item.Projection?.Source.Publisher)),
        ("Openings release", r => Of(r.Item.Projection?.Period)),
        ("Entry education (BLS)", r => Of(r.Item.Projection?.Education)),
        ("Job zone (O*NET)", r => Figure(r.Item.JobZone, CellKind.Count)),

        ("Growth (articles)", r => r.Item.Growth is { } g ? Value(g.Value, g.Unit == OutlookUnit.Percent ? CellKind.Percent : CellKind.Count, g.ValueText) : Empty),
        ("Growth unit", r => Of(r.Item.Growth is { } g ? Labels.Of(g.Unit).ToLowerInvariant() : null)),
        ("Growth period", r => Of(r.Item.Growth?.PeriodText is { Length: > 0 } period ? period : null)),
        ("Growth source", r => Of(r.Item.Growth?.Source.Publisher)),
        ("Growth year", r => Figure(r.Item.Growth?.Year, CellKind.Year)),
    ];

    /// <summary>The About sheet: what the data is, when it was made, the filters, what the columns hold, the sources and their credits.</summary>
    private List<AboutLine> About(RoleListPage list, DateTimeOffset made, DownloadAddresses addresses, IReadOnlyList<SourceRef> sources, string? onetVersion)
    {
        var q = list.Query;
        static string Chosen(IReadOnlyList<FacetOption> options, string? value, string any) =>
            value is null ? any : options.FirstOrDefault(o => o.Value == value)?.Label ?? value;
        var sort = q.Sort == RoleSort.Name && q.Q is not null
            ? "Relevance to the search: titles that start with the words, then titles, other names, skills and technologies, tasks"
            : Labels.Of(q.Sort);
        var lines = new List<AboutLine>
        {
            AboutLine.Heading("CareerExplorer: roles"),
            AboutLine.Of("What this is", $"Every role the CareerExplorer roles list shows for the filters below, on all its pages, one row a role in the list's order (sheet “{SheetName}”). "
                + "Each figure is followed by its own source and its year or release: sources disagree, so keep them with any figure you copy."),
            AboutLine.Of("Made", made.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
            AboutLine.Of("Roles", list.Total.ToString(CultureInfo.InvariantCulture)),
            AboutLine.Of("The list", addresses.List),
        };
        if (officialData.Current.LoadingNote is { } loading)
            lines.Add(AboutLine.Of("Note", loading));
        lines.AddRange(
        [
            AboutLine.Blank,
            AboutLine.Heading("Filters applied"),
            AboutLine.Of("Search", q.Q is { } words ? $"“{words}”" : "none"),
            AboutLine.Of(RoleListLabels.Category, q.Category ?? "All categories"),
            AboutLine.Of(RoleListLabels.Education, q.Education is { } level ? Display.EducationLevel(level) : "Any"),
            AboutLine.Of(RoleListLabels.Required, Chosen(list.Facets.Required, q.Required?.ToString(CultureInfo.InvariantCulture), "Any")),
            AboutLine.Of(RoleListLabels.Entry, q.Entry ?? "Any"),
            AboutLine.Of(RoleListLabels.JobZone, Chosen(list.Facets.JobZones, q.JobZone?.ToString(CultureInfo.InvariantCulture), "Any")),
            AboutLine.Of(RoleListLabels.Field, Chosen(list.Facets.Fields, q.Field, "All fields")),
            AboutLine.Of(RoleListLabels.Pay, Chosen(list.Facets.Pay, q.PayBand is { } band ? PayBands.Value(band) : null, "Any")),
            AboutLine.Of(RoleListLabels.Growth, Chosen(list.Facets.Growth, q.Growth is { } pace ? GrowthPaces.Value(pace) : null, "Any")),
            AboutLine.Of(RoleListLabels.FromArticles, q.FromArticles ? "Yes" : "No"),
            AboutLine.Of(RoleListLabels.Sort, sort),
            AboutLine.Blank,
            AboutLine.Heading("Columns"),
            AboutLine.Of("SOC code", "The Standard Occupational Classification code the role is filed under (the newest version's), and who files it there."),
            AboutLine.Of("Headline pay", "The newest median (else mean, else range) an article or salary site gives, as published: per year or per hour, in its currency. "
                + "Not a BLS OEWS figure; “or more” marks a top code."),
            AboutLine.Of("Official median (BLS)", "The annual median wage of the latest BLS Occupational Employment and Wage Statistics (OEWS) release; “or more” marks BLS's top code."),
            AboutLine.Of("Employment (BLS)", "Jobs in the occupation in the same OEWS release (the self-employed are not counted)."),
            AboutLine.Of("Projected change (%)", "BLS Employment Projections, latest release: the change in employment over its ten years, in percent."),
            AboutLine.Of("Openings", "The same projection's openings, a year (BLS's annual average) or in all (releases before 2016–26), written out from BLS's thousands."),
            AboutLine.Of("Field (SOC major group)", "The major group of the Standard Occupational Classification the role's occupation code is in."),
            AboutLine.Of("Entry education (BLS)", "The education BLS says workers typically need to enter the occupation, from the same projection release."),
            AboutLine.Of("Job zone (O*NET)", "O*NET's job zone, 1 (little or no preparation) to 5 (extensive preparation)."),
            AboutLine.Of("Growth (articles)", "The newest employment growth an article or site gives, in its unit (percent, jobs or rank), over its period."),
            AboutLine.Of("Year, release", "The year a figure is for; OEWS releases are for May of their year, projection releases name their ten years."),
            AboutLine.Blank,
            AboutLine.Heading("Sources"),
            AboutLine.Heading("Publisher", "Title", "Year", "Address", "On CareerExplorer"),
        ]);
        lines.AddRange(sources.Select(s => AboutLine.Of(s.Publisher, s.Title, s.Year?.ToString(CultureInfo.InvariantCulture) ?? "", s.Url ?? "", addresses.Source(s.Slug))));
        lines.AddRange(
        [
            AboutLine.Blank,
            AboutLine.Heading("Credits"),
            AboutLine.Of("BLS", "Figures from the U.S. Bureau of Labor Statistics (OEWS wages and employment, Employment Projections, CPI-U) are works of the U.S. government, in the public domain."),
        ]);
        if (onetVersion is not null)
            lines.Add(AboutLine.Of("O*NET", "Other titles, job zones and required education (the search and filters) come from O*NET. "
                + OnetNames.Credit(onetVersion) + " License: https://creativecommons.org/licenses/by/4.0/"));
        lines.Add(AboutLine.Of("Articles and sites", "Their figures are quoted with their source and year; see each source's page on CareerExplorer."));
        return lines;
    }
}
