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
