using System.Diagnostics;
using System.Text;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The app's dll run as a real process (`dotnet CareerExplorer.Web.dll ...`), as an operator or
/// systemd would: a command that runs to its end, or a server whose output is collected. Either
/// from a published folder, or from the test output (where data/oews and data/seed are) over a
/// test database (a file, or a PostgreSQL database when the run is on PostgreSQL).
/// </summary>
public sealed class AppProcess : IDisposable, IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _all = new(), _standardOutput = new(), _standardError = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process) => _process = process;

    /// <summary>Everything the process wrote to stdout and stderr so far, in order.</summary>
    public string Output
    {
        get { lock (_all) return _all.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The first http(s) address from "Now listening on: ..." (the app was given port 0).</summary>
    public Task<string> ListeningAsync => _listening.Task;

    /// <summary>Waits for the exit; once it returns without a token, the output is complete.</summary>
    public Task WaitForExitAsync(CancellationToken ct = default) => _process.WaitForExitAsync(ct);

    /// <summary>Waits for the exit (bounded) and returns the exit code, stdout and stderr.</summary>
    public async Task<(int Code, string Output, string Error)> WaitForExitAsync(TimeSpan timeout)
    {
        using (var cancel = new CancellationTokenSource(timeout))
            await _process.WaitForExitAsync(cancel.Token);
        await _process.WaitForExitAsync(CancellationToken.None);
        lock (_all)
            return (_process.ExitCode, _standardOutput.ToString(), _standardError.ToString());
    }

    public static ProcessStartInfo Info(string folder, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Info(folder, "CareerExplorer.Web.dll", environment, args);

    /// <summary>Another program of the build output, e.g. the scale-data tool (CareerExplorer.ScaleData.dll).</summary>
    public static ProcessStartInfo Info(string folder, string dll, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        info.ArgumentList.Add(Path.Combine(folder, dll));
        foreach (var a in args)
            info.ArgumentList.Add(a);
        foreach (var name in new[] { "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "CAREEREXPLORER_ADMIN_PASSWORD", "ConnectionStrings__Default", "Database__Provider", "ConnectionStrings__Redis" })
            info.Environment.Remove(name);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // The bundled OEWS releases stay out unless a test is about them (it sets this itself).
        info.Environment["OfficialData__ImportOnStart"] = "false";
        foreach (var (name, value) in environment)
            info.Environment[name] = value;
        return info;
    }

    public static AppProcess Start(ProcessStartInfo info)
    {
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) => app.Append(e.Data, app._standardOutput);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data, app._standardError);
        process.Exited += (_, _) => app._listening.TrySetException(new InvalidOperationException("The app exited before it listened:\n" + app.Output));
        process.Start();
        process.StandardInput.Close(); // never interactive
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>The built app (the test output folder) over a test database (<see cref="CareerAppFactory.ProcessEnvironment"/>).</summary>
    /// <param name="environment">Variables to set; a null value removes one.</param>
    public static AppProcess Start(string database, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = Info(AppContext.BaseDirectory, CareerAppFactory.ProcessEnvironment(database), [.. args]);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                info.Environment.Remove(name);
            else
                info.Environment[name] = value;
        }
        return Start(info);
    }

    /// <summary>Runs a command to its end; a minute at most, so a hung command fails the test instead of hanging it.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string folder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        await using var run = Start(Info(folder, environment, args));
        var (code, _, _) = await run.WaitForExitAsync(TimeSpan.FromMinutes(1));
        return (code, run.Output);
    }

    /// <summary>Runs a command of the built app on a database file to its end, within the timeout.</summary>
    public static async Task<(int Code, string Output, string Error)> RunAsync(
        string database, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        await using var process = Start(database, args, environment);
        return await process.WaitForExitAsync(timeout);
    }

    /// <summary>The address the app listens on with this scheme (http or https), once it said so; for an app given several endpoints.</summary>
    public async Task<string> ListeningOnAsync(string scheme)
    {
        Assert.True(await WaitForOutputAsync($"Now listening on: {scheme}://"), Output);
        return System.Text.RegularExpressions.Regex.Match(Output, $@"Now listening on: ({scheme}://[^\s/]+)").Groups[1].Value;
    }

    /// <summary>Waits (bounded) until the output holds the text, e.g. a log line written just after a response.</summary>
    public async Task<bool> WaitForOutputAsync(string text, int attempts = 100)
    {
        for (var i = 0; i < attempts && !Output.Contains(text, StringComparison.Ordinal); i++)
            await Task.Delay(100);
        return Output.Contains(text, StringComparison.Ordinal);
    }

    private void Append(string? line, StringBuilder stream)
    {
        if (line is null)
            return;
        lock (_all)
        {
            _all.AppendLine(line);
            stream.AppendLine(line);
        }
        const string marker = "Now listening on: ";
        if (line.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0)
            _listening.TrySetResult(line[(at + marker.Length)..].Trim());
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
