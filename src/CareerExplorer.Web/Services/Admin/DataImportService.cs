using System.Text.Json;
using System.Text.RegularExpressions;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Entities;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Oews;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Services.Admin;

/// <summary>What an upload would do. <see cref="Oews"/> is set for a BLS OEWS file, which merges roles and figures its own way.</summary>
public sealed record ImportPreview(
    string FileName, string? Token, IReadOnlyList<KindCounts> Kinds, IReadOnlyList<SeedError> Problems, int Records, OewsMergeResult? Oews = null)
{
    public bool CanCommit => Token is not null && Problems.Count == 0;
    public int Added => Oews is { } o ? o.RolesAdded + o.FiguresAdded : Kinds.Sum(k => k.Added);
    public int Changed => Oews is { } o ? o.RolesRenamed + o.FiguresChanged : Kinds.Sum(k => k.Changed);
    public int Unchanged => Oews is { } o ? o.FiguresUnchanged : Kinds.Sum(k => k.Unchanged);
    public string? Release => Oews is { } o ? OewsRelease(o.Year) : null;

    public static string OewsRelease(int year) => $"BLS OEWS May {year}";
}

/// <summary>What only an OEWS upload needs: the release year when the file name lacks it, and the top code of a release not built in.</summary>
public sealed record OewsUploadOptions(int? Year, OewsTopCode? TopCode)
{
    public static readonly OewsUploadOptions None = new(null, null);
}

public abstract record CommitOutcome
{
    /// <summary><paramref name="Summary"/> says what an OEWS release brought; null for data/seed imports.</summary>
    public sealed record Committed(int Added, int Changed, int Unchanged, string? Summary = null) : CommitOutcome;
    public sealed record Refused(ImportPreview Preview) : CommitOutcome;
    public sealed record Expired : CommitOutcome;
}

/// <summary>
/// Import in two steps. Upload: read, check and merge without saving, keep the file under a
/// random token. Commit: do it again against the database as it is now, inside one transaction,
/// and save all of it or none of it.
/// </summary>
public sealed partial class DataImportService(CareerDbContext db, OewsImportService oews, TimeProvider clock, ILogger<DataImportService> logger)
{
    private static readonly TimeSpan KeepUploads = TimeSpan.FromHours(1);

    /// <summary>Where uploads wait between preview and commit: one folder per system user, only that user may enter it.</summary>
    public static string UploadFolder { get; set; } = Path.Combine(Path.GetTempPath(), $"careerexplorer-imports-{Environment.UserName}");

    public async Task<ImportPreview> PreviewAsync(string fileName, byte[] content, CancellationToken ct = default) =>
        await PreviewAsync(fileName, content, OewsUploadOptions.None, ct);

    public async Task<ImportPreview> PreviewAsync(string fileName, byte[] content, OewsUploadOptions options, CancellationToken ct = default)
    {
        var preview = ReadOews(fileName, content, options) is { } oewsFile
            ? await CheckOewsAsync(oewsFile, ct)
            : await CheckAsync(ImportReader.Read(fileName, content), ct);
        if (preview.Problems.Count > 0 || preview.Records == 0)
            return preview with { Token = null };
        var token = Guid.NewGuid().ToString("N");
        CreatePrivateFolder();
        RemoveOldUploads();
        await WritePrivateAsync(Path.Combine(UploadFolder, token + ".upload"), content, ct);
        await WritePrivateAsync(Path.Combine(UploadFolder, token + ".name"), System.Text.Encoding.UTF8.GetBytes(preview.FileName), ct);
        // Kept with the file so the commit reads it exactly as the preview did.
        await WritePrivateAsync(Path.Combine(UploadFolder, token + ".options"), JsonSerializer.SerializeToUtf8Bytes(options), ct);
        return preview with { Token = token };
    }

