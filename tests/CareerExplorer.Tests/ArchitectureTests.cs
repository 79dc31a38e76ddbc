using System.Reflection;
using CareerExplorer.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerExplorer.Tests;

public class ArchitectureTests
{
    /// <summary>Pages ask services for read models; only services touch the DbContext.</summary>
    [Fact]
    public void PageModels_NeverDependOnTheDbContext()
    {
        var pageModels = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        Assert.NotEmpty(pageModels);

        var offenders = pageModels
            .Where(t => t.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => typeof(CareerDbContext).IsAssignableFrom(p.ParameterType))
                     || t.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Any(f => typeof(CareerDbContext).IsAssignableFrom(f.FieldType))
                     || t.GetProperties().Any(p => typeof(CareerDbContext).IsAssignableFrom(p.PropertyType)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }
}

/// <summary>
/// The layers point one way: rules (no EF, no web) &lt;- data (entities, configurations,
/// migrations) &lt;- services and importers &lt;- pages, API and commands (Infrastructure, the
/// composition root). Each arrow is a test; a type that breaks one is named.
/// </summary>
public class LayerTests
{
    private const string App = "CareerExplorer.Web";

    private static void AssertHolds(NetArchTest.Rules.ConditionList rule, string what)
    {
        var result = rule.GetResult();
        Assert.True(result.IsSuccessful, $"{what}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    private static NetArchTest.Rules.PredicateList In(string layer) =>
        NetArchTest.Rules.Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace($"{App}.{layer}");

    [Fact]
    public void Rules_DependOnNoOtherLayer_NorOnEfCoreOrAspNetCore() => AssertHolds(
        In("Rules").ShouldNot().HaveDependencyOnAny($"{App}.Data", $"{App}.Services", $"{App}.Pages", $"{App}.Api", $"{App}.Infrastructure",
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions"),
        "rules that depend on another layer, EF Core or ASP.NET Core");

    [Fact]
    public void Data_DependsOnlyOnRules_NeverOnServicesPagesApiOrTheWebStack() => AssertHolds(
        In("Data").ShouldNot().HaveDependencyOnAny($"{App}.Services", $"{App}.Pages", $"{App}.Api", $"{App}.Infrastructure",
            "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Razor"),
        "data types that depend on a higher layer or on the web stack");

    [Fact]
    public void Services_NeverDependOnPagesApiOrTheCompositionRoot() => AssertHolds(
        In("Services").ShouldNot().HaveDependencyOnAny($"{App}.Pages", $"{App}.Api", $"{App}.Infrastructure",
            "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Razor"),
        "services that depend on pages, the API, Infrastructure or MVC");

    /// <summary>The load-test data generator is a tool of its own (tests/CareerExplorer.ScaleData), not shipped with the app.</summary>
    [Fact]
    public void TheScaleDataGenerator_IsNotInTheApp() =>
        Assert.DoesNotContain(typeof(Program).Assembly.GetTypes(), t => t.Name.Contains("ScaleData", StringComparison.Ordinal));

    [Fact]
    public void Pages_NeverDependOnTheApi() => AssertHolds(
        In("Pages").ShouldNot().HaveDependencyOn($"{App}.Api"), "pages that depend on the API");

    [Fact]
    public void Api_NeverDependsOnPages() => AssertHolds(
        In("Api").ShouldNot().HaveDependencyOn($"{App}.Pages"), "API types that depend on pages");
}
