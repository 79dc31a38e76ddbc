using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>A clock that always reads one moment (its timers are the system's): for pages that print today's date.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The moment the fixed-clock apps live in: 3 December 2026, 15:00 UTC.</summary>
    public static readonly DateTimeOffset Moment = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>The app's clock replaced by one fixed at <see cref="Moment"/>.</summary>
    public static void Use(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Moment)));
}

/// <summary>The seeded app on 3 December 2026 (<see cref="FixedClock.Moment"/>).</summary>
public sealed class FixedClockApp : CareerAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        FixedClock.Use(builder);
    }
}

/// <summary>The app over the seed, OEWS May 2023, O*NET 29.0 and the projections, on 3 December 2026.</summary>
public sealed class FixedClockOfficialDataApp : OfficialDataApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        FixedClock.Use(builder);
    }
}
