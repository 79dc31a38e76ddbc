namespace CareerExplorer.Web.Rules;

/// <summary>
/// A closed range of numbers a field may hold, with the words to say so. Every bound of the app is
/// one of these, declared once in <see cref="Bounds"/>, and checked by the admin forms, every
/// importer and the pages that read stored values (a value outside it is shown as invalid, never
/// used in arithmetic).
/// </summary>
public sealed record NumberRange(decimal Min, decimal Max, bool MinExclusive = false, string Unit = "")
{
    public bool Contains(decimal value) => (MinExclusive ? value > Min : value >= Min) && value <= Max;

    public bool Contains(decimal? value) => value is not { } v || Contains(v);

    /// <summary>"must be greater than 0 and at most 100,000,000", "must be 0 or more and at most 1,000%".</summary>
    public string Requirement => MinExclusive
        ? $"must be greater than {Format(Min)} and at most {Format(Max)}{Unit}"
        : $"must be {Format(Min)} or more and at most {Format(Max)}{Unit}";

    private static string Format(decimal v) => v.ToString(v == decimal.Truncate(v) ? "#,0" : "#,0.###", CultureInfo.InvariantCulture);
}

/// <summary>The bounds of every number the app stores, stated once.</summary>
public static class Bounds
{
    /// <summary>A pay amount in any currency and basis: far above any real wage, far below what arithmetic cannot hold.</summary>
    public static readonly NumberRange PayAmount = new(0m, 100_000_000m, MinExclusive: true);

    /// <summary>A relative standard error, in percent.</summary>
    public static readonly NumberRange RelativeStandardError = new(0m, 1_000m, Unit: "%");

    /// <summary>
    /// A consumer price index value (CPI-U is about 10 in 1913 and 300 today, with 1982-84 = 100).
    /// With these bounds no ratio of two values exceeds 10^8, so a bounded pay amount restated in
    /// another year's dollars stays far inside what a decimal holds.
    /// </summary>
    public static readonly NumberRange CpiValue = new(0.001m, 100_000m, MinExclusive: true);

    /// <summary>A growth or change in percent: at most a total loss, at most a thousandfold rise.</summary>
    public static readonly NumberRange Percent = new(-100m, 100_000m, Unit: "%");

    /// <summary>A number of jobs or a change in it: the world has fewer than ten billion people.</summary>
    public static readonly NumberRange Jobs = new(-10_000_000_000m, 10_000_000_000m);

    /// <summary>A ranking position.</summary>
    public static readonly NumberRange Rank = new(1m, 1_000_000m);

    /// <summary>Employment as a statistics agency counts it: never negative.</summary>
    public static readonly NumberRange Employment = new(0m, 10_000_000_000m);

    /// <summary>O*NET's importance scale (IM).</summary>
    public static readonly NumberRange OnetImportance = new(1m, 5m);

    /// <summary>O*NET's level scale (LV).</summary>
    public static readonly NumberRange OnetLevel = new(0m, 7m);

    /// <summary>O*NET's occupational-interest scale (OI).</summary>
    public static readonly NumberRange OnetInterest = new(1m, 7m);

    /// <summary>A share of workers, in percent (O*NET's education and training categories).</summary>
    public static readonly NumberRange Share = new(0m, 100m, Unit: "%");

    /// <summary>O*NET's job zones, 1 (little or no preparation) to 5 (extensive preparation).</summary>
    public static readonly NumberRange JobZone = new(1m, 5m);

    /// <summary>A number of survey respondents (O*NET's N, incumbents responding).</summary>
    public static readonly NumberRange Respondents = new(0m, 10_000_000m);

    /// <summary>Employment in thousands, as BLS Employment Projections publish it (170,000 for all occupations).</summary>
    public static readonly NumberRange ThousandsEmployed = new(0m, 10_000_000m);

    /// <summary>A change in employment, in thousands.</summary>
    public static readonly NumberRange ThousandsChange = new(-10_000_000m, 10_000_000m);

    public const int MinYear = 1900;

    /// <summary>The last year a projection period may reach (the database's own check allows up to this year).</summary>
    public const int MaxPeriodYear = 2100;

    /// <summary>Figures, sources and CPI values are for this year or the next (releases dated ahead), never the far future.</summary>
    public static int MaxYear(TimeProvider clock) => clock.GetUtcNow().Year + 1;
}

/// <summary>The longest text each field may hold, stated once: the EF configurations, forms and importers use these.</summary>
public static class TextLimits
{
    public const int Slug = 120;
    public const int RoleTitle = 200;
    public const int Category = 100;
    public const int Summary = 1000;
    public const int Description = 8000;
    public const int TypicalEducation = 500;
    public const int AliasName = 200;
    public const int TaskText = 1000;
    public const int CodeSystem = 20;
    public const int Code = 20;
    public const int CodeTitle = 300;
    public const int SkillName = 200;
    public const int SkillGroup = 200;
    public const int Publisher = 200;
    public const int SourceTitle = 400;
    public const int Url = 1000;
    public const int ReleasePeriod = 100;
    public const int PublishedOn = 10;
    public const int SeedFile = 200;
    public const int SourceNote = 2000;
    public const int Quote = 1000;
    public const int Note = 1000;
    public const int EducationField = 300;
    public const int GeographyCode = 20;
    public const int GeographyName = 200;
    public const int Currency = 3;
    public const int ImportedFrom = 40;
    /// <summary>An official dataset's name (<see cref="Datasets"/>) and one of its releases, on a source.</summary>
    public const int Dataset = 40;
    public const int Release = 20;
    public const int OnetDomainSource = 50;
    public const int OnetDate = 7;
    public const int OnetElementId = 20;
    public const int CommodityTitle = 200;
    public const int AlternateTitle = 300;
    public const int AlternateTitleSources = 50;
    public const int SkillDescription = 2000;
    public const int JobZoneText = 2000;
    public const int TrainingCategory = 500;
    /// <summary>A BLS education or training category ("Postsecondary nondegree award").</summary>
    public const int ProjectionCategory = 100;
    /// <summary>A list row's one line of what the job is (<see cref="TextCuts.AtWord"/>).</summary>
    public const int Blurb = 140;
}

/// <summary>Texts cut short for a list, declared once.</summary>
public static class TextCuts
{
    /// <summary>The text's first line up to <paramref name="max"/> characters, cut after a whole word, with "…" when cut.</summary>
    public static string AtWord(string text, int max)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }
}
