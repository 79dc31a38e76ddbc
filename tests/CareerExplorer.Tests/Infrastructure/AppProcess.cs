using System.Diagnostics;
using System.Text;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The app's dll run as a real process (`dotnet CareerExplorer.Web.dll ...`), as an operator or
/// systemd would: a command that runs to its end, or a server whose output is collected.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process) => _process = process;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    public Task WaitForExitAsync(CancellationToken ct = default) => _process.WaitForExitAsync(ct);

    public int ExitCode => _process.ExitCode;

    /// <summary>The first http(s) address from "Now listening on: ..." (the app was given port 0).</summary>
    public Task<string> ListeningAsync => _listening.Task;

    public static ProcessStartInfo Info(string folder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        info.ArgumentList.Add(Path.Combine(folder, "CareerExplorer.Web.dll"));
        foreach (var a in args)
            info.ArgumentList.Add(a);
        foreach (var name in new[] { "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "CAREEREXPLORER_ADMIN_PASSWORD", "ConnectionStrings__Default" })
            info.Environment.Remove(name);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
            info.Environment[name] = value;
        return info;
    }

    public static AppProcess Start(ProcessStartInfo info)
    {
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Exited += (_, _) => app._listening.TrySetException(new InvalidOperationException("The app exited before it listened:\n" + app.Output));
        process.Start();
        process.StandardInput.Close(); // never interactive
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Runs a command to its end; a minute at most, so a hung command fails the test instead of hanging it.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string folder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        await using var run = Start(Info(folder, environment, args));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await run.WaitForExitAsync(timeout.Token);
        await run.WaitForExitAsync(CancellationToken.None); // the output is complete only after this
        return (run.ExitCode, run.Output);
    }

    /// <summary>Waits (bounded) until the output holds the text, e.g. a log line written just after a response.</summary>
    public async Task<bool> WaitForOutputAsync(string text, int attempts = 100)
    {
        for (var i = 0; i < attempts && !Output.Contains(text, StringComparison.Ordinal); i++)
            await Task.Delay(100);
        return Output.Contains(text, StringComparison.Ordinal);
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
        const string marker = "Now listening on: ";
        if (line.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0)
            _listening.TrySetResult(line[(at + marker.Length)..].Trim());
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
