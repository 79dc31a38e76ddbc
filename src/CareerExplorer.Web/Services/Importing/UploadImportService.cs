using System.Text.Json;
using System.Text.RegularExpressions;

namespace CareerExplorer.Web.Services.Importing;

public abstract record CommitOutcome
{
    /// <summary><paramref name="Summary"/> says what the import brought, as the unit's mapper puts it.</summary>
    public sealed record Committed(int Added, int Changed, int Unchanged, string Summary) : CommitOutcome;
    public sealed record Refused(ImportPreview Preview) : CommitOutcome;
    public sealed record Expired : CommitOutcome;
}

/// <summary>
/// An admin's import in two steps. Upload: read, check and merge without saving (the pipeline's
/// preview), and keep the file under a random token. Commit: read it again and commit it against
/// the database as it is now, so data changed since the preview is checked again.
/// </summary>
public sealed partial class UploadImportService(ImportPipeline pipeline, TimeProvider clock)
{
    private static readonly TimeSpan KeepUploads = TimeSpan.FromHours(1);
    private static readonly string[] Suffixes = [".upload", ".name", ".options"];

    /// <summary>Where uploads wait between preview and commit: one folder per system user, only that user may enter it.</summary>
    public static string UploadFolder { get; set; } = Path.Combine(Path.GetTempPath(), $"careerexplorer-imports-{Environment.UserName}");

    public Task<ImportPreview> PreviewAsync(string fileName, byte[] content, CancellationToken ct = default) =>
        PreviewAsync(fileName, content, ImportOptions.None, ct);

    public async Task<ImportPreview> PreviewAsync(string fileName, byte[] content, ImportOptions options, CancellationToken ct = default)
    {
        var preview = await pipeline.PreviewAsync(pipeline.Read(new ImportSource(fileName, content, options)), ct);
        if (preview.Problems.Count > 0 || preview.Records == 0)
            return preview;
        var token = Guid.NewGuid().ToString("N");
        CreatePrivateFolder();
        RemoveOldUploads();
        await WritePrivateAsync(token, ".upload", content, ct);
        await WritePrivateAsync(token, ".name", System.Text.Encoding.UTF8.GetBytes(fileName), ct);
        // Kept with the file so the commit reads it exactly as the preview did.
        await WritePrivateAsync(token, ".options", JsonSerializer.SerializeToUtf8Bytes(options), ct);
        return preview with { Token = token };
    }

    public async Task<CommitOutcome> CommitAsync(string? token, CancellationToken ct = default)
    {
        if (token is null || !TokenPattern().IsMatch(token) || !File.Exists(PathOf(token, ".upload")))
            return new CommitOutcome.Expired();
        ImportPlan plan;
        ImportCommit commit;
        try
        {
            var content = await File.ReadAllBytesAsync(PathOf(token, ".upload"), ct);
            var name = await File.ReadAllTextAsync(PathOf(token, ".name"), ct);
            var options = File.Exists(PathOf(token, ".options"))
                ? JsonSerializer.Deserialize<ImportOptions>(await File.ReadAllTextAsync(PathOf(token, ".options"), ct)) ?? ImportOptions.None
                : ImportOptions.None;
            plan = pipeline.Read(new ImportSource(name, content, options));
            commit = await pipeline.CommitAsync(plan, plan.FileName, ct);
        }
        finally
        {
            Remove(token); // committed or refused, the upload is not kept: a refused one is uploaded again once fixed
        }
        if (!commit.Complete || commit.Committed.Count == 0)
            return new CommitOutcome.Refused(new ImportPreview(plan.FileName, null, [], commit.Problems, plan.Records));
        return new CommitOutcome.Committed(commit.Committed.Sum(m => m.Added), commit.Committed.Sum(m => m.Changed), commit.Committed.Sum(m => m.Unchanged),
            string.Join(" ", commit.Committed.Select(m => m.Summary)));
    }

    private static string PathOf(string token, string suffix) => Path.Combine(UploadFolder, token + suffix);

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

    private static async Task WritePrivateAsync(string token, string suffix, byte[] content, CancellationToken ct)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var stream = new FileStream(PathOf(token, suffix), options);
        await stream.WriteAsync(content, ct);
    }

    private static void Remove(string token)
    {
        foreach (var suffix in Suffixes)
            File.Delete(PathOf(token, suffix));
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
