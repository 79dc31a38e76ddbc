using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using CareerExplorer.Web.Data;
using CareerExplorer.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerExplorer.ScaleData;

/// <summary>
/// The tool's command line: --roles and --seed. The database is the app's (ConnectionStrings__Default,
/// a relative file taken from the current folder), migrated and seeded first by the app's own code.
/// </summary>
public sealed class ScaleDataCommand : RootCommand
{
    public static readonly string Usage = string.Create(CultureInfo.InvariantCulture,
        $"Usage: CareerExplorer.ScaleData [--roles N] [--seed S]   (N from 1 to {ScaleDataGenerator.MaxRoles}, default {ScaleDataGenerator.DefaultRoles}; "
        + $"S any integer, default {ScaleDataGenerator.DefaultSeed}; the database from ConnectionStrings__Default)");

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Nullable, without a default value: given without a value, an option gets its own message.
    public Option<int?> Roles { get; } = new("--roles")
    {
        HelpName = "N", Arity = ArgumentArity.ZeroOrOne,
        Description = $"How many roles to add, 1 to {ScaleDataGenerator.MaxRoles} (default {ScaleDataGenerator.DefaultRoles}); sources, figures and skills (up to {ScaleDataGenerator.SkillNames}) scale with it.",
        CustomParser = r => WholeNumber(r, "--roles") is not { } n ? null
            : n is >= 1 and <= ScaleDataGenerator.MaxRoles ? n
            : Refuse(r, $"--roles must be between 1 and {ScaleDataGenerator.MaxRoles}, not {n}."),
    };

    public Option<int?> Seed { get; } = new("--seed")
    {
        HelpName = "S", Arity = ArgumentArity.ZeroOrOne,
        Description = $"The random seed (default {ScaleDataGenerator.DefaultSeed}): the same seed always gives the same rows.",
        CustomParser = r => WholeNumber(r, "--seed"),
    };

    public ScaleDataCommand() : base(
        "Adds a large, made-up but realistic data set (roles, sources, skills, figures, career steps; slugs starting with "
        + $"'{ScaleDataGenerator.SlugPrefix}') to the database named by ConnectionStrings__Default, in one transaction, once: a database that "
        + "already holds generated data is refused (exit code 1). The database is created, migrated and seeded first, as the app does.")
    {
        Options.Add(Roles);
        Options.Add(Seed);
        Arguments.Add(CommandLine.Unknown("CareerExplorer.ScaleData"));
        this.WithUsage(Usage);
        SetAction(async (parse, ct) =>
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
            builder.AddCareerLogging();
            builder.Services.AddCareerData(builder.Configuration, builder.Environment);
            using var host = builder.Build();
            await host.MigrateAndSeedDatabaseAsync();
            await using var scope = host.Services.CreateAsyncScope();
            return await GenerateAsync(scope.ServiceProvider, RolesOf(parse), SeedOf(parse),
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct);
        });
    }

    public int RolesOf(ParseResult parse) => parse.GetValue(Roles) ?? ScaleDataGenerator.DefaultRoles;

    public int SeedOf(ParseResult parse) => parse.GetValue(Seed) ?? ScaleDataGenerator.DefaultSeed;

    /// <summary>
    /// Adds a generated data set for scale testing on top of what the database holds, once: a
    /// database that already has generated data is refused (exit code 1) and left as it is.
    /// </summary>
    public static async Task<int> GenerateAsync(IServiceProvider services, int roles, int seed, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<CareerDbContext>();
        if (await ScaleDataGenerator.HasGeneratedDataAsync(db, ct))
        {
            await error.WriteLineAsync(
                $"The database already holds generated scale data (roles whose slug starts with '{ScaleDataGenerator.SlugPrefix}'); nothing was added. Generate into a fresh database instead.");
            return 1;
        }
        var clock = services.GetRequiredService<TimeProvider>();
        var timer = Stopwatch.StartNew();
        var plan = ScaleDataGenerator.Plan(roles, seed);
        var planned = timer.Elapsed;
        var counts = await ScaleDataGenerator.WriteAsync(db, plan, clock, ct);
        timer.Stop();

        await output.WriteLineAsync(string.Format(Invariant, "Added generated scale data (--roles {0}, --seed {1}) in {2:0.0} s ({3:0.0} s generating, {4:0.0} s writing):",
            roles, seed, timer.Elapsed.TotalSeconds, planned.TotalSeconds, (timer.Elapsed - planned).TotalSeconds));
        foreach (var (count, what) in new[]
        {
            (counts.Roles, "roles"), (counts.RoleAliases, "role aliases"), (counts.Sources, "sources"), (counts.Skills, "skills"),
            (counts.RoleSkills, "role skills"), (counts.SalaryFigures, "salary figures"), (counts.OutlookFigures, "outlook figures"),
            (counts.CareerSteps, "career steps"),
        })
            await output.WriteLineAsync(string.Format(Invariant, "  {0,8:N0} {1}", count, what));
        return 0;
    }

    /// <summary>The option's whole number; else null, refused with today's message.</summary>
    private static int? WholeNumber(ArgumentResult result, string option)
    {
        var given = CommandLine.Given(result);
        if (int.TryParse(given, NumberStyles.AllowLeadingSign, Invariant, out var number))
            return number;
        result.AddError($"{option} needs a whole number{(given is null ? "" : $", not '{given}'")}.");
        return null;
    }

    private static int? Refuse(ArgumentResult result, string problem)
    {
        result.AddError(problem);
        return null;
    }
}
