using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Runtime.CompilerServices;
using CareerExplorer.Web.Services.Importing;
using CareerExplorer.Web.Services.Oews;

namespace CareerExplorer.Web.Infrastructure;

/// <summary>
/// The app's command line (System.CommandLine). Without a command word (no arguments, or only the
/// server's own, such as --urls), the web server starts. A maintenance command runs on the app's
/// services once the database is migrated (backup never migrates), then the app exits; so the
/// commands work with `dotnet run -- ...` and on the published dll. Every command has --help; a
/// usage error, an unknown command word among them, prints the problem and the usage and exits
/// with 2, before anything is started.
/// </summary>
public static class CommandLine
{
    public const string PasswordVariable = "CAREEREXPLORER_ADMIN_PASSWORD";

    public const string CreateAdminUsage =
        $"Usage: create-admin --email EMAIL   (password from {PasswordVariable}, or a prompt when run interactively)";

    public const string ImportOewsUsage =
        "Usage: import-oews FILE... [--year YYYY] [--top-code HOURLY/ANNUAL]   (BLS OEWS national files as published: .csv, .xlsx, or the .zip BLS distributes (oesm23nat.zip), e.g. data/oews/*.csv; "
        + "the year comes from names like national_M2022_dl.csv; --top-code only for a release whose '#' threshold is not built in)";

    public const string ImportOnetUsage =
        "Usage: import-onet PATH... [--version 29.0] [--released YYYY-MM]   (an O*NET release as O*NET publishes it: its folder, its .zip, or single files, "
        + ".xlsx or .txt, e.g. data/onet/29.0; the version and month come from the release's Read Me.txt, else from --version and --released)";

    public const string ImportProjectionsUsage =
        "Usage: import-projections FILE...   (the occupation workbook BLS Employment Projections publishes, occupation.xlsx, of any release from 2014-24 on, "
        + "e.g. data/projections/*.xlsx; the release comes from Table 1.2's title)";

    public const string ImportCpiUsage =
        "Usage: import-cpi FILE   (the CPI-U monthly series, series CUUR0000SA0: a CSV Date,Index[,Inflation] such as data/cpi/cpi-u-monthly.csv, "
        + "or a BLS download with the columns Series ID,Year,Period,Value, comma- or tab-separated)";

    public const string CopyToPostgreSqlUsage =
        "Usage: copy-to-postgresql --to \"Host=HOST;Port=5432;Database=NAME;Username=USER;Password=...\"   (copies the SQLite database of ConnectionStrings__Default, "
        + "every row of every table, into an empty PostgreSQL database, which it migrates first)";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// Runs what the arguments ask for. <paramref name="start"/> builds the app from the same
    /// arguments and, when told to, migrates and seeds its database; <paramref name="serve"/> runs
    /// the web server on it.
    /// </summary>
    public static Task<int> InvokeAsync(string[] args, Func<bool, Task<WebApplication>> start, Func<WebApplication, Task<int>> serve) =>
        InvokeAsync(Create(args, start, serve), args);

    public static RootCommand Create(string[] args, Func<bool, Task<WebApplication>> start, Func<WebApplication, Task<int>> serve)
    {
        // The server's own arguments are read by the host (WebApplication.CreateBuilder), not here:
        // these two are named for --help; any other --Section:Key=value is a setting too.
        var settings = new Argument<string[]>("settings") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        settings.Validators.Add(r =>
        {
            if (args is [var first, ..] && !first.StartsWith('-') && !first.Contains('=') && r.Tokens is [var token, ..] && token.Value == first)
                r.AddError($"Unknown command '{first}'.");
        });
        var root = new RootCommand(
            "CareerExplorer. Without a command, starts the web server: on http://localhost:5000 unless told otherwise, with the database "
            + "named by ConnectionStrings__Default (created, migrated and seeded at the first start). Settings come from appsettings.json, "
            + "environment variables (Section__Key) and arguments (--Section:Key=value).")
        {
            new Option<string>("--urls") { HelpName = "URLS", Description = "Where the server listens, e.g. http://127.0.0.1:8080 (or ASPNETCORE_URLS)." },
            new Option<string>("--environment") { HelpName = "NAME", Description = "Production (the default) or Development (or ASPNETCORE_ENVIRONMENT)." },
            settings,
            CreateAdmin(start),
            ImportOews(start),
            ImportOnet(start),
            ImportProjections(start),
            ImportCpi(start),
            RebuildSummaries(start),
            Backup(start),
            CopyToPostgreSql(start),
        };
        root.SetAction(async (_, _) => await serve(await start(true)));
        return root;
    }

