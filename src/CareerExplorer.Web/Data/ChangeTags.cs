using System.Text.Json;

namespace CareerExplorer.Web.Data;

/// <summary>
/// What a change of data makes stale, in the output cache's terms: every cached page is tagged
/// <see cref="Lists"/> (it shows many roles, or data that is no one role's) or with a
/// <see cref="Role"/> tag for each role it is about; a change evicts the tags it names, or
/// everything. <see cref="CareerDbContext"/> works them out for each save and stores them with the
/// raised data version (<see cref="DataChange"/>), so other processes evict the same.
/// </summary>
public sealed class ChangeTags
{
    /// <summary>Pages that show many roles or data no one role owns: home, lists, skills, sources, paths, the list APIs.</summary>
    public const string Lists = "lists";

    private const string EverythingText = "*";

    public static readonly ChangeTags Everything = new(true, []);

    /// <summary>True: every cached page, whatever its tags.</summary>
    public bool IsEverything { get; }

    public IReadOnlyCollection<string> Tags { get; }

    private ChangeTags(bool everything, IReadOnlyCollection<string> tags) => (IsEverything, Tags) = (everything, tags);

    public static ChangeTags Of(IEnumerable<string> tags) => new(false, tags.ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// The pages about one role: its own, its API document, and comparisons naming it. A role is
    /// named by its slug, and a comparison may name it by its title too, so a role has a tag for each.
    /// </summary>
    public static string Role(string slugOrTitle) => "role:" + slugOrTitle.ToLowerInvariant();

    public ChangeTags Union(ChangeTags other) =>
        IsEverything || other.IsEverything ? Everything : Of(Tags.Concat(other.Tags));

    /// <summary>As stored in <see cref="DataChange.Tags"/>.</summary>
    public string ToText() => IsEverything ? EverythingText : JsonSerializer.Serialize(Tags.Order(StringComparer.Ordinal));

    /// <summary>Anything that is not a list of tags this build wrote means everything.</summary>
    public static ChangeTags Parse(string? text)
    {
        if (text is null or EverythingText)
            return Everything;
        try
        {
            return JsonSerializer.Deserialize<string[]>(text) is { } tags && tags.All(t => t is not null) ? Of(tags) : Everything;
        }
        catch (JsonException)
        {
            return Everything;
        }
    }
}
