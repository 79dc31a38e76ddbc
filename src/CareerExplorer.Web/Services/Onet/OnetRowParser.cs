using System.Text.RegularExpressions;
using CareerExplorer.Web.Services.Importing;

namespace CareerExplorer.Web.Services.Onet;

/// <summary>
/// Turns one file's rows into the release's records, checking each cell: codes O*NET-SOC shaped
/// and listed in the release's Occupation Data (when it has one; else the merge checks them
/// against the database), numbers on their scale, Y/N flags, MM/YYYY dates, no row twice.
/// </summary>
internal sealed partial class OnetRowParser(Table table, OnetRelease release, List<SeedError> problems)
{
    private readonly HashSet<string>? _codes = release.Kinds.Contains(OnetFileKind.OccupationData)
        ? release.Occupations.Select(o => o.Code).ToHashSet(StringComparer.Ordinal)
        : null;

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    private string File => table.File;

    public void Rows(OnetFileKind kind)
    {
        switch (kind)
        {
            case OnetFileKind.OccupationData: Occupations(); break;
            case OnetFileKind.TaskStatements: Tasks(); break;
            case OnetFileKind.Skills: Ratings(SkillKind.Skill); break;
            case OnetFileKind.Knowledge: Ratings(SkillKind.Knowledge); break;
            case OnetFileKind.TechnologySkills: Technologies(); break;
            case OnetFileKind.EducationTrainingExperience: Shares(); break;
            case OnetFileKind.EducationCategories: Categories(); break;
            case OnetFileKind.JobZones: JobZones(); break;
            case OnetFileKind.JobZoneReference: JobZoneLevels(); break;
            case OnetFileKind.RelatedOccupations: Related(); break;
            case OnetFileKind.AlternateTitles: AlternateTitles(); break;
            case OnetFileKind.Interests: Interests(); break;
            case OnetFileKind.ContentModelReference: Elements(); break;
            case OnetFileKind.ScalesReference: break; // the scales this app reads are its own Bounds
        }
    }

    private void Occupations()
    {
        foreach (var row in table.Rows)
        {
            if (Code(row, OnetColumns.Code, checkListed: false) is not { } code
                || Text(row, "Title", TextLimits.RoleTitle) is not { } title
                || Text(row, "Description", TextLimits.Description) is not { } description
                || !Once(row, OnetColumns.Code, code))
                continue;
            release.Occupations.Add(new OnetOccupationRow(File, row.Line, code, title, description));
        }
    }

    private void Tasks()
    {
        foreach (var row in table.Rows)
        {
            if (Code(row) is not { } code || Integer(row, "Task ID", 1, int.MaxValue) is not { } id
                || Text(row, "Task", TextLimits.TaskText) is not { } text || !Once(row, "Task ID", $"{code}|{id}"))
                continue;
            var type = table.Cell(row, "Task Type") switch
            {
                "Core" => OnetTaskType.Core,
                "Supplemental" => OnetTaskType.Supplemental,
                "" or "n/a" => OnetTaskType.NotRated,
                var other => Bad<OnetTaskType?>(row, "Task Type", $"“{Short(other)}” is not a task type: Core, Supplemental or empty."),
            };
            if (type is null)
                continue;
            var incumbents = Number(row, "Incumbents Responding", Bounds.Respondents, optional: true, out var ok);
            if (!ok || !Dated(row, out var date))
                continue;
            release.Tasks.Add(new OnetTaskRow(File, row.Line, code, id, text, type.Value, incumbents, date, Domain(row)));
        }
    }

