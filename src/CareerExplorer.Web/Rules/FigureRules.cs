namespace CareerExplorer.Web.Rules;

/// <summary>A rule a record breaks, named by the field it concerns (for messages next to the field).</summary>
public sealed record RuleViolation(string Field, string Message);

/// <summary>What the rules need to know of a salary figure, however it arrives (a form, a seed record, an entity).</summary>
public sealed record SalaryFigureFacts(
    SalaryStatistic Statistic, decimal? Amount, decimal? Low, decimal? High, bool IsTopCoded, bool IsNotPublished,
    decimal? RelativeStandardError, string Currency, int Year, int? Month, string Quote, string? Note, bool HasSource, bool HasGeography);

/// <summary>What the rules need to know of an outlook figure.</summary>
public sealed record OutlookFigureFacts(
    OutlookUnit Unit, decimal? Value, bool IsNotPublished, decimal? RelativeStandardError, int? StartYear, int? EndYear,
    int Year, string Quote, string? Note, bool HasSource, bool HasGeography);

/// <summary>
/// The rules for figures, the same for the admin forms, the seed merger and every importer. The
/// database enforces the core of them with NOT NULL, foreign keys and check constraints; these give
/// a clear message, named by field, first.
/// </summary>
public static class FigureRules
{
    /// <summary>The bounds of an outlook figure's value, by its unit.</summary>
    public static NumberRange OutlookBounds(OutlookUnit unit) => unit switch
    {
        OutlookUnit.Percent => Bounds.Percent,
        OutlookUnit.Rank => Bounds.Rank,
        _ => Bounds.Jobs,
    };

    /// <summary>True when every number of the figure is within its bounds (false for values stored before the bounds, or by hand).</summary>
    public static bool IsWithinBounds(decimal? amount, decimal? low, decimal? high) =>
        Bounds.PayAmount.Contains(amount) && Bounds.PayAmount.Contains(low) && Bounds.PayAmount.Contains(high);

    public static bool IsWithinBounds(decimal? value, OutlookUnit unit) => OutlookBounds(unit).Contains(value);

    public static IReadOnlyList<RuleViolation> Validate(SalaryFigureFacts f, TimeProvider clock)
    {
        var errors = new List<RuleViolation>();
        RequireSourceAndYear(f.HasSource, f.Year, clock, errors);
        Texts(f.Quote, f.Note, errors);
        if (f.Month is < 1 or > 12)
            errors.Add(new(nameof(f.Month), "Month must be between 1 and 12."));
        if (!Currencies.IsKnown(f.Currency))
            errors.Add(new(nameof(f.Currency), $"'{f.Currency}' is not a known ISO 4217 currency code."));
        if (!f.HasGeography)
            errors.Add(new("Geography", "A figure needs a geography."));
        if (string.IsNullOrWhiteSpace(f.Quote))
            errors.Add(new(nameof(f.Quote), "Say where the source states the figure (a short quote or note)."));

        Bounded(f.RelativeStandardError, Bounds.RelativeStandardError, nameof(f.RelativeStandardError), "The relative standard error", errors);

        if (f.IsNotPublished)
        {
            // The publisher released no value (BLS "*" or "**"): the figure records that, nothing more.
            if (f.Amount is not null || f.Low is not null || f.High is not null)
                errors.Add(new(nameof(f.Amount), "A figure that was not published has no amount; clear the amount or untick “not published”."));
            if (f.Statistic == SalaryStatistic.Range)
                errors.Add(new(nameof(f.Statistic), "A range cannot be marked not published; use the statistic that was withheld."));
            if (f.IsTopCoded)
                errors.Add(new(nameof(f.IsTopCoded), "A figure that was not published cannot be top-coded."));
        }
        else if (f.Statistic == SalaryStatistic.Range)
        {
            if (f.Amount is not null)
                errors.Add(new(nameof(f.Amount), "A range has a low and a high amount, not a single amount."));
            if (f.Low is null || f.High is null)
                errors.Add(new(nameof(f.Low), "A range needs both a low and a high amount."));
            else
            {
                var lowOk = Bounded(f.Low, Bounds.PayAmount, nameof(f.Low), "The low amount", errors);
                var highOk = Bounded(f.High, Bounds.PayAmount, nameof(f.High), "The high amount", errors);
                if (lowOk && highOk && f.Low > f.High)
                    errors.Add(new(nameof(f.High), "The low amount must not be greater than the high amount."));
            }
        }
        else
        {
            if (f.Amount is null)
                errors.Add(new(nameof(f.Amount), "An amount is required."));
            else
                Bounded(f.Amount, Bounds.PayAmount, nameof(f.Amount), "The amount", errors);
            if (f.Low is not null || f.High is not null)
                errors.Add(new(nameof(f.Low), "Only a range has low and high amounts."));
        }
        return errors;
    }

