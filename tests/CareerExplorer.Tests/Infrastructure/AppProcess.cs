using System.Diagnostics;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The built app run as a process on a database file (`dotnet CareerExplorer.Web.dll COMMAND ...`
/// from the test output, where data/oews and data/seed are), as an operator would run it.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private AppProcess(Process process)
    {
        _process = process;
        process.StandardInput.Close(); // not interactive: no prompt possible
        // Read from the start, so a chatty process never blocks on a full pipe.
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <param name="environment">Variables to set; a null value removes one.</param>
    public static AppProcess Start(string database, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        info.ArgumentList.Add("CareerExplorer.Web.dll");
        foreach (var a in args)
            info.ArgumentList.Add(a);
        info.Environment["ConnectionStrings__Default"] = $"Data Source={database}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                info.Environment.Remove(name);
            else
                info.Environment[name] = value;
        }
        return new AppProcess(Process.Start(info)!);
    }

    /// <summary>Starts the command and waits for it to exit.</summary>
    public static async Task<(int Code, string Output, string Error)> RunAsync(
        string database, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var process = Start(database, args, environment);
        return await process.WaitForExitAsync(timeout);
    }

    public bool HasExited => _process.HasExited;

    public async Task<(int Code, string Output, string Error)> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return (_process.ExitCode, await _output, await _error);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