    private void Ratings(SkillKind kind)
    {
        var byElement = new Dictionary<(string, string), OnetRatingRow>();
        foreach (var row in table.Rows)
        {
            if (Code(row) is not { } code || Text(row, "Element ID", TextLimits.OnetElementId) is not { } element
                || Text(row, "Element Name", TextLimits.SkillName) is not { } name)
                continue;
            var scale = table.Cell(row, "Scale ID");
            if (scale is not ("IM" or "LV"))
            {
                Bad<object>(row, "Scale ID", $"“{Short(scale)}” is not a scale of this file: IM (importance, 1-5) or LV (level, 0-7).");
                continue;
            }
            if (!Once(row, "Scale ID", $"{code}|{element}|{scale}"))
                continue;
            var value = Number(row, "Data Value", scale == "IM" ? Bounds.OnetImportance : Bounds.OnetLevel, optional: false, out var ok);
            var n = Number(row, "N", Bounds.Respondents, optional: true, out var nOk);
            var suppress = Flag(row, "Recommend Suppress", out var sOk);
            var notRelevant = Flag(row, "Not Relevant", out var rOk);
            if (!ok || !nOk || !sOk || !rOk || !Dated(row, out var date))
                continue;
            if (!byElement.TryGetValue((code, element), out var rating))
            {
                rating = new OnetRatingRow(File, row.Line, code, kind, element, name);
                byElement[(code, element)] = rating;
                release.Ratings.Add(rating);
            }
            if (scale == "IM")
            {
                (rating.Importance, rating.ImportanceN, rating.ImportanceSuppressed) = (value, n, suppress);
            }
            else
            {
                (rating.Level, rating.LevelN, rating.LevelSuppressed, rating.LevelNotRelevant) = (value, n, suppress, notRelevant);
            }
            rating.Date ??= date;
            rating.DomainSource ??= Domain(row);
        }
    }

    private void Technologies()
    {
        foreach (var row in table.Rows)
        {
            if (Code(row) is not { } code || Text(row, "Example", TextLimits.SkillName) is not { } example
                || Integer(row, "Commodity Code", 0, int.MaxValue) is not { } commodity
                || Text(row, "Commodity Title", TextLimits.CommodityTitle) is not { } commodityTitle
                || !Once(row, "Example", $"{code}|{example}|{commodity}"))
                continue;
            var hot = Flag(row, "Hot Technology", out var hOk);
            var inDemand = Flag(row, "In Demand", out var dOk);
            if (hOk && dOk)
                release.Technologies.Add(new OnetTechnologyRow(File, row.Line, code, example, commodity, commodityTitle, hot, inDemand));
        }
    }

    private void Shares()
    {
        foreach (var row in table.Rows)
        {
            // The file holds other scales too (the importance of certifications...): only these four are read.
            if (!Enum.TryParse<OnetTrainingScale>(table.Cell(row, "Scale ID"), out var scale) || !Enum.IsDefined(scale))
                continue;
            if (Code(row) is not { } code || Integer(row, "Category", 1, 99) is not { } category
                || !Once(row, "Category", $"{code}|{scale}|{category}"))
                continue;
            var percent = Number(row, "Data Value", Bounds.Share, optional: false, out var ok);
            var n = Number(row, "N", Bounds.Respondents, optional: true, out var nOk);
            var suppress = Flag(row, "Recommend Suppress", out var sOk);
            if (ok && nOk && sOk && Dated(row, out var date))
                release.Shares.Add(new OnetShareRow(File, row.Line, code, scale, category, percent!.Value, n, suppress, date, Domain(row)));
        }
    }

    private void Categories()
    {
        foreach (var row in table.Rows)
        {
            // The categories file also describes other scales (work context...): only these four are read.
            if (!Enum.TryParse<OnetTrainingScale>(table.Cell(row, "Scale ID"), out var scale) || !Enum.IsDefined(scale))
                continue;
            if (Integer(row, "Category", 1, 99) is { } category && Text(row, "Category Description", TextLimits.TrainingCategory) is { } text
                && Once(row, "Category", $"{scale}|{category}"))
                release.Categories.Add(new OnetCategoryRow(scale, category, text));
        }
    }

    private void JobZones()
    {
        foreach (var row in table.Rows)
        {
            if (Code(row) is { } code && Integer(row, "Job Zone", (int)Bounds.JobZone.Min, (int)Bounds.JobZone.Max) is { } zone
                && Once(row, OnetColumns.Code, code) && Dated(row, out var date))
                release.JobZones.Add(new OnetJobZoneRow(File, row.Line, code, zone, date, Domain(row)));
        }
    }