    // Uploads may hold unpublished data: only the app's own user may read them (0700 folder, 0600 files).
    private static void CreatePrivateFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(UploadFolder);
            return;
        }
        Directory.CreateDirectory(UploadFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(UploadFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static async Task WritePrivateAsync(string path, byte[] content, CancellationToken ct)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var stream = new FileStream(path, options);
        await stream.WriteAsync(content, ct);
    }

    private OewsReadResult? ReadOews(string fileName, byte[] content, OewsUploadOptions options) =>
        ImportReader.ReadOews(fileName, content, options.Year, options.TopCode, latestYear: clock.GetUtcNow().Year - 1);

    private async Task<ImportPreview> CheckOewsAsync(OewsReadResult file, CancellationToken ct)
    {
        var name = file.Problems.FirstOrDefault()?.File ?? file.Release?.FileName ?? "";
        if (file.Release is not { } release)
            return new ImportPreview(name, null, [], file.Problems, 0);
        var merge = await oews.PreviewAsync(release, ct); // merges, then forgets: nothing is saved
        return new ImportPreview(release.FileName, null, [], merge.Problems, release.Detailed.Count(), merge);
    }

    private async Task<CommitOutcome> CommitOewsAsync(string token, OewsReadResult file, CancellationToken ct)
    {
        if (file.Release is not { } release)
            return new CommitOutcome.Refused(new ImportPreview(file.Problems.FirstOrDefault()?.File ?? "", null, [], file.Problems, 0));
        var (results, problems) = await oews.ImportAsync([release], release.FileName, ct); // one transaction; one audit entry
        Remove(token); // committed or refused, the upload is not kept: a refused one is uploaded again once fixed
        if (problems.Count > 0)
            return new CommitOutcome.Refused(new ImportPreview(release.FileName, null, [], problems, release.Detailed.Count()));
        var result = results.Single();
        return new CommitOutcome.Committed(result.RolesAdded + result.FiguresAdded, result.RolesRenamed + result.FiguresChanged, result.FiguresUnchanged,
            $"{ImportPreview.OewsRelease(result.Year)}: {result.RolesAdded} roles added, {result.RolesJoined} existing roles matched, {result.RolesRenamed} renamed; "
            + $"{result.FiguresAdded} figures added, {result.FiguresChanged} changed, {result.FiguresUnchanged} unchanged.");
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
        var optionsPath = Path.Combine(UploadFolder, token + ".options");
        var options = File.Exists(optionsPath)
            ? JsonSerializer.Deserialize<OewsUploadOptions>(await File.ReadAllTextAsync(optionsPath, ct)) ?? OewsUploadOptions.None
            : OewsUploadOptions.None;
        if (ReadOews(name, content, options) is { } oewsFile)
        {
            if (oewsFile.Release is null)
                Remove(token);
            return await CommitOewsAsync(token, oewsFile, ct);
        }
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
                Remove(token);
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
            Remove(token);
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
        foreach (var suffix in new[] { ".upload", ".name", ".options" })
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

/// <summary>The upload form's OEWS fields; all optional, and ignored for other files.</summary>
public sealed class OewsOptionsForm : System.ComponentModel.DataAnnotations.IValidatableObject
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Release year (OEWS files only: when the file name lacks it)")]
    [System.ComponentModel.DataAnnotations.Range(OewsFile.FirstYear, 2100, ErrorMessage = "The release year is a year from 1997 on, e.g. 2022.")]
    public int? ReleaseYear { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Top code, hourly ($)")]
    public decimal? TopCodeHourly { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Top code, annual ($)")]
    public decimal? TopCodeAnnual { get; set; }

    public OewsUploadOptions ToOptions() =>
        new(ReleaseYear, TopCodeHourly is { } hourly && TopCodeAnnual is { } annual ? new OewsTopCode(hourly, annual) : null);

    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(System.ComponentModel.DataAnnotations.ValidationContext context)
    {
        if (TopCodeHourly is null != TopCodeAnnual is null)
            yield return new("Give the top code both ways, hourly and annual (e.g. 115.00 and 239200), or neither.",
                [TopCodeHourly is null ? nameof(TopCodeHourly) : nameof(TopCodeAnnual)]);
        if (!Rules.Bounds.PayAmount.Contains(TopCodeHourly))
            yield return new($"The hourly top code {Rules.Bounds.PayAmount.Requirement}.", [nameof(TopCodeHourly)]);
        if (!Rules.Bounds.PayAmount.Contains(TopCodeAnnual))
            yield return new($"The annual top code {Rules.Bounds.PayAmount.Requirement}.", [nameof(TopCodeAnnual)]);
    }
}
