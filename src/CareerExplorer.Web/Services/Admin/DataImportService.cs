using System.Text.RegularExpressions;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

public sealed record ImportPreview(
    string FileName, string? Token, IReadOnlyList<KindCounts> Kinds, IReadOnlyList<SeedError> Problems, int Records)
{
    public bool CanCommit => Token is not null && Problems.Count == 0;
    public int Added => Kinds.Sum(k => k.Added);
    public int Changed => Kinds.Sum(k => k.Changed);
    public int Unchanged => Kinds.Sum(k => k.Unchanged);
}

public abstract record CommitOutcome
{
    public sealed record Committed(int Added, int Changed, int Unchanged) : CommitOutcome;
    public sealed record Refused(ImportPreview Preview) : CommitOutcome;
    public sealed record Expired : CommitOutcome;
}

/// <summary>
/// Import in two steps. Upload: read, check and merge without saving, keep the file under a
/// random token. Commit: do it again against the database as it is now, inside one transaction,
/// and save all of it or none of it.
/// </summary>
public sealed partial class DataImportService(CareerDbContext db, TimeProvider clock, ILogger<DataImportService> logger)
{
    private static readonly TimeSpan KeepUploads = TimeSpan.FromHours(1);

    public static string UploadFolder { get; set; } = Path.Combine(Path.GetTempPath(), "careerexplorer-imports");

    public async Task<ImportPreview> PreviewAsync(string fileName, byte[] content, CancellationToken ct = default)
    {
        var preview = await CheckAsync(ImportReader.Read(fileName, content), ct);
        if (preview.Problems.Count > 0 || preview.Records == 0)
            return preview with { Token = null };
        var token = Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(UploadFolder);
        RemoveOldUploads();
        await File.WriteAllBytesAsync(Path.Combine(UploadFolder, token + ".upload"), content, ct);
        await File.WriteAllTextAsync(Path.Combine(UploadFolder, token + ".name"), preview.FileName, ct);
        return preview with { Token = token };
    }

    public async Task<CommitOutcome> CommitAsync(string? token, CancellationToken ct = default)
    {
        if (token is null || !TokenPattern().IsMatch(token))
            return new CommitOutcome.Expired();
        var path = Path.Combine(UploadFolder, token + ".upload");
        if (!File.Exists(path))
            return new CommitOutcome.Expired();
        var content = await File.ReadAllBytesAsync(path, ct);
        var name = await File.ReadAllTextAsync(Path.Combine(UploadFolder, token + ".name"), ct);
        var file = ImportReader.Read(name, content);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var merge = await SeedMerger.MergeAsync(db, file.Set, clock, file.Lines, ct);
            var problems = file.Problems.Concat(merge.Errors).ToList();
            if (problems.Count > 0)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return new CommitOutcome.Refused(new ImportPreview(name, null, merge.Kinds, problems, file.RecordCount));
            }
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetUtcNow(), User = db.AuditUserName, Action = AuditAction.Import, EntityType = "DataSet",
                Summary = $"Imported {name}",
                After = $"{merge.Added} added, {merge.Changed} changed, {merge.Unchanged} unchanged: "
                    + string.Join("; ", merge.Kinds.Select(k => $"{k.Kind} +{k.Added} ~{k.Changed} ={k.Unchanged}")),
            });
            await db.SaveChangesAsync(ct); // each added and changed row is audited too
            await tx.CommitAsync(ct);
            logger.LogInformation("Import of {File} by {User}: {Added} added, {Changed} changed, {Unchanged} unchanged",
                name, db.AuditUserName, merge.Added, merge.Changed, merge.Unchanged);
            Remove(token);
            return new CommitOutcome.Committed(merge.Added, merge.Changed, merge.Unchanged);
        }
        catch (DbUpdateException ex)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            logger.LogWarning(ex, "Import of {File} refused by the database", name);
            return new CommitOutcome.Refused(new ImportPreview(name, null, [],
                [new SeedError(name, "The database refused the import, so nothing was changed: " + (ex.InnerException?.Message ?? ex.Message))], file.RecordCount));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<ImportPreview> CheckAsync(ImportFile file, CancellationToken ct)
    {
        // Records that could be read are checked against the data too, so one upload lists every
        // problem in the file, not just the first kind found.
        if (file.RecordCount == 0)
            return new ImportPreview(file.FileName, null, [], file.Problems, 0);
        try
        {
            var merge = await SeedMerger.MergeAsync(db, file.Set, clock, file.Lines, ct);
            var problems = file.Problems.Concat(merge.Errors).OrderBy(p => p.File).ThenBy(p => p.Line ?? 0).ToList();
            return new ImportPreview(file.FileName, null, merge.Kinds, problems, file.RecordCount);
        }
        finally
        {
            db.ChangeTracker.Clear(); // a preview never saves
        }
    }

    private static void Remove(string token)
    {
        foreach (var suffix in new[] { ".upload", ".name" })
            File.Delete(Path.Combine(UploadFolder, token + suffix));
    }

    private void RemoveOldUploads()
    {
        foreach (var file in Directory.EnumerateFiles(UploadFolder))
        {
            if (clock.GetUtcNow() - File.GetLastWriteTimeUtc(file) > KeepUploads)
                File.Delete(file);
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();
}