    private void JobZoneLevels()
    {
        foreach (var row in table.Rows)
        {
            if (Integer(row, "Job Zone", (int)Bounds.JobZone.Min, (int)Bounds.JobZone.Max) is not { } zone || !Once(row, "Job Zone", zone.ToString(CultureInfo.InvariantCulture)))
                continue;
            var cells = new[] { "Name", "Experience", "Education", "Job Training", "Examples", "SVP Range" }
                .Select(c => Text(row, c, TextLimits.JobZoneText)).ToList();
            if (cells.All(c => c is not null))
                release.JobZoneLevels.Add(new OnetJobZoneLevelRow(zone, cells[0]!, cells[1]!, cells[2]!, cells[3]!, cells[4]!, cells[5]!));
        }
    }

    private void Related()
    {
        foreach (var row in table.Rows)
        {
            if (Code(row) is not { } code || Code(row, "Related O*NET-SOC Code") is not { } related
                || Integer(row, "Index", 1, 1000) is not { } index || !Once(row, "Related O*NET-SOC Code", $"{code}|{related}"))
                continue;
            OnetRelatedTier? tier = table.Cell(row, "Relatedness Tier") switch
            {
                "Primary-Short" => OnetRelatedTier.PrimaryShort,
                "Primary-Long" => OnetRelatedTier.PrimaryLong,
                "Supplemental" => OnetRelatedTier.Supplemental,
                var other => Bad<OnetRelatedTier?>(row, "Relatedness Tier", $"“{Short(other)}” is not a tier: Primary-Short, Primary-Long or Supplemental."),
            };
            if (tier is not null)
                release.Related.Add(new OnetRelatedRow(File, row.Line, code, related, tier.Value, index));
        }
    }

    private void AlternateTitles()
    {
        foreach (var row in table.Rows)
        {
            // The same title may come twice, with and without its short form.
            if (Code(row) is not { } code || Text(row, "Alternate Title", TextLimits.AlternateTitle) is not { } title)
                continue;
            var shortTitle = Text(row, "Short Title", TextLimits.AlternateTitle, optional: true);
            if (!Once(row, "Alternate Title", $"{code}|{title}|{shortTitle}"))
                continue;
            var sources = Text(row, "Source(s)", TextLimits.AlternateTitleSources, optional: true);
            release.AlternateTitles.Add(new OnetAlternateTitleRow(File, row.Line, code, title, shortTitle is { Length: > 0 } s ? s : null, sources is { Length: > 0 } x ? x : null));
        }
    }

    private static readonly string[] HighPoints = ["First Interest High-Point", "Second Interest High-Point", "Third Interest High-Point"];

    private void Interests()
    {
        var byInterest = new Dictionary<(string, RiasecInterest), OnetInterestRow>();
        OnetInterestRow Of(CsvRow row, string code, RiasecInterest interest)
        {
            if (!byInterest.TryGetValue((code, interest), out var r))
            {
                r = new OnetInterestRow(File, row.Line, code, interest);
                byInterest[(code, interest)] = r;
                release.Interests.Add(r);
            }
            return r;
        }
        foreach (var row in table.Rows)
        {
            if (Code(row) is not { } code)
                continue;
            var scale = table.Cell(row, "Scale ID");
            var name = table.Cell(row, "Element Name");
            if (!Once(row, "Element Name", $"{code}|{name}|{scale}"))
                continue;
            if (scale == "OI")
            {
                if (!Enum.TryParse<RiasecInterest>(name, ignoreCase: true, out var interest) || !Enum.IsDefined(interest))
                {
                    Bad<object>(row, "Element Name", $"“{Short(name)}” is not one of the six interests (Realistic, Investigative, Artistic, Social, Enterprising, Conventional).");
                    continue;
                }
                var score = Number(row, "Data Value", Bounds.OnetInterest, optional: false, out var ok);
                if (!ok || !Dated(row, out var date))
                    continue;
                var r = Of(row, code, interest);
                (r.Score, r.Date, r.DomainSource) = (score, date, Domain(row));
            }
            else if (scale == "IH")
            {
                var rank = Array.FindIndex(HighPoints, h => h.Equals(name, StringComparison.OrdinalIgnoreCase)) + 1;
                if (rank == 0)
                {
                    Bad<object>(row, "Element Name", $"“{Short(name)}” is not a high-point ({string.Join(", ", HighPoints)}).");
                    continue;
                }
                // The value is the interest's place in RIASEC order, 1-6; 0 when there is no such high point.
                if (Integer(row, "Data Value", 0, 6) is not { } which)
                    continue;
                if (which > 0)
                    Of(row, code, (RiasecInterest)(which - 1)).HighPoint = rank;
            }
            else
                Bad<object>(row, "Scale ID", $"“{Short(scale)}” is not a scale of this file: OI (interest, 1-7) or IH (high-point).");
        }
    }

