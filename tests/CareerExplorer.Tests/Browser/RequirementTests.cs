namespace CareerExplorer.Tests.Browser;

/// <summary>The test run installs nothing: a missing part stops a fixture at once, saying what it is and what installs it.</summary>
public class RequirementTests
{
    [Fact]
    public void RequireProgram_Missing_FailsNamingItAndCiRun()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-program-{Guid.NewGuid():N}");

        var error = Assert.Throws<InvalidOperationException>(() => BrowserFixture.RequireProgram(missing, "Debian's nginx package"));

        Assert.Contains(missing, error.Message);
        Assert.Contains("Debian's nginx package", error.Message);
        Assert.Contains(".ci/run installs it", error.Message);
    }

    [Fact]
    public void RequireProgram_Present_Passes() => BrowserFixture.RequireProgram("/bin/sh", "a shell");
}
