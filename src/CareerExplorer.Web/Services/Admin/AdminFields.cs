using System.Collections.Concurrent;
using System.Reflection;

namespace CareerExplorer.Web.Services.Admin;

/// <summary>
/// The fields of an admin form, in the order the form class declares them: the edit page renders
/// them, the conflict panel lists them. A field's label and hint are its [Display] Name and
/// Description; [DataType(DataType.MultilineText)] makes it a text area.
/// </summary>
public sealed record AdminField(PropertyInfo Property, string Label)
{
    public string Name => Property.Name;

    /// <summary>A stored value as a person reads it: a related record by its name, an enum by its label.</summary>
    public string? Describe(AdminForm form, AdminChoices choices)
    {
        var value = Property.GetValue(form);
        if (value is null)
            return null;
        var text = value switch
        {
            bool b => b ? "yes" : "no",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (choices.TryGetValue(Name, out var options) && options.FirstOrDefault(o => o.Value == text) is { } chosen)
            return chosen.Label;
        return text.Replace("\r", "").Replace("\n", ", ");
    }
}

public static class AdminFields
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<AdminField>> Cache = new();

    public static IReadOnlyList<AdminField> Of(Type formType) => Cache.GetOrAdd(formType, type =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != nameof(AdminForm.Version))
            .OrderBy(p => p.DeclaringType == type ? 0 : 1) // the form's own fields, not the base class's
            .ThenBy(p => p.MetadataToken)
            .Select(p => new AdminField(p, p.GetCustomAttribute<DisplayAttribute>()?.Name ?? p.Name))
            .ToList());
}