    private void Elements()
    {
        foreach (var row in table.Rows)
        {
            if (Text(row, "Element ID", TextLimits.OnetElementId) is { } id && Text(row, "Element Name", TextLimits.SkillName) is { } name
                && Text(row, "Description", TextLimits.SkillDescription) is { } description && Once(row, "Element ID", id))
                release.Elements.Add(new OnetElementRow(id, name, description));
        }
    }

    // The cells.

    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$")]
    private static partial Regex CodePattern();

    private string? Code(CsvRow row, string column = OnetColumns.Code, bool checkListed = true)
    {
        var code = table.Cell(row, column);
        if (!CodePattern().IsMatch(code))
            return Bad<string>(row, column, code.Length == 0 ? "The O*NET-SOC code is missing." : $"“{Short(code)}” is not an O*NET-SOC code (like 15-2051.01).");
        if (checkListed && _codes is not null && !_codes.Contains(code))
            return Bad<string>(row, column, $"{code} is not an occupation of this release's Occupation Data.");
        return code;
    }

    private string? Text(CsvRow row, string column, int max, bool optional = false)
    {
        var text = table.Cell(row, column);
        if (text.Length == 0)
            return optional ? "" : Bad<string>(row, column, "The cell is empty.");
        if (text.Length > max)
            return Bad<string>(row, column, $"The text is {text.Length} characters long; at most {max} are kept.");
        if (TextRules.CharacterProblem(text) is { } problem)
            return Bad<string>(row, column, "The text " + problem);
        return text;
    }

    private int? Integer(CsvRow row, string column, int min, int max)
    {
        var text = table.Cell(row, column);
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value) && value >= min && value <= max
            ? (int)value
            : Bad<int?>(row, column, $"“{Short(text)}” is not a whole number from {min} to {max}.");
    }

    private decimal? Number(CsvRow row, string column, NumberRange range, bool optional, out bool ok)
    {
        var text = table.Cell(row, column);
        ok = true;
        if (text.Length == 0 || optional && text == "n/a")
        {
            if (optional)
                return null;
            ok = false;
            return Bad<decimal?>(row, column, "The value is missing.");
        }
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            ok = false;
            return Bad<decimal?>(row, column, $"“{Short(text)}” is not a number.");
        }
        if (!range.Contains(value))
        {
            ok = false;
            return Bad<decimal?>(row, column, $"{text} is outside the scale: it {range.Requirement}.");
        }
        return value;
    }

    private bool Flag(CsvRow row, string column, out bool ok)
    {
        ok = true;
        switch (table.Cell(row, column).ToUpperInvariant())
        {
            case "Y": return true;
            case "N" or "" or "N/A": return false;
            case var other:
                ok = false;
                Bad<object>(row, column, $"“{Short(other)}” is neither Y nor N.");
                return false;
        }
    }

    private bool Dated(CsvRow row, out string? date)
    {
        var text = table.Cell(row, "Date");
        date = text.Length == 0 ? null : OnetNames.Date(text);
        if (text.Length > 0 && date is null)
        {
            Bad<object>(row, "Date", $"“{Short(text)}” is not a date as O*NET writes it (MM/YYYY).");
            return false;
        }
        return true;
    }

    private string? Domain(CsvRow row) => table.Cell(row, "Domain Source") is { Length: > 0 } d ? (d.Length > TextLimits.OnetDomainSource ? d[..TextLimits.OnetDomainSource] : d) : null;

    private bool Once(CsvRow row, string column, string key)
    {
        if (_seen.Add(key))
            return true;
        Bad<object>(row, column, $"This row repeats an earlier one ({key.Replace('|', ' ')}).");
        return false;
    }

    private T? Bad<T>(CsvRow row, string column, string message)
    {
        problems.Add(new SeedError(File, message, row.Line, column));
        return default;
    }

    private static string Short(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
