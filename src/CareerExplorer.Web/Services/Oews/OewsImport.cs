using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Oews;

/// <summary>
/// A BLS OEWS national file: a .csv whose header names OCC_CODE or OCC_TITLE (any case; either is
/// enough, so a damaged OEWS header is told which OEWS column it lacks rather than that it is not a
/// salary-figure CSV), or an .xlsx workbook as BLS publishes it (the only workbooks imported so far,
/// so a damaged one is told what is wrong with it). One release a file.
/// </summary>
public sealed class OewsReader(TimeProvider clock) : IImportReader<OewsRelease>
{
    public bool Claims(ImportSource source) =>
        source.Extension == ".xlsx" || source.Extension == ".csv" && ImportText.TryDecode(source.Content) is { } text && IsOewsHeader(text);

    public ImportRead<OewsRelease> Read(ImportSource source)
    {
        var name = source.Name;
        var (year, topCode) = (source.Options.Year, source.Options.TopCode);
        var latestYear = clock.GetUtcNow().Year - 1;
        var problems = new List<SeedError>();
        OewsReadResult read;
        if (source.Extension == ".xlsx")
            read = OewsFile.ReadWorkbook(name, source.Content, year, topCode, latestYear);
        else if (ImportText.Decode(name, source.Content, problems) is { } text)
            read = OewsFile.Read(name, text, year, topCode, latestYear);
        else
            return new ImportRead<OewsRelease>([], problems, 0);
        if (year is { } given && OewsFile.YearFromFileName(name) is { } named && named != given)
        {
            // Two years for one file: one of them is a slip, and importing under the wrong one cannot be undone by importing again.
            return new ImportRead<OewsRelease>([], [new SeedError(name, $"The file name says May {named} but the release year given is {given}; leave the year empty or rename the file.", null, "Release year"), .. read.Problems], 0);
        }
        return read.Release is { } release
            ? new ImportRead<OewsRelease>([release], read.Problems, release.Detailed.Count())
            : new ImportRead<OewsRelease>([], read.Problems, 0);
    }

    private static bool IsOewsHeader(string text)
    {
        var end = text.IndexOf('\n');
        return OewsFile.IsHeader((end < 0 ? text : text[..end]).Split(',').Select(h => h.Trim().Trim('"')).ToList());
    }
}

/// <summary>A release merged by <see cref="OewsImporter"/>, in year order; one audit entry a release, not one per row.</summary>
public sealed class OewsMapper : IImportMapper<OewsRelease>
{
    public string Name(OewsRelease release) => ReleaseName(release.Year);

    public static string ReleaseName(int year) => $"BLS OEWS May {year}";

    public bool AuditsEachRow => false;

    public IEnumerable<OewsRelease> Order(IEnumerable<OewsRelease> releases) => releases.OrderBy(r => r.Year);

    public async Task<ImportMerge> MergeAsync(CareerDbContext db, OewsRelease release, CancellationToken ct)
    {
        var result = await new OewsImporter(db).MergeAsync(release, ct);
        KindCounts roles = new("Roles") { Added = result.RolesAdded, Changed = result.RolesRenamed };
        KindCounts figures = new("Figures") { Added = result.FiguresAdded, Changed = result.FiguresChanged, Unchanged = result.FiguresUnchanged };
        roles.AddedExamples.AddRange(result.AddedRoles.Take(10));
        return new ImportMerge([roles, figures], result.Problems,
            new ImportAudit("OEWS release", result.SourceSlug, $"Imported BLS OEWS May {release.Year} from {release.FileName}", result.Summary),
            "BLS OEWS " + result.Summary + ".", result);
    }
}

/// <summary>The upload form's OEWS fields; all optional, and ignored for other files.</summary>
public sealed class OewsOptionsForm : IValidatableObject
{
    [Display(Name = "Release year (OEWS files only: when the file name lacks it)")]
    [Range(OewsFile.FirstYear, 2100, ErrorMessage = "The release year is a year from 1997 on, e.g. 2022.")]
    public int? ReleaseYear { get; set; }

    [Display(Name = "Top code, hourly ($)")]
    public decimal? TopCodeHourly { get; set; }

    [Display(Name = "Top code, annual ($)")]
    public decimal? TopCodeAnnual { get; set; }

    public ImportOptions ToOptions() =>
        new(ReleaseYear, TopCodeHourly is { } hourly && TopCodeAnnual is { } annual ? new OewsTopCode(hourly, annual) : null);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (TopCodeHourly is null != TopCodeAnnual is null)
            yield return new("Give the top code both ways, hourly and annual (e.g. 115.00 and 239200), or neither.",
                [TopCodeHourly is null ? nameof(TopCodeHourly) : nameof(TopCodeAnnual)]);
        if (!Bounds.PayAmount.Contains(TopCodeHourly))
            yield return new($"The hourly top code {Bounds.PayAmount.Requirement}.", [nameof(TopCodeHourly)]);
        if (!Bounds.PayAmount.Contains(TopCodeAnnual))
            yield return new($"The annual top code {Bounds.PayAmount.Requirement}.", [nameof(TopCodeAnnual)]);
    }
}
