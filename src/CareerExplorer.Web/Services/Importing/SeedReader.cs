using System.Text.Json;

namespace CareerExplorer.Web.Services.Importing;

/// <summary>A problem in a seed file, located as precisely as the JSON reader allows.</summary>
public sealed record SeedError(string File, string Message, long? Line = null, string? Path = null)
{
    public override string ToString() =>
        $"{File}{(Line is { } l ? $" line {l}" : "")}{(Path is { } p ? $" ({p})" : "")}: {Message}";
}

public sealed class SeedFormatException(IReadOnlyList<SeedError> errors)
    : Exception("The seed data is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;
}

/// <summary>Reads a folder in the data/seed format into a <see cref="SeedDataSet"/>.</summary>
public static class SeedReader
{
    public static SeedDataSet ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new SeedFormatException([new SeedError(directory, "The seed folder does not exist.")]);

        var errors = new List<SeedError>();
        IReadOnlyList<T> Read<T>(string file)
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
                return []; // a kind with no records may be left out
            return Parse<T>(file, File.ReadAllBytes(path), errors);
        }

        var set = new SeedDataSet
        {
            Geographies = Read<GeographyRecord>(SeedFiles.Geographies),
            Sources = Read<SourceRecord>(SeedFiles.Sources),
            Roles = Read<RoleRecord>(SeedFiles.Roles),
            Skills = Read<SkillRecord>(SeedFiles.Skills),
            RoleSkills = Read<RoleSkillRecord>(SeedFiles.RoleSkills),
            SalaryFigures = Read<SalaryFigureRecord>(SeedFiles.SalaryFigures),
            OutlookFigures = Read<OutlookFigureRecord>(SeedFiles.OutlookFigures),
            CareerSteps = Read<CareerStepRecord>(SeedFiles.CareerSteps),
            EducationSteps = Read<EducationStepRecord>(SeedFiles.EducationSteps),
            Cpi = Read<CpiRecord>(SeedFiles.Cpi),
            Projections = Read<ProjectionRecord>(SeedFiles.Projections),
        };
        if (errors.Count > 0)
            throw new SeedFormatException(errors);
        return set;
    }

    /// <summary>Parses one file's bytes; on failure records a located error and returns nothing.</summary>
    public static IReadOnlyList<T> Parse<T>(string file, ReadOnlySpan<byte> utf8, List<SeedError> errors)
    {
        try
        {
            var records = JsonSerializer.Deserialize<List<T>>(utf8, SeedFiles.Json);
            if (records is null)
            {
                errors.Add(new SeedError(file, "Expected a JSON array of records, found null."));
                return [];
            }
            if (records.Any(r => r is null))
            {
                errors.Add(new SeedError(file, "The array contains a null record."));
                return [];
            }
            return records;
        }
        catch (JsonException ex)
        {
            // JsonException.LineNumber is zero-based.
            errors.Add(new SeedError(file, CleanMessage(ex.Message), ex.LineNumber + 1, ex.Path));
            return [];
        }
    }

    private static string CleanMessage(string message)
    {
        // System.Text.Json appends "Path: $... | LineNumber: ..." which we report separately.
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
