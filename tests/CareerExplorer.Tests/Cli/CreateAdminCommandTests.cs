using System.Diagnostics;
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

    private async Task<(int Code, string Output, string Error)> RunAsync(string? password, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        info.ArgumentList.Add("CareerExplorer.Web.dll");
        foreach (var a in args)
            info.ArgumentList.Add(a);
        info.Environment["ConnectionStrings__Default"] = $"Data Source={_database}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment.Remove("CAREEREXPLORER_ADMIN_PASSWORD");
        if (password is not null)
            info.Environment["CAREEREXPLORER_ADMIN_PASSWORD"] = password;
        using var process = Process.Start(info)!;
        process.StandardInput.Close(); // not interactive: no prompt possible
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

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
