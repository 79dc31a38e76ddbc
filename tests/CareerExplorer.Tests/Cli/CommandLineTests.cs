using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareerExplorer.Tests.Cli;

/// <summary>
/// What the app's arguments start: the server, a command (after the database is migrated, backup and
/// copy-to-postgresql excepted), help, or a usage error (exit code 2) that starts nothing. The app is not built here:
/// starting it throws <see cref="Started"/>, saying whether the database was to be migrated.
/// </summary>
public class CommandLineTests
{
    private sealed class Started(bool migrate) : Exception("started")
    {
        public bool Migrate => migrate;
    }

    private static async Task<(int? Code, string Output, string Error, bool? Migrate, bool Server)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var root = CommandLine.Create(args, migrate => throw new Started(migrate), _ => throw new InvalidOperationException("never reached"));
        var server = CommandLine.Parse(root, args).CommandResult.Command == root;
        try
        {
            return (await CommandLine.InvokeAsync(root, args, output, error), output.ToString(), error.ToString(), null, server);
        }
        catch (Started started)
        {
            return (null, output.ToString(), error.ToString(), started.Migrate, server);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:8080")]
    [InlineData("--urls=http://127.0.0.1:8080", "--environment", "Development")]
    [InlineData("--ConnectionStrings:Default=Data Source=/tmp/x.db", "--Seed:Directory", "/tmp/seed")]
    [InlineData("Kestrel:Limits:MaxRequestLineSize=65536")]
    public async Task ServerArguments_StartTheServer_OnAMigratedDatabase(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.True(run.Server);
        Assert.Equal(true, run.Migrate);
        Assert.Empty(run.Error);
    }

    [Theory]
    [InlineData("import-oew", "data/oews/national_M2022_dl.csv")]
    [InlineData("serve")]
    [InlineData("backup-db", "--to", "/tmp/x.db")]
    public async Task AnUnknownCommandWord_IsRefusedWithTheCommands_ExitCode2_NothingStarted(params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(2, run.Code);
        Assert.Null(run.Migrate);
        Assert.StartsWith($"Unknown command '{args[0]}'.", run.Error);
        foreach (var command in new[] { "create-admin", "import-oews", "backup" })
            Assert.Contains(command, run.Error);
    }

    [Fact]
    public async Task Help_ListsTheCommandsAndTheServersOptions()
    {
        foreach (var help in new[] { "--help", "-h", "-?" })
        {
            var run = await RunAsync(help);
            Assert.Equal(0, run.Code);
            Assert.Null(run.Migrate);
            foreach (var text in new[] { "create-admin", "import-oews", "backup", "--urls", "--environment", "ConnectionStrings__Default" })
                Assert.Contains(text, run.Output);
        }
    }

    [Theory]
    [InlineData("create-admin", "--email <EMAIL>", "CAREEREXPLORER_ADMIN_PASSWORD")]
    [InlineData("import-oews", "--year <YYYY>", "--top-code <HOURLY/ANNUAL>")]
    [InlineData("backup", "--to <FILE>", "--force")]
    [InlineData("copy-to-postgresql", "--to <CONNECTION>", "empty PostgreSQL database")]
    public async Task EachCommand_HasHelp(string command, string option, string more)
    {
        var run = await RunAsync(command, "--help");
        Assert.Equal(0, run.Code);
        Assert.Null(run.Migrate);
        Assert.Contains(option, run.Output);
        Assert.Contains(more, run.Output);
    }

    [Theory]
    [InlineData(CommandLine.CreateAdminUsage, "Option '--email' is required.", "create-admin")]
    [InlineData(CommandLine.CreateAdminUsage, "'extra' is not an option of create-admin.", "create-admin", "--email", "ops@example.com", "extra")]
    [InlineData(CommandLine.ImportOewsUsage, "No file given.", "import-oews")]
    [InlineData(CommandLine.ImportOewsUsage, "--year names the release of one file; give one file with it.", "import-oews", "a.csv", "b.csv", "--year", "2022")]
    [InlineData(CommandLine.ImportOewsUsage, "'--year' needs a value, or is not an option of import-oews.", "import-oews", "a.csv", "--year", "May")]
    [InlineData(CommandLine.ImportOewsUsage, "'--year' needs a value, or is not an option of import-oews.", "import-oews", "a.csv", "--year")]
    [InlineData(CommandLine.ImportOewsUsage, "'--top-code' needs a value, or is not an option of import-oews.", "import-oews", "a.csv", "--top-code", "115")]
    [InlineData(CommandLine.ImportOewsUsage, "'--all' needs a value, or is not an option of import-oews.", "import-oews", "a.csv", "--all")]
    [InlineData(DatabaseBackup.Usage, "No file given: say where the backup goes with --to FILE.", "backup")]
    [InlineData(DatabaseBackup.Usage, "'--to' is not an option of backup, or needs a file name.", "backup", "--to")]
    [InlineData(DatabaseBackup.Usage, "'--gzip' is not an option of backup.", "backup", "--to", "copy.db", "--gzip")]
    [InlineData(CommandLine.CopyToPostgreSqlUsage, "No target given: say which PostgreSQL database to copy into with --to \"Host=...;Database=...;Username=...;Password=...\".", "copy-to-postgresql")]
    [InlineData(CommandLine.CopyToPostgreSqlUsage, "'--to' is not an option of copy-to-postgresql, or needs a connection string.", "copy-to-postgresql", "--to")]
    [InlineData(CommandLine.CopyToPostgreSqlUsage, "'extra' is not an option of copy-to-postgresql.", "copy-to-postgresql", "--to", "Host=db;Database=ce", "extra")]
    public async Task AUsageError_GivesTheProblemAndTheUsage_ExitCode2_NothingStarted(string usage, string problem, params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(2, run.Code);
        Assert.Null(run.Migrate);
        Assert.StartsWith(problem + Environment.NewLine + usage, run.Error);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData(true, "create-admin", "--email", "ops@example.com")]
    [InlineData(true, "create-admin", "--email=ops@example.com")]
    [InlineData(true, "import-oews", "a.csv", "b.csv")]
    [InlineData(true, "import-oews", "a.csv", "--year", "2023", "--top-code", "115.00/239,200")]
    [InlineData(false, "backup", "--to", "copy.db", "--force")]
    [InlineData(false, "backup", "--to=copy.db")]
    [InlineData(false, "copy-to-postgresql", "--to", "Host=db.internal;Database=careerexplorer;Username=ce;Password=x")]
    public async Task AValidCommand_StartsTheApp_MigratingTheDatabaseFirstExceptForABackupOrACopy(bool migrate, params string[] args)
    {
        var run = await RunAsync(args);
        Assert.False(run.Server);
        Assert.Equal(migrate, run.Migrate);
        Assert.Empty(run.Error);
    }

    /// <summary>The built app as a process: a mistyped command no longer starts the server.</summary>
    [Fact]
    public async Task MistypedCommand_AsAProcess_ExitsWith2AndCreatesNoDatabase()
    {
        var database = Path.Combine(Path.GetTempPath(), $"careerexplorer-cli-{Guid.NewGuid():N}.db");
        try
        {
            var (code, _, error) = await AppProcess.RunAsync(database, TimeSpan.FromSeconds(60), null, "import-oew", "data/oews/national_M2022_dl.csv");
            Assert.Equal(2, code);
            Assert.Contains("Unknown command 'import-oew'.", error);
            Assert.Contains("import-oews", error);
            Assert.False(File.Exists(database));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(database);
        }
    }
}
