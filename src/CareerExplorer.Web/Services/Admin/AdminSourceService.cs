using System.ComponentModel.DataAnnotations;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

public sealed class SourceForm
{
    [Display(Name = "Slug")] public string? Slug { get; set; }
    [Display(Name = "Publisher")] public string? Publisher { get; set; }
    [Display(Name = "Title")] public string? Title { get; set; }
    [Display(Name = "Web address (URL)")] public string? Url { get; set; }
    [Display(Name = "Kind of source")] public SourceKind Kind { get; set; } = SourceKind.Article;
    [Display(Name = "Release or reference period")] public string? ReleasePeriod { get; set; }
    [Display(Name = "Year")] public int? Year { get; set; }
    [Display(Name = "Published on (YYYY, YYYY-MM or YYYY-MM-DD)")] public string? PublishedOn { get; set; }
    [Display(Name = "Note")] public string? Note { get; set; }
    public int Version { get; set; }
}

/// <summary>Create, edit and delete sources, with the rules and the audit trail.</summary>
public sealed class AdminSourceService(CareerDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AdminListItem>> ListAsync(CancellationToken ct = default) =>
        await db.Sources.AsNoTracking().OrderBy(s => s.Publisher).ThenBy(s => s.Title)
            .Select(s => new AdminListItem(s.Id, s.Publisher + ": " + s.Title, s.Slug, s.Version)).ToListAsync(ct);

    public async Task<SourceForm?> GetAsync(int id, CancellationToken ct = default) =>
        await db.Sources.AsNoTracking().Where(s => s.Id == id).Select(s => new SourceForm
        {
            Slug = s.Slug, Publisher = s.Publisher, Title = s.Title, Url = s.Url, Kind = s.Kind, ReleasePeriod = s.ReleasePeriod,
            Year = s.Year, PublishedOn = s.PublishedOn, Note = s.Note, Version = s.Version,
        }).SingleOrDefaultAsync(ct);

    public async Task<SaveResult> SaveAsync(int? id, SourceForm form, CancellationToken ct = default)
    {
        var errors = new List<RuleViolation>();
        AdminValidation.Slug(form.Slug, nameof(form.Slug), errors);
        AdminValidation.Text(form.Publisher, TextLimits.Publisher, nameof(form.Publisher), "The publisher", errors, required: true);
        AdminValidation.Text(form.Title, TextLimits.SourceTitle, nameof(form.Title), "The title", errors, required: true);
        AdminValidation.Text(form.Url, TextLimits.Url, nameof(form.Url), "The web address", errors);
        AdminValidation.Url(form.Url, nameof(form.Url), errors);
        AdminValidation.Text(form.ReleasePeriod, TextLimits.ReleasePeriod, nameof(form.ReleasePeriod), "The release period", errors);
        AdminValidation.Text(form.Note, TextLimits.SourceNote, nameof(form.Note), "The note", errors, multiLine: true);
        AdminValidation.Year(form.Year, nameof(form.Year), clock, errors);
        if (!Enum.IsDefined(form.Kind))
            errors.Add(new(nameof(form.Kind), "Choose a kind of source."));
        if (AdminValidation.Clean(form.PublishedOn) is { } date && !Formats.PartialDate().IsMatch(date))
            errors.Add(new(nameof(form.PublishedOn), "Use YYYY, YYYY-MM or YYYY-MM-DD."));
        if (form.Slug is { } slug && await db.Sources.AnyAsync(s => s.Slug == slug && s.Id != (id ?? 0), ct))
            errors.Add(new(nameof(form.Slug), $"Another source already uses the slug '{slug}'."));
        if (errors.Count > 0)
            return new SaveResult.Invalid(errors);

        Source source;
        if (id is { } existingId)
        {
            var found = await db.Sources.SingleOrDefaultAsync(s => s.Id == existingId, ct);
            if (found is null)
                return new SaveResult.NotFound();
            source = found;
            db.Entry(source).Property(s => s.Version).OriginalValue = form.Version;
        }
        else
        {
            source = new Source { Slug = "", Publisher = "", Title = "" };
            db.Sources.Add(source);
        }
        source.Slug = form.Slug!.Trim();
        source.Publisher = form.Publisher!.Trim();
        source.Title = form.Title!.Trim();
        source.Url = AdminValidation.Clean(form.Url);
        source.Kind = form.Kind;
        source.ReleasePeriod = AdminValidation.Clean(form.ReleasePeriod);
        source.Year = form.Year;
        source.PublishedOn = AdminValidation.Clean(form.PublishedOn);
        source.Note = AdminValidation.Clean(form.Note);

        try
        {
            await db.SaveChangesAsync(ct);
            return new SaveResult.Saved(source.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(source.Id, ct);
        }
    }

    private async Task<SaveResult> ConflictAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await GetAsync(id, ct);
        if (current is null)
            return new SaveResult.NotFound();
        return new SaveResult.Conflict(
        [
            ("Slug", current.Slug), ("Publisher", current.Publisher), ("Title", current.Title), ("URL", current.Url),
            ("Kind", current.Kind.ToString()), ("Release", current.ReleasePeriod), ("Year", current.Year?.ToString()),
            ("Published on", current.PublishedOn), ("Note", current.Note),
        ], current.Version);
    }

    /// <summary>What would stop a delete: every figure and statement that cites the source.</summary>
    public async Task<IReadOnlyList<string>> UsedByAsync(int id, CancellationToken ct = default)
    {
        var used = new List<string>();
        used.AddRange(await db.SalaryFigures.Where(f => f.SourceId == id || f.CitedInId == id)
            .Select(f => "Salary figure #" + f.Id + ": " + f.Role.Title + ", " + f.Statistic + " " + f.Year).ToListAsync(ct));
        used.AddRange(await db.OutlookFigures.Where(f => f.SourceId == id || f.CitedInId == id)
            .Select(f => "Outlook figure #" + f.Id + ": " + f.Role.Title + ", " + f.Kind + " " + f.Year).ToListAsync(ct));
        used.AddRange(await db.RoleSkills.Where(f => f.SourceId == id || f.CitedInId == id)
            .Select(f => "Role skill #" + f.Id + ": " + f.Role.Title + " needs " + f.Skill.Name).ToListAsync(ct));
        used.AddRange(await db.CareerSteps.Where(f => f.SourceId == id || f.CitedInId == id)
            .Select(f => "Career step #" + f.Id + ": " + f.FromRole.Title + " to " + f.ToRole.Title).ToListAsync(ct));
        used.AddRange(await db.RoleTasks.Where(f => f.SourceId == id || f.CitedInId == id)
            .Select(f => "Task of " + f.Role.Title + " #" + f.Id).ToListAsync(ct));
        used.AddRange(await db.OccupationCodes.Where(f => f.SourceId == id || f.CitedInId == id)
            .Select(f => "Occupation code " + f.Code + " of " + f.Role.Title).ToListAsync(ct));
        used.AddRange(await db.EducationSteps.Where(f => f.SourceId == id || f.CitedInId == id)
            .Select(f => "Education step #" + f.Id + " of " + f.Role.Title).ToListAsync(ct));
        used.AddRange(await db.CpiValues.Where(f => f.SourceId == id).Select(f => "CPI value for " + f.Year).ToListAsync(ct));
        used.AddRange(await db.Roles.Where(r => r.Documents.Any(d => d.Id == id)).Select(r => "Role " + r.Title + " (named in this document)").ToListAsync(ct));
        return used;
    }

    public async Task<DeleteResult> DeleteAsync(int id, int version, CancellationToken ct = default)
    {
        var source = await db.Sources.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (source is null)
            return new DeleteResult.NotFound();
        var used = await UsedByAsync(id, ct);
        if (used.Count > 0)
            return new DeleteResult.Refused($"“{source.Publisher}: {source.Title}” is still cited by {used.Count} {(used.Count == 1 ? "record" : "records")}; change or delete them first.", used);
        db.Entry(source).Property(s => s.Version).OriginalValue = version;
        db.Sources.Remove(source);
        try
        {
            await db.SaveChangesAsync(ct);
            return new DeleteResult.Deleted();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new DeleteResult.Conflict();
        }
    }
}