    /// <summary>
    /// Parses and runs a command line: --help for any command; a usage error writes each problem
    /// and the command's usage to <paramref name="error"/> and gives 2, running nothing.
    /// </summary>
    public static async Task<int> InvokeAsync(Command root, IReadOnlyList<string> args, TextWriter? output = null, TextWriter? error = null, CancellationToken ct = default)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var result = Parse(root, args);
        if (Problems(result) is { Count: > 0 } problems)
        {
            foreach (var problem in problems)
                await error.WriteLineAsync(problem);
            await WriteUsageAsync(root, result, error);
            return 2;
        }
        // Exceptions go to the caller (the host's own stop, a crash to log); Ctrl-C ends the
        // process as it always has (an import keeps what it committed).
        return await result.InvokeAsync(new InvocationConfiguration
        {
            Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
        }, ct);
    }

    /// <summary>Arguments as given: no response files (an argument starting with @ is a value like any other).</summary>
    public static ParseResult Parse(Command root, IReadOnlyList<string> args) =>
        root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    /// <summary>What is wrong with the command line; none when it asks for help.</summary>
    public static IReadOnlyList<string> Problems(ParseResult result) =>
        result.Action is HelpAction ? [] : result.Errors.Select(e => e.Message).Distinct().ToList();

    private static readonly ConditionalWeakTable<Command, string> Usages = [];

    /// <summary>The one-line usage written after a usage error; a command without one gets its help.</summary>
    public static T WithUsage<T>(this T command, string usage) where T : Command
    {
        Usages.AddOrUpdate(command, usage);
        return command;
    }

    private static async Task WriteUsageAsync(Command root, ParseResult result, TextWriter error)
    {
        if (Usages.TryGetValue(result.CommandResult.Command, out var usage))
        {
            await error.WriteLineAsync($"{usage}{Environment.NewLine}More: --help.");
            return;
        }
        var path = new List<string> { "--help" };
        for (var c = result.CommandResult; c.Parent is CommandResult parent; c = parent)
            path.Insert(0, c.Command.Name);
        await Parse(root, path).InvokeAsync(new InvocationConfiguration { Output = error });
    }

    /// <summary>Takes whatever else is given to a command, to refuse each with the command's name.</summary>
    public static Argument<string[]> Unknown(string command)
    {
        var unknown = new Argument<string[]>("unknown") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        unknown.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
                r.AddError($"'{token.Value}' is not an option of {command}.");
        });
        return unknown;
    }

    /// <summary>The value given to an option (it takes zero or one, so that a missing value gets the option's own message).</summary>
    public static string? Given(ArgumentResult result) => result.Tokens is [var token] ? token.Value : null;

    private static Command CreateAdmin(Func<bool, Task<WebApplication>> start)
    {
        var email = new Option<string>("--email") { HelpName = "EMAIL", Description = "The new admin's email address.", Required = true };
        var command = new Command("create-admin",
            $"Creates an admin account. The password comes from {PasswordVariable}, or is asked for when run in a terminal; "
            + "at least 12 characters with upper- and lower-case letters and a digit.")
        {
            email, Unknown("create-admin"),
        }.WithUsage(CreateAdminUsage);
        command.SetAction(async (parse, _) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            await using var app = await start(true);
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
            await using var scope = app.Services.CreateAsyncScope();
            return await CreateAdminAsync(scope.ServiceProvider, parse.GetRequiredValue(email), password, output, error);
        });
        return command;
    }

    private static Command ImportOews(Func<bool, Task<WebApplication>> start)
    {
        static string NeedsValue(string option) => $"'{option}' needs a value, or is not an option of import-oews.";
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore, Description = "BLS OEWS national files as published (.csv, .xlsx, or the .zip BLS distributes, e.g. oesm23nat.zip), e.g. data/oews/*.csv." };
        files.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
                r.AddError(NeedsValue(token.Value));
        });
        var year = new Option<int?>("--year")
        {
            HelpName = "YYYY", Arity = ArgumentArity.ZeroOrOne,
            Description = "The release year of one file whose name does not give it (names like national_M2022_dl.csv do).",
            CustomParser = r =>
            {
                if (int.TryParse(Given(r), NumberStyles.None, Invariant, out var y))
                    return y;
                r.AddError(NeedsValue("--year"));
                return null;
            },
        };
        var topCode = new Option<OewsTopCode?>("--top-code")
        {
            HelpName = "HOURLY/ANNUAL", Arity = ArgumentArity.ZeroOrOne,
            Description = "The threshold of a release's '#' (top-coded) wages, e.g. 115.00/239200; only for a release whose threshold is not built in.",
            CustomParser = r =>
            {
                if (Given(r)?.Split('/') is [var h, var a]
                    && decimal.TryParse(h, NumberStyles.AllowDecimalPoint, Invariant, out var hourly) && hourly > 0
                    && decimal.TryParse(a.Replace(",", ""), NumberStyles.AllowDecimalPoint, Invariant, out var annual) && annual > 0)
                    return new OewsTopCode(hourly, annual);
                r.AddError(NeedsValue("--top-code"));
                return null;
            },
        };
        var command = new Command("import-oews",
            "Imports BLS OEWS national releases into the database, in year order, one transaction each; a release already imported is left as it is.")
        {
            files, year, topCode,
        }.WithUsage(ImportOewsUsage);
        command.Validators.Add(r =>
        {
            var count = r.GetResult(files)?.Tokens.Count ?? 0;
            if (count == 0)
                r.AddError("No file given.");
            else if (count > 1 && r.GetResult(year) is not null)
                r.AddError("--year names the release of one file; give one file with it.");
        });
        command.SetAction(async (parse, ct) =>
        {
            var paths = (parse.GetValue(files) ?? []).Select(ResolveFromShell).ToList();
            await using var app = await start(true);
            await using var scope = app.Services.CreateAsyncScope();
            return await ImportCommands.OewsAsync(scope.ServiceProvider, paths, parse.GetValue(year), parse.GetValue(topCode),
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct);
        });
        return command;
    }

    private static Command ImportProjections(Func<bool, Task<WebApplication>> start)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore, Description = "BLS Employment Projections occupation workbooks as published (.xlsx), e.g. data/projections/*.xlsx." };
        files.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
                r.AddError($"'{token.Value}' is not an option of import-projections.");
        });
        var command = new Command("import-projections",
            "Imports BLS Employment Projections releases (Table 1.2 of occupation.xlsx) into the database, oldest first, one transaction each; importing a release again updates it.")
        {
            files,
        }.WithUsage(ImportProjectionsUsage);
        command.Validators.Add(r =>
        {
            if ((r.GetResult(files)?.Tokens.Count ?? 0) == 0)
                r.AddError("No file given.");
        });
        command.SetAction(async (parse, ct) =>
        {
            var paths = (parse.GetValue(files) ?? []).Select(ResolveFromShell).ToList();
            await using var app = await start(true);
            await using var scope = app.Services.CreateAsyncScope();
            return await ImportCommands.ProjectionsAsync(scope.ServiceProvider, paths,
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct);
        });
        return command;
    }

    private static Command ImportOnet(Func<bool, Task<WebApplication>> start)
    {
        static string NeedsValue(string option) => $"'{option}' needs a value, or is not an option of import-onet.";
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.ZeroOrMore, Description = "An O*NET release's folder, its .zip, or some of its files (.xlsx or .txt), e.g. data/onet/29.0." };
        paths.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
                r.AddError(NeedsValue(token.Value));
        });
        var version = new Option<OnetVersion?>("--version")
        {
            HelpName = "29.0", Arity = ArgumentArity.ZeroOrOne,
            Description = "The release's version, when its Read Me.txt is not among the files.",
            CustomParser = r =>
            {
                if (OnetVersion.TryParse(Given(r), out var v))
                    return v;
                r.AddError("'--version' needs an O*NET version such as 29.0.");
                return null;
            },
        };
        var released = new Option<string?>("--released")
        {
            HelpName = "YYYY-MM", Arity = ArgumentArity.ZeroOrOne,
            Description = "The month the release came out, when its Read Me.txt is not among the files.",
            CustomParser = r =>
            {
                if (Given(r) is { } month && DateTime.TryParseExact(month, "yyyy-MM", Invariant, DateTimeStyles.None, out _))
                    return month;
                r.AddError("'--released' needs a month as YYYY-MM, such as 2024-08.");
                return null;
            },
        };
        var command = new Command("import-onet",
            "Imports an O*NET release into the database in one transaction: every occupation a role, with its tasks, skills, knowledge, technology, "
            + "education, job zone, interests, related occupations and other titles. A newer release replaces what an older one gave; the same release again changes nothing.")
        {
            paths, version, released,
        }.WithUsage(ImportOnetUsage);
        command.Validators.Add(r =>
        {
            if ((r.GetResult(paths)?.Tokens.Count ?? 0) == 0)
                r.AddError("No folder or file given.");
        });
        command.SetAction(async (parse, ct) =>
        {
            var resolved = (parse.GetValue(paths) ?? []).Select(ResolveFromShell).ToList();
            await using var app = await start(true);
            await using var scope = app.Services.CreateAsyncScope();
            return await ImportCommands.OnetAsync(scope.ServiceProvider, resolved, new ImportOptions(OnetVersion: parse.GetValue(version), OnetReleased: parse.GetValue(released)),
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct);
        });
        return command;
    }

    private static Command ImportCpi(Func<bool, Task<WebApplication>> start)
    {
        var file = new Argument<string>("FILE") { Arity = ArgumentArity.ZeroOrOne, Description = "The CPI-U monthly series: data/cpi/cpi-u-monthly.csv, or a BLS download of series CUUR0000SA0." };
        file.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
                r.AddError($"'{token.Value}' is not an option of import-cpi.");
        });
        var command = new Command("import-cpi",
            "Imports the CPI-U monthly series into the CPI table in one transaction: each year the mean of its months (a year with months missing is the mean of those published, "
            + "and labelled so); a year the file lacks is left as it is. The same file again changes nothing.")
        {
            file,
        }.WithUsage(ImportCpiUsage);
        command.Validators.Add(r =>
        {
            if ((r.GetResult(file)?.Tokens.Count ?? 0) == 0)
                r.AddError("No file given.");
        });
        command.SetAction(async (parse, ct) =>
        {
            var path = ResolveFromShell(parse.GetValue(file)!);
            await using var app = await start(true);
            await using var scope = app.Services.CreateAsyncScope();
            return await ImportCommands.CpiAsync(scope.ServiceProvider, path, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct);
        });
        return command;
    }

    /// <summary>rebuild-summaries: the repair for role summaries out of step (changed by hand in the database): all recomputed in one transaction.</summary>
    private static Command RebuildSummaries(Func<bool, Task<WebApplication>> start)
    {
        var command = new Command("rebuild-summaries",
            "Recomputes every role's stored summary (what lists, search and compare read) in one transaction; running apps evict their cached pages within a second. Only needed after changing the database by hand.")
        {
            Unknown("rebuild-summaries"),
        }.WithUsage("Usage: rebuild-summaries");
        command.SetAction(async (parse, ct) =>
        {
            await using var app = await start(true);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CareerDbContext>();
            var timer = System.Diagnostics.Stopwatch.StartNew();
            var count = await db.RebuildRoleSummariesAsync(ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Rebuilt the summaries of {count} roles in {timer.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        });
        return command;
    }

    private static Command Backup(Func<bool, Task<WebApplication>> start)
    {
        const string noFile = "No file given: say where the backup goes with --to FILE.";
        var to = To("FILE", "Where the copy goes; its folder must exist.", "'--to' is not an option of backup, or needs a file name.", noFile);
        var force = new Option<bool>("--force") { Description = "Replace FILE if it exists." };
        var command = new Command("backup",
            "Writes a consistent copy of the live database, safe while the app runs, checks it and prints its counts. Never creates or migrates the database.")
        {
            to, force, Unknown("backup"),
        }.WithUsage(DatabaseBackup.Usage);
        command.Validators.Add(r => Require(r, to, noFile));
        command.SetAction(async (parse, _) =>
        {
            // A backup copies the database as it is: it never migrates or seeds the live file.
            await using var app = await start(false);
            await using var scope = app.Services.CreateAsyncScope();
            var database = scope.ServiceProvider.GetRequiredService<CareerDbContext>().Database;
            if (database.IsPostgreSql())
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(
                    $"backup copies an SQLite database file; this app uses {DatabaseEngine.Describe(database.GetConnectionString()!)}. Back it up with PostgreSQL's own pg_dump, e.g. pg_dump -Fc -f careerexplorer.dump DATABASE.");
                return 1;
            }
            return await DatabaseBackup.RunAsync(database.GetConnectionString()!,
                parse.GetRequiredValue(to), parse.GetValue(force), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>
    /// copy-to-postgresql: the move from SQLite to a database server, keeping what admins did. The
    /// source is the configured SQLite database, migrated first like any command's (never created:
    /// a missing file is an error); the target must hold no data (see <see cref="DatabaseCopy"/>).
    /// </summary>
    private static Command CopyToPostgreSql(Func<bool, Task<WebApplication>> start)
    {
        const string noTarget = "No target given: say which PostgreSQL database to copy into with --to \"Host=...;Database=...;Username=...;Password=...\".";
        var to = To("CONNECTION", "The PostgreSQL database to copy into, as an Npgsql connection string; it must hold no data (created and migrated if need be).",
            "'--to' is not an option of copy-to-postgresql, or needs a connection string.", noTarget);
        var command = new Command("copy-to-postgresql",
            "Copies the SQLite database (ConnectionStrings__Default) into an empty PostgreSQL database: migrates it, then writes every row of every table "
            + "(data, admins, audit trail, data-protection keys) in one transaction and rebuilds its search index. Stop the app first.")
        {
            to, Unknown("copy-to-postgresql"),
        }.WithUsage(CopyToPostgreSqlUsage);
        command.Validators.Add(r => Require(r, to, noTarget));
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var target = parse.GetRequiredValue(to);
            // Not migrated yet: a missing SQLite file must not be created and seeded, then copied.
            await using var app = await start(false);
            await using var scope = app.Services.CreateAsyncScope();
            var source = scope.ServiceProvider.GetRequiredService<CareerDbContext>();
            if (source.Database.IsPostgreSql())
            {
                await error.WriteLineAsync(
                    $"copy-to-postgresql copies an SQLite database; this app uses {DatabaseEngine.Describe(source.Database.GetConnectionString()!)}. "
                    + "Run it with the old settings: ConnectionStrings__Default the SQLite file, Database__Provider unset (or Sqlite).");
                return 1;
            }
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(source.Database.GetConnectionString()).DataSource;
            if (string.IsNullOrEmpty(file) || !File.Exists(file))
            {
                await error.WriteLineAsync($"There is no database at '{file}'; nothing was copied. Check ConnectionStrings__Default.");
                return 1;
            }
            await app.MigrateAndSeedDatabaseAsync();
            try
            {
                var timer = System.Diagnostics.Stopwatch.StartNew();
                var result = await DatabaseCopy.ToPostgreSqlAsync(source, target, "--to", ct);
                foreach (var table in result.Tables.Where(t => t.Rows > 0))
                    await output.WriteLineAsync(string.Format(Invariant, "  {0}: {1:N0}", table.Table, table.Rows));
                await output.WriteLineAsync(string.Format(Invariant,
                    "Copied {0:N0} rows in {1} tables (of {2}) from {3} to {4} in {5:0.0} s; rebuilt its search index ({6:N0} roles).",
                    result.Rows, result.Tables.Count(t => t.Rows > 0), result.Tables.Count, file, DatabaseEngine.Describe(target), timer.Elapsed.TotalSeconds, result.SearchRows));
                return 0;
            }
            catch (Exception e) when (e is DatabaseCopyException or DatabaseUnreachableException)
            {
                await error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>A --to option that takes one value: <paramref name="noValue"/> when it has none, <paramref name="blank"/> when it is blank.</summary>
    private static Option<string> To(string helpName, string description, string noValue, string blank) => new("--to")
    {
        HelpName = helpName, Arity = ArgumentArity.ZeroOrOne, Description = description,
        CustomParser = r =>
        {
            var value = Given(r);
            if (value is null)
                r.AddError(noValue);
            else if (string.IsNullOrWhiteSpace(value))
                r.AddError(blank);
            return value ?? "";
        },
    };

    /// <summary>A required option, with the command's own message when it is missing.</summary>
    private static void Require(CommandResult result, Option option, string missing)
    {
        if (result.GetResult(option) is null)
            result.AddError(missing);
    }

    /// <summary>
    /// `dotnet run` starts the app in the project's folder, so a relative path typed in the shell
    /// (data/oews/*.csv from the repository root) is taken from the shell's folder ($PWD) when it
    /// is not found where the app runs.
    /// </summary>
    private static string ResolveFromShell(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path) || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } shell)
            return path;
        var fromShell = Path.Combine(shell, path);
        return File.Exists(fromShell) || Directory.Exists(fromShell) ? fromShell : path;
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