    public static IReadOnlyList<RuleViolation> Validate(OutlookFigureFacts f, TimeProvider clock)
    {
        var errors = new List<RuleViolation>();
        RequireSourceAndYear(f.HasSource, f.Year, clock, errors);
        Texts(f.Quote, f.Note, errors);
        foreach (var (year, field) in new[] { (f.StartYear, nameof(f.StartYear)), (f.EndYear, nameof(f.EndYear)) })
        {
            if (year is < Bounds.MinYear or > Bounds.MaxPeriodYear)
                errors.Add(new(field, $"The year must be between {Bounds.MinYear} and {Bounds.MaxPeriodYear}."));
        }
        if (f.StartYear is { } start && f.EndYear is { } end && start > end)
            errors.Add(new(nameof(f.EndYear), "The period cannot end before it starts."));
        if (f.IsNotPublished && f.Value is not null)
            errors.Add(new(nameof(f.Value), "A figure that was not published has no value; clear the value or untick “not published”."));
        else if (!f.IsNotPublished && f.Value is null)
            errors.Add(new(nameof(f.Value), "A value is required (or tick “not published” if the source withheld it)."));
        else
            Bounded(f.Value, OutlookBounds(f.Unit), nameof(f.Value), $"A value in {f.Unit.ToString().ToLowerInvariant()}", errors);
        Bounded(f.RelativeStandardError, Bounds.RelativeStandardError, nameof(f.RelativeStandardError), "The relative standard error", errors);
        if (!f.HasGeography)
            errors.Add(new("Geography", "A figure needs a geography."));
        if (string.IsNullOrWhiteSpace(f.Quote))
            errors.Add(new(nameof(f.Quote), "Say where the source states the figure (a short quote or note)."));
        return errors;
    }

    private static void RequireSourceAndYear(bool hasSource, int year, TimeProvider clock, List<RuleViolation> errors)
    {
        if (!hasSource)
            errors.Add(new("Source", "A figure needs a source."));
        if (year == 0)
            errors.Add(new("Year", "A figure needs the year it is for."));
        else if (year < Bounds.MinYear || year > Bounds.MaxYear(clock))
            errors.Add(new("Year", $"The year must be between {Bounds.MinYear} and {Bounds.MaxYear(clock)}."));
    }

    /// <summary>A number outside its bounds is a message on its field; true when it is fine (or absent).</summary>
    public static bool Bounded(decimal? value, NumberRange range, string field, string label, List<RuleViolation> errors)
    {
        if (range.Contains(value))
            return true;
        errors.Add(new(field, $"{label} {range.Requirement}."));
        return false;
    }

    private static void Texts(string quote, string? note, List<RuleViolation> errors)
    {
        TextRules.Check(quote, TextLimits.Quote, "Quote", "The quote", errors, multiLine: true);
        TextRules.Check(note, TextLimits.Note, "Note", "The note", errors, multiLine: true);
    }

}
