using System.Text.RegularExpressions;
using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Admin;

/// <summary>Checks shared by the admin forms and the importer.</summary>
public static partial class AdminValidation
{

    public static void Slug(string? slug, string field, List<RuleViolation> errors)
    {
        if (string.IsNullOrWhiteSpace(slug))
            errors.Add(new(field, "A slug is required."));
        else if (!Slugs.IsSlug(slug))
            errors.Add(new(field, "Use lower-case letters, digits and single hyphens (e.g. machine-learning-engineer)."));
    }

    public static void Url(string? url, string field, List<RuleViolation> errors)
    {
        if (!string.IsNullOrWhiteSpace(url) && !Formats.IsHttpUrl(url))
            errors.Add(new(field, "Enter a full web address starting with http:// or https://."));
    }

    public static void Year(int? year, string field, TimeProvider clock, List<RuleViolation> errors, bool required = false)
    {
        if (year is null)
        {
            if (required)
                errors.Add(new(field, "A year is required."));
            return;
        }
        if (year < Bounds.MinYear || year > Bounds.MaxYear(clock))
            errors.Add(new(field, $"The year must be between {Bounds.MinYear} and {Bounds.MaxYear(clock)}."));
    }

    public static void Required(string? value, string field, string label, List<RuleViolation> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            errors.Add(new(field, $"{label} is required."));
    }

    /// <summary>
    /// A select of related records: nothing chosen (when one is required) or an id that is not in
    /// the table (a stale list, a hand-made post) is a message on the field, never a database error.
    /// </summary>
    public static async Task Related<T>(IQueryable<T> set, int? id, string field, string? requiredMessage, string noun, List<RuleViolation> errors, CancellationToken ct)
        where T : Entity
    {
        if (id is not { } value)
        {
            if (requiredMessage is not null)
                errors.Add(new(field, requiredMessage));
            return;
        }
        if (!await set.AnyAsync(e => e.Id == value, ct))
            errors.Add(new(field, $"There is no {noun} #{value}: it does not exist, or was deleted meanwhile; choose one from the list."));
    }

    /// <summary>
    /// A text field as it will be stored (trimmed): required or not, at most <paramref name="max"/>
    /// characters, no control or invisible characters (line breaks only where <paramref name="multiLine"/>).
    /// </summary>
    public static void Text(string? value, int max, string field, string label, List<RuleViolation> errors, bool required = false, bool multiLine = false)
    {
        var stored = Clean(value);
        if (stored is null)
        {
            if (required)
                errors.Add(new(field, $"{label} is required."));
            return;
        }
        TextRules.Check(stored, max, field, label, errors, multiLine);
    }

    /// <summary>A posted enum value the enum does not define (a hand-made post) is a message on the field.</summary>
    public static void Defined<T>(T value, string field, string message, List<RuleViolation> errors) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
            errors.Add(new(field, message));
    }

    public static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
