using System.ComponentModel.DataAnnotations;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

public sealed class CareerStepForm
{
    [Display(Name = "From role")] public int? FromRoleId { get; set; }
    [Display(Name = "To role")] public int? ToRoleId { get; set; }
    [Display(Name = "Kind of step")] public CareerStepKind Kind { get; set; } = CareerStepKind.Entry;
    [Display(Name = "Source (who names the step)")] public int? SourceId { get; set; }
    [Display(Name = "Cited in (the article we read it in, if not the source itself)")] public int? CitedInId { get; set; }
    [Display(Name = "Note")] public string? Note { get; set; }
    public int Version { get; set; }
}

/// <summary>Create, edit and delete career steps (moves between roles), with the rules and the audit trail.</summary>
public sealed class AdminCareerStepService(CareerDbContext db)
{
    public async Task<IReadOnlyList<AdminListItem>> ListAsync(CancellationToken ct = default) =>
        await ItemsAsync(db.CareerSteps, ct);

    /// <summary>One row as the list shows it, for the delete page.</summary>
    public async Task<AdminListItem?> ItemAsync(int id, CancellationToken ct = default) =>
        (await ItemsAsync(db.CareerSteps.Where(s => s.Id == id), ct)).SingleOrDefault();

    private static async Task<IReadOnlyList<AdminListItem>> ItemsAsync(IQueryable<CareerStep> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().OrderBy(s => s.FromRole.Title).ThenBy(s => s.ToRole.Title).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, From = s.FromRole.Title, To = s.ToRole.Title, s.Kind, s.Source.Publisher,
                CitedIn = s.CitedIn == null ? null : s.CitedIn.Publisher, s.Version,
            }).ToListAsync(ct);
        return rows.Select(s => new AdminListItem(s.Id, $"{s.From} → {s.To}",
            $"{Display.CareerStepKind(s.Kind)} · {s.Publisher}{(s.CitedIn is { } c ? $", cited in {c}" : "")}", s.Version)).ToList();
    }

    public async Task<CareerStepForm?> GetAsync(int id, CancellationToken ct = default) =>
        await db.CareerSteps.AsNoTracking().Where(s => s.Id == id).Select(s => new CareerStepForm
        {
            FromRoleId = s.FromRoleId, ToRoleId = s.ToRoleId, Kind = s.Kind, SourceId = s.SourceId, CitedInId = s.CitedInId,
            Note = s.Note, Version = s.Version,
        }).SingleOrDefaultAsync(ct);

    public async Task<SaveResult> SaveAsync(int? id, CareerStepForm form, CancellationToken ct = default)
    {
        var errors = new List<RuleViolation>();
        await AdminValidation.Related(db.Roles, form.FromRoleId, nameof(form.FromRoleId), "Choose the role the step starts from.", "role", errors, ct);
        await AdminValidation.Related(db.Roles, form.ToRoleId, nameof(form.ToRoleId), "Choose the role the step leads to.", "role", errors, ct);
        if (form.FromRoleId is { } from && from == form.ToRoleId)
            errors.Add(new(nameof(form.ToRoleId), "A step must lead to a different role from the one it starts from."));
        if (!Enum.IsDefined(form.Kind))
            errors.Add(new(nameof(form.Kind), "Choose a kind of step."));
        await AdminValidation.Related(db.Sources, form.SourceId, nameof(form.SourceId), "Choose the source that names the step.", "source", errors, ct);
        await AdminValidation.Related(db.Sources, form.CitedInId, nameof(form.CitedInId), null, "source", errors, ct);
        AdminValidation.Text(form.Note, TextLimits.Note, nameof(form.Note), "The note", errors, multiLine: true);
        if (errors.Count > 0)
            return new SaveResult.Invalid(errors);

        CareerStep step;
        if (id is { } existingId)
        {
            var found = await db.CareerSteps.SingleOrDefaultAsync(s => s.Id == existingId, ct);
            if (found is null)
                return new SaveResult.NotFound();
            step = found;
            db.Entry(step).Property(s => s.Version).OriginalValue = form.Version;
        }
        else
        {
            step = new CareerStep();
            db.CareerSteps.Add(step);
        }
        step.FromRoleId = form.FromRoleId!.Value;
        step.ToRoleId = form.ToRoleId!.Value;
        step.Kind = form.Kind;
        step.SourceId = form.SourceId!.Value;
        step.CitedInId = form.CitedInId;
        step.Note = AdminValidation.Clean(form.Note);

        try
        {
            await db.SaveChangesAsync(ct);
            return new SaveResult.Saved(step.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(step.Id, ct);
        }
    }

    private async Task<SaveResult> ConflictAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await db.CareerSteps.AsNoTracking().Where(s => s.Id == id).Select(s => new
        {
            From = s.FromRole.Title, To = s.ToRole.Title, s.Kind, Source = s.Source.Publisher + ": " + s.Source.Title,
            CitedIn = s.CitedIn == null ? null : s.CitedIn.Publisher + ": " + s.CitedIn.Title, s.Note, s.Version,
        }).SingleOrDefaultAsync(ct);
        if (current is null)
            return new SaveResult.NotFound();
        return new SaveResult.Conflict(
        [
            ("From role", current.From), ("To role", current.To), ("Kind", Display.CareerStepKind(current.Kind)),
            ("Source", current.Source), ("Cited in", current.CitedIn), ("Note", current.Note),
        ], current.Version);
    }

    public async Task<DeleteResult> DeleteAsync(int id, int version, CancellationToken ct = default)
    {
        var step = await db.CareerSteps.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (step is null)
            return new DeleteResult.NotFound();
        db.Entry(step).Property(s => s.Version).OriginalValue = version;
        db.CareerSteps.Remove(step);
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
