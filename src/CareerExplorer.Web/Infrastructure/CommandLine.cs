using System.Diagnostics;
using System.Globalization;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Data.Seeding;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Admin;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>
/// Maintenance commands run by the app itself (so they work with `dotnet run -- ...` and on the
/// published dll): the database is migrated first, then the command runs and the app exits.
/// </summary>
public static class CommandLine
{
    public const string PasswordVariable = "CAREEREXPLORER_ADMIN_PASSWORD";

    public const string GenerateScaleDataUsage =
        "Usage: generate-scale-data [--roles N] [--seed S]   (N from 1 to 4000, default 1000; S any integer, default 42)";

    public const string ImportOewsUsage =
        "Usage: import-oews FILE... [--year YYYY] [--top-code HOURLY/ANNUAL]   (BLS OEWS national CSV files, e.g. data/oews/*.csv; "
        + "the year comes from names like national_M2022_dl.csv; --top-code only for a release whose '#' threshold is not built in)";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "create-admin" or "generate-scale-data" or "import-oews" or "backup";

    /// <summary>A backup copies the database as it is: it never migrates or seeds the live file.</summary>
    public static bool NeedsMigratedDatabase(string[] args) => args is not ["backup", ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        switch (args[0])
        {
            case "create-admin":
                var email = Option(args, "--email");
                if (email is null)
                {
                    await error.WriteLineAsync($"Usage: create-admin --email EMAIL   (password from {PasswordVariable}, or a prompt when run interactively)");
                    return 2;
                }
                var password = Environment.GetEnvironmentVariable(PasswordVariable);
                if (string.IsNullOrEmpty(password))
                {
                    if (Console.IsInputRedirected)
                    {
                        await error.WriteLineAsync($"No password: set the environment variable {PasswordVariable}, or run the command in a terminal to be asked for one.");
                        return 2;
                    }
                    password = Prompt("Password for the new admin: ");
                    if (Prompt("Repeat the password: ") != password)
                    {
                        await error.WriteLineAsync(AdminAccountService.PasswordsDiffer);
                        return 1;
                    }
                }
                await using (var scope = app.Services.CreateAsyncScope())
                    return await CreateAdminAsync(scope.ServiceProvider, email, password, output, error);
            case "generate-scale-data":
                if (!TryParseScaleDataArguments(args.AsSpan(1), out var roles, out var seed, out var problem))
                {
                    await error.WriteLineAsync(problem);
                    await error.WriteLineAsync(GenerateScaleDataUsage);
                    return 2;
                }
                await using (var scope = app.Services.CreateAsyncScope())
                    return await GenerateScaleDataAsync(scope.ServiceProvider, roles, seed, output, error);
            case "backup":
                await using (var scope = app.Services.CreateAsyncScope())
                    return await DatabaseBackup.RunAsync(scope.ServiceProvider.GetRequiredService<CareerDbContext>().Database.GetConnectionString()!,
                        args.AsSpan(1).ToArray(), output, error);
            case "import-oews":
                await using (var scope = app.Services.CreateAsyncScope())
                    return await ImportOewsAsync(scope.ServiceProvider, args.AsSpan(1).ToArray(), output, error);
            default:
                await error.WriteLineAsync($"Unknown command '{args[0]}'.");
                return 2;
        }
    }

