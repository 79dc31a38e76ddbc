using System.Globalization;
using CareerExplorer.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareerExplorer.Tests.Cli;

/// <summary>The backup command, run as a real process on the built app, against a real database file.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerexplorer-backup-").FullName;

    private string Live => Path.Combine(_folder, "live.db");

    private Dictionary<string, string> Environment => new()
    {
        ["ConnectionStrings__Default"] = $"Data Source={Live}",
        ["CAREEREXPLORER_ADMIN_PASSWORD"] = AdminSession.Password,
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private Task<(int Code, string Output)> RunAsync(params string[] args) => AppProcess.RunAsync(AppContext.BaseDirectory, Environment, args);

    private static string Scalar(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }

    private Task CreateLiveDatabaseAsync() => AdminDatabase.CopyToAsync(Live);

    [Fact]
    public async Task Backup_WhileAnotherProcessWrites_IsAConsistentCopyThatPassesTheIntegrityCheck()
    {
        await CreateLiveDatabaseAsync();
        var seedRoles = int.Parse(Scalar(Live, "SELECT COUNT(*) FROM Roles"), CultureInfo.InvariantCulture);

        // The writer: 150 generated roles and their ~5,600 rows, in one transaction, from another process.
        var copies = new List<(string File, bool WriterRunning, string Output)>();
        await using (var writer = AppProcess.Start(AppProcess.Info(AppContext.BaseDirectory, "CareerExplorer.ScaleData.dll", Environment, "--roles", "150")))
        {
            for (var i = 0; i < 6 && !writer.HasExited; i++)
            {
                var file = Path.Combine(_folder, $"during-{i}.db");
                var running = !writer.HasExited;
                var (code, output) = await RunAsync("backup", "--to", file);
                Assert.True(code == 0, output);
                copies.Add((file, running, output));
            }
            await writer.WaitForExitAsync();
            Assert.True(writer.ExitCode == 0, writer.Output);
        }
        var after = Path.Combine(_folder, "after.db");
        var last = await RunAsync("backup", "--to", after);
        Assert.Equal(0, last.Code);
        copies.Add((after, false, last.Output));

        Assert.Contains(copies, c => c.WriterRunning);
        foreach (var (file, _, output) in copies)
        {
            Assert.False(File.Exists(file + "-wal")); // one self-contained file
            Assert.Equal("ok", Scalar(file, "PRAGMA integrity_check"));
            // All of the writer's transaction or none of it: never a part.
            var generated = int.Parse(Scalar(file, "SELECT COUNT(*) FROM Roles WHERE Slug LIKE 'gen-%'"), CultureInfo.InvariantCulture);
            Assert.True(generated is 0 or 150, $"{file} holds {generated} generated roles");
            Assert.Equal(generated == 0 ? "0" : Scalar(Live, "SELECT COUNT(*) FROM SalaryFigures WHERE RoleId IN (SELECT Id FROM Roles WHERE Slug LIKE 'gen-%')"),
                Scalar(file, "SELECT COUNT(*) FROM SalaryFigures WHERE RoleId IN (SELECT Id FROM Roles WHERE Slug LIKE 'gen-%')"));
            Assert.Equal(AdminDatabase.Email, Scalar(file, "SELECT Email FROM AspNetUsers"));
            Assert.Contains($"Backed up {Live} to {file}:", output);
            Assert.Contains($"{generated + seedRoles} roles", output);
            Assert.Contains("integrity check ok", output);
        }
        Assert.Equal(Scalar(Live, "SELECT COUNT(*) FROM SalaryFigures"), Scalar(after, "SELECT COUNT(*) FROM SalaryFigures"));
        Assert.Empty(Directory.GetFiles(_folder, "*.partial*", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public async Task Backup_ToAnExistingFile_IsRefusedUnlessForced()
    {
        await CreateLiveDatabaseAsync();
        var file = Path.Combine(_folder, "existing.db");
        await File.WriteAllTextAsync(file, "an older backup");

        var refused = await RunAsync("backup", "--to", file);
        Assert.Equal(1, refused.Code);
        Assert.Contains("already exists; nothing was written. Give --force to replace it.", refused.Output);
        Assert.Equal("an older backup", await File.ReadAllTextAsync(file));

        var forced = await RunAsync("backup", "--to", file, "--force");
        Assert.Equal(0, forced.Code);
        Assert.Equal("ok", Scalar(file, "PRAGMA integrity_check"));
        Assert.Equal(AdminDatabase.Email, Scalar(file, "SELECT Email FROM AspNetUsers"));
    }

    [Theory]
    [InlineData("no-such-folder/copy.db", 1, "does not exist")]
    [InlineData(".", 1, "is a folder")]
    [InlineData("live.db", 1, "is the live database itself")]
    [InlineData(null, 2, "Usage: backup --to FILE")]
    public async Task Backup_ToABadPath_ExitsNonZeroWithAMessageAndWritesNothing(string? to, int code, string message)
    {
        await CreateLiveDatabaseAsync();
        var before = Directory.GetFileSystemEntries(_folder).Order().ToList();

        var run = to is null ? await RunAsync("backup") : await RunAsync("backup", "--to", Path.Combine(_folder, to));

        Assert.Equal(code, run.Code);
        Assert.Contains(message, run.Output);
        Assert.Equal(before, Directory.GetFileSystemEntries(_folder).Order().ToList());
    }

    [Fact]
    public async Task Backup_WithoutADatabase_ExitsNonZeroAndCreatesNone()
    {
        var run = await RunAsync("backup", "--to", Path.Combine(_folder, "copy.db"));

        Assert.Equal(1, run.Code);
        Assert.Contains("There is no database at", run.Output);
        Assert.False(File.Exists(Live)); // a backup never creates, migrates or seeds the live database
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }
}
