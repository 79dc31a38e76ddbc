using System.ComponentModel.DataAnnotations;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

public sealed class SkillForm
{
    [Display(Name = "Slug")] public string? Slug { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Kind of skill")] public SkillKind Kind { get; set; } = SkillKind.Technical;
    [Display(Name = "Group (the heading a source files it under)")] public string? Group { get; set; }
    public int Version { get; set; }
}

/// <summary>Create, edit and delete skills, with the rules and the audit trail.</summary>
public sealed class AdminSkillService(CareerDbContext db)
{
    public async Task<IReadOnlyList<AdminListItem>> ListAsync(CancellationToken ct = default)
    {
        var skills = await db.Skills.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.Slug, s.Kind, s.Group, s.Version }).ToListAsync(ct);
        return skills.Select(s => new AdminListItem(s.Id, s.Name,
            string.Join(" · ", new[] { s.Slug, Display.SkillKind(s.Kind), s.Group }.OfType<string>()), s.Version)).ToList();
    }

    public async Task<SkillForm?> GetAsync(int id, CancellationToken ct = default) =>
        await db.Skills.AsNoTracking().Where(s => s.Id == id).Select(s => new SkillForm
        {
            Slug = s.Slug, Name = s.Name, Kind = s.Kind, Group = s.Group, Version = s.Version,
        }).SingleOrDefaultAsync(ct);

    public async Task<SaveResult> SaveAsync(int? id, SkillForm form, CancellationToken ct = default)
    {
        var errors = new List<RuleViolation>();
        AdminValidation.Slug(form.Slug, nameof(form.Slug), errors);
        AdminValidation.Text(form.Name, TextLimits.SkillName, nameof(form.Name), "The name", errors, required: true);
        AdminValidation.Text(form.Group, TextLimits.SkillGroup, nameof(form.Group), "The group", errors);
        if (!Enum.IsDefined(form.Kind))
            errors.Add(new(nameof(form.Kind), "Choose a kind of skill."));
        if (form.Slug is { } slug && await db.Skills.AnyAsync(s => s.Slug == slug && s.Id != (id ?? 0), ct))
            errors.Add(new(nameof(form.Slug), $"Another skill already uses the slug '{slug}'."));
        if (errors.Count > 0)
            return new SaveResult.Invalid(errors);

        Skill skill;
        if (id is { } existingId)
        {
            var found = await db.Skills.SingleOrDefaultAsync(s => s.Id == existingId, ct);
            if (found is null)
                return new SaveResult.NotFound();
            skill = found;
            db.Entry(skill).Property(s => s.Version).OriginalValue = form.Version;
        }
        else
        {
            skill = new Skill { Slug = "", Name = "" };
            db.Skills.Add(skill);
        }
        skill.Slug = form.Slug!.Trim();
        skill.Name = form.Name!.Trim();
        skill.Kind = form.Kind;
        skill.Group = AdminValidation.Clean(form.Group);

        try
        {
            await db.SaveChangesAsync(ct);
            return new SaveResult.Saved(skill.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(skill.Id, ct);
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
            ("Slug", current.Slug), ("Name", current.Name), ("Kind", Display.SkillKind(current.Kind)), ("Group", current.Group),
        ], current.Version);
    }

    /// <summary>What would stop a delete: every role skill naming it.</summary>
    public async Task<IReadOnlyList<string>> UsedByAsync(int id, CancellationToken ct = default) =>
        await db.RoleSkills.AsNoTracking().Where(rs => rs.SkillId == id).OrderBy(rs => rs.Id)
            .Select(rs => "Role skill #" + rs.Id + ": " + rs.Role.Title + " needs " + rs.Skill.Name + " (" + rs.Source.Publisher + ")")
            .ToListAsync(ct);

    public async Task<DeleteResult> DeleteAsync(int id, int version, CancellationToken ct = default)
    {
        var skill = await db.Skills.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (skill is null)
            return new DeleteResult.NotFound();
        var used = await UsedByAsync(id, ct);
        if (used.Count > 0)
            return new DeleteResult.Refused($"“{skill.Name}” is still named by {used.Count} role {(used.Count == 1 ? "skill" : "skills")}; change or delete them first.", used);
        db.Entry(skill).Property(s => s.Version).OriginalValue = version;
        db.Skills.Remove(skill);
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
