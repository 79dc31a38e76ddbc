using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareerExplorer.Tests.Cli;

/// <summary>generate-scale-data run as a process on the built app, as an operator would.</summary>
public sealed class GenerateScaleDataCommandTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"careerexplorer-scale-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_database + suffix);
    }

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        AppProcess.RunAsync(_database, TimeSpan.FromSeconds(120), null, args);

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
    [InlineData(new[] { "--seed", "7", "--roles", "4000" }, 4000, 7)]
    public void Arguments_Valid_AreRead(string[] args, int roles, int seed)
    {
        Assert.True(CommandLine.TryParseScaleDataArguments(args, out var r, out var s, out _));
        Assert.Equal((roles, seed), (r, s));
    }

    [Theory]
    [InlineData("--roles", "0")]
    [InlineData("--roles", "4001")]
    [InlineData("--roles", "1e3")]
    [InlineData("--roles")]
    [InlineData("--seed", "x")]
    [InlineData("--force")]
    [InlineData("40")]
    public void Arguments_Invalid_AreRefusedWithAReason(params string[] args)
    {
        Assert.False(CommandLine.TryParseScaleDataArguments(args, out _, out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Fact]
    public async Task GenerateScaleData_FromTheCommandLine_AddsOnceThenRefuses()
    {
        var bad = await RunAsync("generate-scale-data", "--roles", "many");
        Assert.Equal(2, bad.Code);
        Assert.Contains("--roles needs a whole number, not 'many'", bad.Error);
        Assert.Contains("Usage: generate-scale-data", bad.Error);

        var first = await RunAsync("generate-scale-data", "--roles", "20", "--seed", "5");
        Assert.Equal(0, first.Code);
        Assert.Contains("Added generated scale data (--roles 20, --seed 5)", first.Output);
        Assert.Contains(" 500 salary figures", first.Output);
        Assert.Contains(" 100 outlook figures", first.Output);
        var after = Counts();

        var second = await RunAsync("generate-scale-data", "--roles", "20", "--seed", "6");
        Assert.Equal(1, second.Code);
        Assert.Contains("already holds generated scale data", second.Error);
        Assert.DoesNotContain("Added", second.Output);
        Assert.Equal(after, Counts()); // nothing added the second time, not even an audit entry
    }
}
