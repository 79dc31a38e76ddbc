using CareerExplorer.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareerExplorer.Tests.Data;

/// <summary>
/// Bad configuration of the database or the cache stops the real app at start, as a process:
/// a message that says what and where, a non-zero exit, and nothing listening.
/// </summary>
public sealed class ProviderConfigurationTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"careerexplorer-config-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_database + suffix);
    }

    private async Task<(int Code, string Output)> StartAsync(Dictionary<string, string?> settings)
    {
        settings["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        var (code, output, error) = await AppProcess.RunAsync(_database, TimeSpan.FromSeconds(60), settings);
        return (code, output + error);
    }

    [Fact]
    public async Task Start_UnknownProvider_SaysWhatIsAllowedAndExitsNonZero()
    {
        var (code, output) = await StartAsync(new() { ["Database__Provider"] = "Oracle" });

        Assert.NotEqual(0, code);
        Assert.Contains("Database:Provider is 'Oracle': use Sqlite (the default) or PostgreSQL.", output);
        Assert.DoesNotContain("Now listening", output);
        Assert.DoesNotContain("   at ", output); // the message alone: a setting to fix, not a crash
    }

    [Fact]
    public async Task Start_PostgreSqlUnreachable_NamesTheServerAndExitsNonZero()
    {
        // Port 1 on loopback: nothing listens there.
        var (code, output) = await StartAsync(new()
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Default"] = "Host=127.0.0.1;Port=1;Database=careerexplorer;Username=careerexplorer;Password=secret-never-shown",
        });

        Assert.NotEqual(0, code);
        Assert.Contains("PostgreSQL at 127.0.0.1:1, database 'careerexplorer' as 'careerexplorer' cannot be reached", output);
        Assert.DoesNotContain("secret-never-shown", output);
        Assert.DoesNotContain("Now listening", output);
        Assert.DoesNotContain("   at ", output); // the message alone: a setting to fix, not a crash
    }

    [Fact]
    public async Task Start_RedisConfiguredButDown_NamesItAndExitsNonZero()
    {
        var (code, output) = await StartAsync(new() { ["ConnectionStrings__Redis"] = "127.0.0.1:1" });

        Assert.NotEqual(0, code);
        Assert.Contains("Redis at 127.0.0.1:1 (ConnectionStrings:Redis) cannot be reached", output);
        Assert.DoesNotContain("Now listening", output);
        Assert.DoesNotContain("   at ", output); // the message alone: a setting to fix, not a crash
    }
}
