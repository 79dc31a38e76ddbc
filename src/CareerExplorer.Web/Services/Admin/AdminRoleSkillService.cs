using System.ComponentModel.DataAnnotations;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

public sealed class RoleSkillForm
{
    [Display(Name = "Role")] public int? RoleId { get; set; }
    [Display(Name = "Skill")] public int? SkillId { get; set; }
    [Display(Name = "Source (who says the role needs it)")] public int? SourceId { get; set; }
    [Display(Name = "Cited in (the article we read it in, if not the source itself)")] public int? CitedInId { get; set; }
    [Display(Name = "Note")] public string? Note { get; set; }
    public int Version { get; set; }
}

/// <summary>Create, edit and delete the statements "this role needs this skill, says this source".</summary>
public sealed class AdminRoleSkillService(CareerDbContext db)
{
    public async Task<IReadOnlyList<AdminListItem>> ListAsync(CancellationToken ct = default) =>
        await Items(db.RoleSkills).ToListAsync(ct);

    /// <summary>One row as the list shows it, for the delete page.</summary>
    public async Task<AdminListItem?> ItemAsync(int id, CancellationToken ct = default) =>
        await Items(db.RoleSkills.Where(rs => rs.Id == id)).SingleOrDefaultAsync(ct);

    private static IQueryable<AdminListItem> Items(IQueryable<RoleSkill> query) =>
        query.AsNoTracking().OrderBy(rs => rs.Role.Title).ThenBy(rs => rs.Skill.Name).ThenBy(rs => rs.Source.Publisher).ThenBy(rs => rs.Id)
            .Select(rs => new AdminListItem(rs.Id,
                rs.Role.Title + " needs " + rs.Skill.Name + " (" + rs.Source.Publisher + ")",
                rs.CitedIn == null ? null : "Cited in " + rs.CitedIn.Publisher + ": " + rs.CitedIn.Title,
                rs.Version));

    public async Task<RoleSkillForm?> GetAsync(int id, CancellationToken ct = default) =>
        await db.RoleSkills.AsNoTracking().Where(rs => rs.Id == id).Select(rs => new RoleSkillForm
        {
            RoleId = rs.RoleId, SkillId = rs.SkillId, SourceId = rs.SourceId, CitedInId = rs.CitedInId, Note = rs.Note, Version = rs.Version,
        }).SingleOrDefaultAsync(ct);

    public async Task<SaveResult> SaveAsync(int? id, RoleSkillForm form, CancellationToken ct = default)
    {
        var errors = new List<RuleViolation>();
        await AdminValidation.Related(db.Roles, form.RoleId, nameof(form.RoleId), "Choose the role.", "role", errors, ct);
        await AdminValidation.Related(db.Skills, form.SkillId, nameof(form.SkillId), "Choose the skill.", "skill", errors, ct);
        await AdminValidation.Related(db.Sources, form.SourceId, nameof(form.SourceId), "Choose the source that says so.", "source", errors, ct);
        await AdminValidation.Related(db.Sources, form.CitedInId, nameof(form.CitedInId), null, "source", errors, ct);
        AdminValidation.Text(form.Note, TextLimits.Note, nameof(form.Note), "The note", errors, multiLine: true);
        if (errors.Count == 0 && await db.RoleSkills.AnyAsync(rs => rs.RoleId == form.RoleId && rs.SkillId == form.SkillId
                && rs.SourceId == form.SourceId && rs.CitedInId == form.CitedInId && rs.Id != (id ?? 0), ct))
            errors.Add(Duplicate);
        if (errors.Count > 0)
            return new SaveResult.Invalid(errors);

        RoleSkill roleSkill;
        if (id is { } existingId)
        {
            var found = await db.RoleSkills.SingleOrDefaultAsync(rs => rs.Id == existingId, ct);
            if (found is null)
                return new SaveResult.NotFound();
            roleSkill = found;
            db.Entry(roleSkill).Property(rs => rs.Version).OriginalValue = form.Version;
        }
        else
        {
            roleSkill = new RoleSkill();
            db.RoleSkills.Add(roleSkill);
        }
        roleSkill.RoleId = form.RoleId!.Value;
        roleSkill.SkillId = form.SkillId!.Value;
        roleSkill.SourceId = form.SourceId!.Value;
        roleSkill.CitedInId = form.CitedInId;
        roleSkill.Note = AdminValidation.Clean(form.Note);

        try
        {
            await db.SaveChangesAsync(ct);
            return new SaveResult.Saved(roleSkill.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(roleSkill.Id, ct);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 }) // SQLITE_CONSTRAINT_UNIQUE
        {
            // Someone saved the same statement between the check above and this save.
            db.ChangeTracker.Clear();
            return new SaveResult.Invalid([Duplicate]);
        }
    }

    private static RuleViolation Duplicate =>
        new(nameof(RoleSkillForm.SkillId), "This role already has this skill from this source (and cited-in article); edit that one instead.");

    private async Task<SaveResult> ConflictAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await db.RoleSkills.AsNoTracking().Where(rs => rs.Id == id).Select(rs => new
        {
            Role = rs.Role.Title, Skill = rs.Skill.Name, Source = rs.Source.Publisher + ": " + rs.Source.Title,
            CitedIn = rs.CitedIn == null ? null : rs.CitedIn.Publisher + ": " + rs.CitedIn.Title, rs.Note, rs.Version,
        }).SingleOrDefaultAsync(ct);
        if (current is null)
            return new SaveResult.NotFound();
        return new SaveResult.Conflict(
        [
            ("Role", current.Role), ("Skill", current.Skill), ("Source", current.Source), ("Cited in", current.CitedIn), ("Note", current.Note),
        ], current.Version);
    }

    public async Task<DeleteResult> DeleteAsync(int id, int version, CancellationToken ct = default)
    {
        var roleSkill = await db.RoleSkills.SingleOrDefaultAsync(rs => rs.Id == id, ct);
        if (roleSkill is null)
            return new DeleteResult.NotFound();
        db.Entry(roleSkill).Property(rs => rs.Version).OriginalValue = version;
        db.RoleSkills.Remove(roleSkill);
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
