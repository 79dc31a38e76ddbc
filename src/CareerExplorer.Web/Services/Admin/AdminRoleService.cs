using System.ComponentModel.DataAnnotations;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

public sealed class RoleForm
{
    [Display(Name = "Slug")] public string? Slug { get; set; }
    [Display(Name = "Title")] public string? Title { get; set; }
    [Display(Name = "Category")] public string? Category { get; set; }
    [Display(Name = "Summary")] public string? Summary { get; set; }
    [Display(Name = "Description")] public string? Description { get; set; }
    [Display(Name = "Typical education")] public string? TypicalEducation { get; set; }
    [Display(Name = "Also called (aliases)")] public string? Aliases { get; set; }
    public int Version { get; set; }
}

/// <summary>Create, edit and delete roles (careers) and their aliases, with the rules and the audit trail.</summary>
public sealed class AdminRoleService(CareerDbContext db)
{
    public async Task<IReadOnlyList<AdminListItem>> ListAsync(CancellationToken ct = default) =>
        await db.Roles.AsNoTracking().OrderBy(r => r.Title)
            .Select(r => new AdminListItem(r.Id, r.Title, r.Slug + " · " + r.Category, r.Version)).ToListAsync(ct);

    public async Task<RoleForm?> GetAsync(int id, CancellationToken ct = default)
    {
        var form = await db.Roles.AsNoTracking().Where(r => r.Id == id).Select(r => new RoleForm
        {
            Slug = r.Slug, Title = r.Title, Category = r.Category, Summary = r.Summary, Description = r.Description,
            TypicalEducation = r.TypicalEducation, Version = r.Version,
        }).SingleOrDefaultAsync(ct);
        if (form is null)
            return null;
        var aliases = await db.RoleAliases.AsNoTracking().Where(a => a.RoleId == id).OrderBy(a => a.Id).Select(a => a.Name).ToListAsync(ct);
        form.Aliases = string.Join("\n", aliases);
        return form;
    }

    /// <summary>The aliases typed in one box: commas or new lines between them, blanks and repeats (any case) dropped.</summary>
    public static IReadOnlyList<string> ParseAliases(string? text) =>
        (text ?? "").Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(a => a.Length > 0)
            .DistinctBy(a => a.ToUpperInvariant())
            .ToList();

    public async Task<SaveResult> SaveAsync(int? id, RoleForm form, CancellationToken ct = default)
    {
        var errors = new List<RuleViolation>();
        AdminValidation.Slug(form.Slug, nameof(form.Slug), errors);
        AdminValidation.Text(form.Title, TextLimits.RoleTitle, nameof(form.Title), "The title", errors, required: true);
        AdminValidation.Text(form.Category, TextLimits.Category, nameof(form.Category), "The category", errors, required: true);
        AdminValidation.Text(form.Summary, TextLimits.Summary, nameof(form.Summary), "The summary", errors, required: true, multiLine: true);
        AdminValidation.Text(form.Description, TextLimits.Description, nameof(form.Description), "The description", errors, multiLine: true);
        AdminValidation.Text(form.TypicalEducation, TextLimits.TypicalEducation, nameof(form.TypicalEducation), "The typical education", errors);
        var aliases = ParseAliases(form.Aliases);
        if (aliases.FirstOrDefault(a => a.Length > TextLimits.AliasName) is { } tooLong)
            errors.Add(new(nameof(form.Aliases), $"Each alias must be at most {TextLimits.AliasName} characters (“{tooLong[..40]}…” is longer)."));
        else if (aliases.Select(a => TextRules.CharacterProblem(a)).FirstOrDefault(p => p is not null) is { } aliasProblem)
            errors.Add(new(nameof(form.Aliases), $"An alias {aliasProblem}"));
        if (form.Slug is { } slug && await db.Roles.AnyAsync(r => r.Slug == slug && r.Id != (id ?? 0), ct))
            errors.Add(new(nameof(form.Slug), $"Another role already uses the slug '{slug}'."));
        if (errors.Count > 0)
            return new SaveResult.Invalid(errors);

        Role role;
        if (id is { } existingId)
        {
            var found = await db.Roles.Include(r => r.Aliases).SingleOrDefaultAsync(r => r.Id == existingId, ct);
            if (found is null)
                return new SaveResult.NotFound();
            role = found;
            db.Entry(role).Property(r => r.Version).OriginalValue = form.Version;
        }
        else
        {
            role = new Role { Slug = "", Title = "", Category = "", Summary = "" };
            db.Roles.Add(role);
        }
        role.Slug = form.Slug!.Trim();
        role.Title = form.Title!.Trim();
        role.Category = form.Category!.Trim();
        role.Summary = form.Summary!.Trim();
        role.Description = AdminValidation.Clean(form.Description);
        role.TypicalEducation = AdminValidation.Clean(form.TypicalEducation);

        // The set typed replaces the stored set; unchanged names keep their rows.
        var removed = role.Aliases.Where(a => !aliases.Contains(a.Name, StringComparer.Ordinal)).ToList();
        var added = aliases.Where(a => !role.Aliases.Any(x => x.Name == a)).ToList();
        foreach (var alias in removed)
            db.RoleAliases.Remove(alias);
        foreach (var name in added)
            role.Aliases.Add(new RoleAlias { Name = name });
        // Aliases are part of the role: changing only them still needs the version check, and
        // moves the version on so a form opened before this save cannot silently undo it.
        if (id is not null && (removed.Count > 0 || added.Count > 0))
            db.Entry(role).Property(r => r.Version).IsModified = true;

        try
        {
            await db.SaveChangesAsync(ct);
            return new SaveResult.Saved(role.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(role.Id, ct);
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
            ("Slug", current.Slug), ("Title", current.Title), ("Category", current.Category), ("Summary", current.Summary),
            ("Description", current.Description), ("Typical education", current.TypicalEducation),
            ("Aliases", current.Aliases is { Length: > 0 } a ? a.Replace("\n", ", ") : null),
        ], current.Version);
    }

