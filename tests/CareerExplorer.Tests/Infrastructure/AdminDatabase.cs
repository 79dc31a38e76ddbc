namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// A live SQLite database as an operator has it (migrated, seeded, one admin), made once per run
/// by running create-admin for real; a test copies the file, so only the command under test is a
/// new process.
/// </summary>
public static class AdminDatabase
{
    public const string Email = "ops@example.com";

    private static readonly Lazy<Task<string>> Template = new(async () =>
    {
        var folder = Directory.CreateTempSubdirectory("careerexplorer-admin-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var file = Path.Combine(folder, "template.db");
        var (code, output) = await AppProcess.RunAsync(AppContext.BaseDirectory, new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = $"Data Source={file}",
            ["CAREEREXPLORER_ADMIN_PASSWORD"] = AdminSession.Password,
        }, ["create-admin", "--email", Email]);
        Assert.True(code == 0, output);
        Assert.False(File.Exists(file + "-wal") && new FileInfo(file + "-wal").Length > 0, "the template should be checkpointed when its process ends");
        return file;
    });

    /// <summary>Writes a copy of the template to <paramref name="file"/>.</summary>
    public static async Task CopyToAsync(string file) => File.Copy(await Template.Value, file);
}
