using CareerExplorer.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Cli;

/// <summary>The real command, run as a process on the built app, as an operator would.</summary>
public sealed class CreateAdminCommandTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"careerexplorer-cli-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_database + suffix);
    }

    private Task<(int Code, string Output, string Error)> RunAsync(string? password, params string[] args) =>
        AppProcess.RunAsync(_database, TimeSpan.FromSeconds(60), new Dictionary<string, string?> { ["CAREEREXPLORER_ADMIN_PASSWORD"] = password }, args);

    [Fact]
    public async Task CreateAdmin_FromTheCommandLine_CreatesOnceAndRefusesWeakPasswordsAndTakenEmails()
    {
        var weak = await RunAsync("short", "create-admin", "--email", "ops@example.com");
        Assert.Equal(1, weak.Code);
        Assert.Contains("too weak", weak.Error);

        var noPassword = await RunAsync(null, "create-admin", "--email", "ops@example.com");
        Assert.Equal(2, noPassword.Code);
        Assert.Contains("CAREEREXPLORER_ADMIN_PASSWORD", noPassword.Error);

        var noEmail = await RunAsync("Strong-Password-123", "create-admin");
        Assert.Equal(2, noEmail.Code);

        var created = await RunAsync("Strong-Password-123", "create-admin", "--email", "ops@example.com");
        Assert.Equal(0, created.Code);
        Assert.Contains("Created admin ops@example.com", created.Output);

        var taken = await RunAsync("Another-Password-456", "create-admin", "--email", "ops@example.com");
        Assert.Equal(1, taken.Code);
        Assert.Contains("already exists", taken.Error);

        // The account works in the app: it can sign in and is an Admin.
        await using var app = CareerAppFactory.OverExistingDatabase(_database);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync("ops@example.com");
        Assert.NotNull(user);
        Assert.True(await users.IsInRoleAsync(user, "Admin"));
        Assert.True(await users.CheckPasswordAsync(user, "Strong-Password-123"));
        Assert.Single(users.Users.ToList()); // the refused attempts created nothing
    }
}