    /// <summary>What would stop a delete: the figures, steps and skills that point at the role.</summary>
    public async Task<IReadOnlyList<string>> UsedByAsync(int id, CancellationToken ct = default)
    {
        var used = new List<string>();
        var salary = await db.SalaryFigures.AsNoTracking().Where(f => f.RoleId == id).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.Statistic, f.Year, f.Source.Publisher }).ToListAsync(ct);
        used.AddRange(salary.Select(f => $"Salary figure #{f.Id}: {Display.Statistic(f.Statistic)} {f.Year} ({f.Publisher})"));
        var outlook = await db.OutlookFigures.AsNoTracking().Where(f => f.RoleId == id).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.Kind, f.Year, f.Source.Publisher }).ToListAsync(ct);
        used.AddRange(outlook.Select(f => $"Outlook figure #{f.Id}: {Display.OutlookKind(f.Kind)} {f.Year} ({f.Publisher})"));
        var steps = await db.CareerSteps.AsNoTracking().Where(s => s.FromRoleId == id || s.ToRoleId == id).OrderBy(s => s.Id)
            .Select(s => new { s.Id, From = s.FromRole.Title, To = s.ToRole.Title, s.Kind, s.Source.Publisher }).ToListAsync(ct);
        used.AddRange(steps.Select(s => $"Career step #{s.Id}: {s.From} → {s.To}, {Display.CareerStepKind(s.Kind)} ({s.Publisher})"));
        var skills = await db.RoleSkills.AsNoTracking().Where(rs => rs.RoleId == id).OrderBy(rs => rs.Id)
            .Select(rs => new { rs.Id, Skill = rs.Skill.Name, rs.Source.Publisher }).ToListAsync(ct);
        used.AddRange(skills.Select(rs => $"Role skill #{rs.Id}: needs {rs.Skill} ({rs.Publisher})"));
        return used;
    }

    /// <summary>What belongs to the role and is deleted with it.</summary>
    public async Task<IReadOnlyList<string>> OwnedAsync(int id, CancellationToken ct = default)
    {
        static string? Count(int n, string one, string many) => n == 0 ? null : $"{n} {(n == 1 ? one : many)}";
        return new[]
        {
            Count(await db.RoleAliases.CountAsync(a => a.RoleId == id, ct), "alias", "aliases"),
            Count(await db.RoleTasks.CountAsync(t => t.RoleId == id, ct), "task", "tasks"),
            Count(await db.OccupationCodes.CountAsync(c => c.RoleId == id, ct), "occupation code", "occupation codes"),
            Count(await db.EducationSteps.CountAsync(e => e.RoleId == id, ct), "education step", "education steps"),
        }.OfType<string>().ToList();
    }

    public async Task<DeleteResult> DeleteAsync(int id, int version, CancellationToken ct = default)
    {
        // Loaded with what belongs to it, so each of those deletions is in the audit trail too.
        var role = await db.Roles.Include(r => r.Aliases).Include(r => r.Tasks).Include(r => r.OccupationCodes).Include(r => r.EducationSteps)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (role is null)
            return new DeleteResult.NotFound();
        var used = await UsedByAsync(id, ct);
        if (used.Count > 0)
            return new DeleteResult.Refused($"“{role.Title}” is still used by {used.Count} {(used.Count == 1 ? "record" : "records")}; change or delete them first.", used);
        db.Entry(role).Property(r => r.Version).OriginalValue = version;
        db.Roles.Remove(role);
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
