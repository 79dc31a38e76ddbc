using CareerExplorer.ScaleData;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareerExplorer.Tests.ScaleData;

/// <summary>The scale-data tool (tests/CareerExplorer.ScaleData): its arguments, and the tool run as a process, as the benchmark does.</summary>
public sealed class ScaleDataToolTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"careerexplorer-scale-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_database + suffix);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        await using var tool = AppProcess.Start(AppProcess.Info(AppContext.BaseDirectory, "CareerExplorer.ScaleData.dll",
            new Dictionary<string, string> { ["ConnectionStrings__Default"] = $"Data Source={_database}" }, args));
        return await tool.WaitForExitAsync(TimeSpan.FromSeconds(120));
    }

    private long[] Counts()
    {
        using var connection = new SqliteConnection($"Data Source={_database};Pooling=False");
        connection.Open();
        string[] tables = ["Roles", "RoleAliases", "Sources", "Skills", "RoleSkills", "SalaryFigures", "OutlookFigures", "CareerSteps", "AuditEntries"];
        return tables
            .Select(table =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                return (long)command.ExecuteScalar()!;
            })
            .ToArray();
    }

    [Theory]
    [InlineData(new string[0], 1000, 42)]
    [InlineData(new[] { "--roles", "40" }, 40, 42)]
    [InlineData(new[] { "--roles=40", "--seed=-3" }, 40, -3)]
    [InlineData(new[] { "--seed", "7", "--roles", "10000" }, 10000, 7)]
    public void Arguments_Valid_AreRead(string[] args, int roles, int seed)
    {
        var command = new ScaleDataCommand();
        var parsed = CommandLine.Parse(command, args);
        Assert.Empty(CommandLine.Problems(parsed));
        Assert.Equal((roles, seed), (command.RolesOf(parsed), command.SeedOf(parsed)));
    }

    [Theory]
    [InlineData("--roles must be between 1 and 10000, not 0.", "--roles", "0")]
    [InlineData("--roles must be between 1 and 10000, not 10001.", "--roles", "10001")]
    [InlineData("--roles needs a whole number, not '1e3'.", "--roles", "1e3")]
    [InlineData("--roles needs a whole number.", "--roles")]
    [InlineData("--seed needs a whole number, not 'x'.", "--seed", "x")]
    [InlineData("'--force' is not an option of CareerExplorer.ScaleData.", "--force")]
    [InlineData("'40' is not an option of CareerExplorer.ScaleData.", "40")]
    public async Task Arguments_Invalid_AreRefusedWithAReasonAndTheUsage_ExitCode2(string reason, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = await CommandLine.InvokeAsync(new ScaleDataCommand(), args, output, error);

        Assert.Equal(2, code);
        Assert.Equal([reason], CommandLine.Problems(CommandLine.Parse(new ScaleDataCommand(), args)));
        Assert.StartsWith(reason + Environment.NewLine + ScaleDataCommand.Usage, error.ToString());
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Help_SaysWhatItDoesAndItsOptions()
    {
        var output = new StringWriter();
        Assert.Equal(0, await CommandLine.InvokeAsync(new ScaleDataCommand(), ["--help"], output, TextWriter.Null));
        Assert.Contains("ConnectionStrings__Default", output.ToString());
        Assert.Contains("--roles <N>", output.ToString());
        Assert.Contains("--seed <S>", output.ToString());
    }

    [Fact]
    public async Task Tool_AsAProcess_MigratesAddsOnceThenRefuses()
    {
        var bad = await RunAsync("--roles", "many");
        Assert.Equal(2, bad.Code);
        Assert.Contains("--roles needs a whole number, not 'many'", bad.Error);
        Assert.Contains("Usage: CareerExplorer.ScaleData", bad.Error);
        Assert.False(File.Exists(_database)); // a usage error starts nothing

        var first = await RunAsync("--roles", "20", "--seed", "5");
        Assert.True(first.Code == 0, first.Error);
        Assert.Contains("Added generated scale data (--roles 20, --seed 5)", first.Output);
        Assert.Contains(" 500 salary figures", first.Output);
        Assert.Contains(" 100 outlook figures", first.Output);
        var after = Counts();
        Assert.Equal(SeedFolder.Data.Roles.Count + 20, after[0]); // created, migrated and seeded first, like the app

        var second = await RunAsync("--roles", "20", "--seed", "6");
        Assert.Equal(1, second.Code);
        Assert.Contains("already holds generated scale data", second.Error);
        Assert.DoesNotContain("Added", second.Output);
        Assert.Equal(after, Counts()); // nothing added the second time, not even an audit entry
    }
}