    /// <summary>Parses import-oews's arguments (exit code 2 for a usage error); <see cref="ImportCommands.OewsAsync"/> does the rest.</summary>
    public static async Task<int> ImportOewsAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var files = new List<string>();
        int? year = null;
        Services.Oews.OewsTopCode? topCode = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--year" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var y):
                    year = y; i++; break;
                case "--top-code" when i + 1 < args.Length && args[i + 1].Split('/') is [var h, var a]
                    && decimal.TryParse(h, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hourly) && hourly > 0
                    && decimal.TryParse(a.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var annual) && annual > 0:
                    topCode = new(hourly, annual); i++; break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    await error.WriteLineAsync($"'{option}' needs a value, or is not an option of import-oews.");
                    await error.WriteLineAsync(ImportOewsUsage);
                    return 2;
                default:
                    files.Add(args[i]); break;
            }
        }
        if (files.Count == 0 || year is not null && files.Count > 1)
        {
            await error.WriteLineAsync(files.Count == 0 ? "No file given." : "--year names the release of one file; give one file with it.");
            await error.WriteLineAsync(ImportOewsUsage);
            return 2;
        }

        return await ImportCommands.OewsAsync(services, files.Select(ResolveFromShell).ToList(), year, topCode, output, error);
    }

    /// <summary>
    /// `dotnet run` starts the app in the project's folder, so a relative path typed in the shell
    /// (data/oews/*.csv from the repository root) is taken from the shell's folder ($PWD) when it
    /// is not found where the app runs.
    /// </summary>
    private static string ResolveFromShell(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path) || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } shell)
            return path;
        var fromShell = Path.Combine(shell, path);
        return File.Exists(fromShell) ? fromShell : path;
    }

    /// <summary>The same rules and messages as the accounts page (AdminAccountService).</summary>
    public static async Task<int> CreateAdminAsync(IServiceProvider services, string email, string password, TextWriter output, TextWriter error)
    {
        var result = await services.GetRequiredService<AdminAccountService>().CreateAdminAsync(email, password);
        if (result is AccountResult.Invalid invalid)
        {
            foreach (var v in invalid.Violations)
                await error.WriteLineAsync(v.Message);
            await error.WriteLineAsync("Nothing was created.");
            return 1;
        }
        await output.WriteLineAsync(result is AccountResult.Created { Restored: true }
            ? $"Gave the Admin role back to {email.Trim()}, with the new password. Sign in at /Account/Login."
            : $"Created admin {email.Trim()}. Sign in at /Account/Login.");
        return 0;
    }

    /// <summary>
    /// Adds a generated data set for scale testing on top of what the database holds, once: a
    /// database that already has generated data is refused (exit code 1) and left as it is.
    /// </summary>
    public static async Task<int> GenerateScaleDataAsync(IServiceProvider services, int roles, int seed, TextWriter output, TextWriter error)
    {
        var db = services.GetRequiredService<CareerDbContext>();
        if (await ScaleDataGenerator.HasGeneratedDataAsync(db))
        {
            await error.WriteLineAsync(
                $"The database already holds generated scale data (roles whose slug starts with '{ScaleDataGenerator.SlugPrefix}'); nothing was added. Generate into a fresh database instead.");
            return 1;
        }
        var clock = services.GetRequiredService<TimeProvider>();
        var timer = Stopwatch.StartNew();
        var plan = ScaleDataGenerator.Plan(roles, seed);
        var planned = timer.Elapsed;
        var counts = await ScaleDataGenerator.WriteAsync(db, plan, clock);
        timer.Stop();

        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Format(c, "Added generated scale data (--roles {0}, --seed {1}) in {2:0.0} s ({3:0.0} s generating, {4:0.0} s writing):",
            roles, seed, timer.Elapsed.TotalSeconds, planned.TotalSeconds, (timer.Elapsed - planned).TotalSeconds));
        foreach (var (count, what) in new[]
        {
            (counts.Roles, "roles"), (counts.RoleAliases, "role aliases"), (counts.Sources, "sources"), (counts.Skills, "skills"),
            (counts.RoleSkills, "role skills"), (counts.SalaryFigures, "salary figures"), (counts.OutlookFigures, "outlook figures"),
            (counts.CareerSteps, "career steps"),
        })
            await output.WriteLineAsync(string.Format(c, "  {0,8:N0} {1}", count, what));
        return 0;
    }

    internal static bool TryParseScaleDataArguments(ReadOnlySpan<string> args, out int roles, out int seed, out string problem)
    {
        (roles, seed, problem) = (ScaleDataGenerator.DefaultRoles, ScaleDataGenerator.DefaultSeed, "");
        for (var i = 0; i < args.Length; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, (string?)v) : (args[i], null);
            if (name is not ("--roles" or "--seed"))
            {
                problem = $"Unknown argument '{args[i]}'.";
                return false;
            }
            if (value is null && ++i < args.Length)
                value = args[i];
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                problem = $"{name} needs a whole number{(value is null ? "" : $", not '{value}'")}.";
                return false;
            }
            if (name == "--seed")
                seed = number;
            else if (number is < 1 or > ScaleDataGenerator.MaxRoles)
            {
                problem = $"--roles must be between 1 and {ScaleDataGenerator.MaxRoles}, not {number}.";
                return false;
            }
            else
                roles = number;
        }
        return true;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        if (i >= 0 && i + 1 < args.Length)
            return args[i + 1];
        return args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];
    }

    private static string Prompt(string label)
    {
        Console.Write(label);
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (chars.Count > 0)
                    chars.RemoveAt(chars.Count - 1);
            }
            else if (!char.IsControl(key.KeyChar))
                chars.Add(key.KeyChar);
        }
        Console.WriteLine();
        return new string(chars.ToArray());
    }
}
