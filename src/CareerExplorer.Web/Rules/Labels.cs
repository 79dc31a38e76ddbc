using System.Collections.Concurrent;
using System.Reflection;

namespace CareerExplorer.Web.Rules;

/// <summary>
/// What a vocabulary value reads as: the <c>[Display(Name = ...)]</c> declared on its enum member
/// (Vocabulary.cs), else the member's name. Read once per enum type, then cached.
/// </summary>
public static class Labels
{
    private static readonly ConcurrentDictionary<Type, Dictionary<Enum, string>> ByType = new();

    public static string Of(Enum value) =>
        ByType.GetOrAdd(value.GetType(), Read).TryGetValue(value, out var label) ? label : value.ToString();

    /// <summary>Every value with its label, in declaration order: the options of a select.</summary>
    public static IReadOnlyList<(TEnum Value, string Label)> Choices<TEnum>() where TEnum : struct, Enum => ChoicesOf<TEnum>.All;

    private static Dictionary<Enum, string> Read(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(f => (Enum)f.GetValue(null)!, f => f.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? f.Name);

    private static class ChoicesOf<TEnum> where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<(TEnum Value, string Label)> All = [.. Enum.GetValues<TEnum>().Select(v => (v, Of(v)))];
    }
}
