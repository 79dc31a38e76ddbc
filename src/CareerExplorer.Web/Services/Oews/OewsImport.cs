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

    public ImportRead<OewsRelease> Read(ImportSource source) => Read(source.Name, source.Content, source.Options, archive: null).Read;

    /// <summary>
    /// The OEWS data of a zip as BLS distributes it (oesm23nat.zip holding
    /// oesm23nat/national_M2023_dl.xlsx): each .xlsx or .csv whose header is OEWS's is a release,
    /// whatever its name, with the zip's name for its year when the file states none; the other
    /// files of its folder (field descriptions) come with the release and are not read.
    /// <see cref="OewsArchiveRead.Others"/> are the files outside those folders.
    /// </summary>
    public OewsArchiveRead ReadArchive(string archive, IEnumerable<ZipFileEntry> entries, ImportOptions options)
    {
        var files = entries.ToList();
        var releases = new List<OewsRelease>();
        var problems = new List<SeedError>();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var records = 0;
        foreach (var entry in files.Where(e => Path.GetExtension(e.Name).ToLowerInvariant() is ".xlsx" or ".csv"))
        {
            if (entry.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !(ImportText.TryDecode(entry.Content) is { } text && IsOewsHeader(text)))
                continue;
            var (read, holdsNoOewsData) = Read(entry.Name, entry.Content, options, archive);
            if (holdsNoOewsData)
                continue;
            folders.Add(entry.Folder);
            records += read.Records;
            releases.Collect(read, problems, (a, b) => a.Year == b.Year,
                (release, twice) => new SeedError(entry.FullName, $"May {release.Year} is also in {twice.FileName} in the archive; give each release once."));
        }
        return new OewsArchiveRead(new ImportRead<OewsRelease>(releases, problems, records), files.Where(e => !folders.Contains(e.Folder)).ToList());
    }

    /// <summary>A file's release; <c>HoldsNoOewsData</c> when it is a workbook that can be read but has no OEWS sheet.</summary>
    private (ImportRead<OewsRelease> Read, bool HoldsNoOewsData) Read(string name, byte[] content, ImportOptions options, string? archive)
    {
        var (year, topCode) = (options.Year, options.TopCode);
        var latestYear = clock.GetUtcNow().Year - 1;
        var problems = new List<SeedError>();
        OewsReadResult read;
        if (Path.GetExtension(name).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            read = OewsFile.ReadWorkbook(name, content, year, topCode, latestYear, archive);
        else if (ImportText.Decode(name, content, problems) is { } text)
            read = OewsFile.Read(name, text, year, topCode, latestYear, archive);
        else
            return (new ImportRead<OewsRelease>([], problems, 0), false);
        if (year is { } given && OewsFile.YearFromFileName(name) is { } named && named != given)
        {
            // Two years for one file: one of them is a slip, and importing under the wrong one cannot be undone by importing again.
            return (new ImportRead<OewsRelease>([], [new SeedError(name, $"The file name says May {named} but the release year given is {given}; leave the year empty or rename the file.", null, "Release year"), .. read.Problems], 0), false);
        }
        return (read.Release is { } release
            ? new ImportRead<OewsRelease>([release], read.Problems, release.Detailed.Count())
            : new ImportRead<OewsRelease>([], read.Problems, 0), read.HoldsNoOewsData);
    }

    private static bool IsOewsHeader(string text)
    {
        var end = text.IndexOf('\n');
        return OewsFile.IsHeader((end < 0 ? text : text[..end]).Split(',').Select(h => h.Trim().Trim('"')).ToList());
    }
}

/// <summary>The OEWS releases of a zip, and its files that are no part of them.</summary>
public sealed record OewsArchiveRead(ImportRead<OewsRelease> Read, IReadOnlyList<ZipFileEntry> Others)
{
    public bool HoldsOewsData => Read.Units.Count > 0 || Read.Problems.Count > 0;
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
