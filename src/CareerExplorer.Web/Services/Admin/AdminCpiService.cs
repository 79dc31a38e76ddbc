using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

public sealed class CpiForm
{
    [Display(Name = "Year")] public int? Year { get; set; }
    [Display(Name = "Index value (annual average, 1982-84 = 100)")] public decimal? Value { get; set; }
    [Display(Name = "Source")] public int? SourceId { get; set; }
    [Display(Name = "Note")] public string? Note { get; set; }
    public int Version { get; set; }
}

/// <summary>Create, edit and delete years of the CPI table. /Compare reads the table on every request, so a change shows at once.</summary>
public sealed class AdminCpiService(CareerDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AdminListItem>> ListAsync(CancellationToken ct = default) =>
        (await db.CpiValues.AsNoTracking().OrderByDescending(c => c.Year)
            .Select(c => new { c.Id, c.Year, c.Value, c.Source.Publisher, c.Source.Slug, c.Version }).ToListAsync(ct))
        .Select(c => new AdminListItem(c.Id, Title(c.Year, c.Value, c.Publisher), c.Slug, c.Version)
        {
            Problem = Bounds.CpiValue.Contains(c.Value) ? null : $"The stored index value is out of bounds (it {Bounds.CpiValue.Requirement}); /Compare leaves {c.Year} out until it is corrected.",
        }).ToList();

    public async Task<AdminListItem?> ItemAsync(int id, CancellationToken ct = default) =>
        await db.CpiValues.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.Year, c.Value, c.Source.Publisher, c.Source.Slug, c.Version })
            .SingleOrDefaultAsync(ct) is { } c ? new AdminListItem(c.Id, Title(c.Year, c.Value, c.Publisher), c.Slug, c.Version) : null;

    public Task<IReadOnlyList<AdminOption>> SourcesAsync(CancellationToken ct = default) => AdminLookups.SourcesAsync(db, ct);

    public async Task<CpiForm?> GetAsync(int id, CancellationToken ct = default) =>
        await db.CpiValues.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CpiForm { Year = c.Year, Value = c.Value, SourceId = c.SourceId, Note = c.Note, Version = c.Version })
            .SingleOrDefaultAsync(ct);

    public async Task<SaveResult> SaveAsync(int? id, CpiForm form, CancellationToken ct = default)
    {
        var errors = new List<RuleViolation>();
        AdminValidation.Year(form.Year, nameof(form.Year), clock, errors, required: true);
        if (form.Value is null)
            errors.Add(new(nameof(form.Value), "An index value is required."));
        else
            FigureRules.Bounded(form.Value, Bounds.CpiValue, nameof(form.Value), "The index value", errors);
        AdminValidation.Text(form.Note, TextLimits.Note, nameof(form.Note), "The note", errors, multiLine: true);
        if (form.SourceId is null or <= 0)
            errors.Add(new(nameof(form.SourceId), "A CPI value needs a source."));
        else if (!await db.Sources.AnyAsync(s => s.Id == form.SourceId, ct))
            errors.Add(new(nameof(form.SourceId), "That source does not exist; choose one from the list."));
        if (form.Year is { } year && await db.CpiValues.AnyAsync(c => c.Year == year && c.Id != (id ?? 0), ct))
            errors.Add(new(nameof(form.Year), $"The table already has a value for {year}; edit that one instead."));
        if (errors.Count > 0)
            return new SaveResult.Invalid(errors);

        CpiValue cpi;
        if (id is { } existingId)
        {
            var found = await db.CpiValues.SingleOrDefaultAsync(c => c.Id == existingId, ct);
            if (found is null)
                return new SaveResult.NotFound();
            cpi = found;
            db.Entry(cpi).Property(c => c.Version).OriginalValue = form.Version;
        }
        else
        {
            cpi = new CpiValue();
            db.CpiValues.Add(cpi);
        }
        cpi.Year = form.Year!.Value;
        cpi.Value = form.Value!.Value;
        cpi.SourceId = form.SourceId!.Value;
        cpi.Note = AdminValidation.Clean(form.Note);

        try
        {
            await db.SaveChangesAsync(ct);
            return new SaveResult.Saved(cpi.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var c = await db.CpiValues.AsNoTracking().Where(c => c.Id == cpi.Id)
                .Select(c => new { c.Year, c.Value, Source = c.Source.Publisher + ": " + c.Source.Title, c.Note, c.Version }).SingleOrDefaultAsync(ct);
            if (c is null)
                return new SaveResult.NotFound();
            return new SaveResult.Conflict(
            [
                ("Year", c.Year.ToString(CultureInfo.InvariantCulture)), ("Value", c.Value.ToString(CultureInfo.InvariantCulture)),
                ("Source", c.Source), ("Note", c.Note),
            ], c.Version);
        }
    }

    public async Task<DeleteResult> DeleteAsync(int id, int version, CancellationToken ct = default)
    {
        var cpi = await db.CpiValues.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (cpi is null)
            return new DeleteResult.NotFound();
        db.Entry(cpi).Property(c => c.Version).OriginalValue = version;
        db.CpiValues.Remove(cpi);
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

    private static string Title(int year, decimal value, string publisher) =>
        $"{year} — {value.ToString(CultureInfo.InvariantCulture)} ({publisher})";
}
