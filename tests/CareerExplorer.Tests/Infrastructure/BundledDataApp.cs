using System.Diagnostics;
using System.Runtime.InteropServices;
using CareerExplorer.Web.Services.Importing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>
/// The app with the background import of the bundled official data on (OfficialData:ImportOnStart),
/// reading the data folder a test made (OfficialData:Directory), with what it logs kept.
/// </summary>
public sealed class BundledDataApp : CareerAppFactory
{
    /// <summary>How long a test waits for the import to get somewhere: generous, for a busy machine; never a measure.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly string _dataFolder;
    private readonly bool _fresh;

    /// <param name="fresh">True: the app creates, migrates and seeds its database itself, as on a new install.</param>
    public BundledDataApp(string dataFolder, bool fresh = false)
    {
        _dataFolder = dataFolder;
        _fresh = fresh;
    }

    private BundledDataApp(string dataFolder, string databasePath) : base(databasePath) => _dataFolder = dataFolder;

    /// <summary>A later start of the same install: over the database of another app, which keeps it.</summary>
    public static BundledDataApp Restart(string dataFolder, string databasePath) => new(dataFolder, databasePath);

    protected override bool StartsFromSeededCopy => !_fresh;

    public LogCapture Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OfficialData:ImportOnStart", "true");
        builder.UseSetting("OfficialData:Directory", _dataFolder);
        builder.UseSetting("Serilog:MinimumLevel:Override:CareerExplorer.Web.Services.Importing.BundledDataImport", "Information");
        builder.ConfigureServices(s => s.AddSingleton<ILogEventSink>(Log));
    }

    public BundledDataStatus StatusService => Services.GetRequiredService<BundledDataStatus>();

    public BundledDataSnapshot Status => StatusService.Current;

    /// <summary>Waits until the import's status satisfies <paramref name="condition"/>; fails after <see cref="Patience"/>.</summary>
    public async Task<BundledDataSnapshot> WaitForAsync(Func<BundledDataSnapshot, bool> condition, string what)
    {
        _ = Server;
        var timer = Stopwatch.StartNew();
        while (!condition(Status))
        {
            Assert.True(timer.Elapsed < Patience,
                $"Not seen within {Patience.TotalMinutes} minutes: {what}. Status: {Status.Phase}, "
                + string.Join(", ", Status.Releases.Select(r => $"{r.Release} {r.State}")));
            await Task.Delay(20);
        }
        return Status;
    }
}

/// <summary>A data folder for OfficialData:Directory, in the app's layout (oews/...), holding the files a test chooses.</summary>
public sealed class BundledFolder : IDisposable
{
    private readonly List<GatedFile> _gates = [];

    public string Path { get; } = Directory.CreateTempSubdirectory("careerexplorer-bundled-").FullName;

    public string Oews => Directory.CreateDirectory(System.IO.Path.Combine(Path, "oews")).FullName;

    /// <summary>The app's own file of that release (data/oews in the build output): the 2023 workbook, the CSV otherwise.</summary>
    public static string RealFile(int year) => year == 2023
        ? Services.Oews.OewsWorkbookTests.Path2023
        : Services.Oews.OewsCsv.RealFile(year);

    public BundledFolder WithReal(params int[] years)
    {
        foreach (var year in years)
            File.Copy(RealFile(year), System.IO.Path.Combine(Oews, System.IO.Path.GetFileName(RealFile(year))));
        return this;
    }

    /// <summary>The app's own O*NET 29.0 release (data/onet/29.0), as data/onet/29.0 of this folder.</summary>
    public BundledFolder WithOnet()
    {
        var release = Directory.CreateDirectory(System.IO.Path.Combine(Path, "onet", "29.0")).FullName;
        foreach (var file in Directory.EnumerateFiles(OnetApp.ReleaseFolder))
            File.Copy(file, System.IO.Path.Combine(release, System.IO.Path.GetFileName(file)));
        return this;
    }

    public BundledFolder With(string name, byte[] content)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Oews, name), content);
        return this;
    }

    /// <summary>A file the app finds at once but cannot read until the test lets it (see <see cref="GatedFile"/>).</summary>
    public GatedFile Gated(string name)
    {
        var gate = new GatedFile(System.IO.Path.Combine(Oews, name));
        _gates.Add(gate);
        return gate;
    }

    public void Dispose()
    {
        foreach (var gate in _gates)
            gate.Dispose();
        Directory.Delete(Path, recursive: true);
    }
}

/// <summary>
/// A named pipe (FIFO) where a bundled file should be: its name is listed like any file's, but
/// opening it to read waits until the test opens it to write. So a test holds the import at that
/// release for as long as it needs to look at the pages, with no timing involved.
/// </summary>
public sealed class GatedFile : IDisposable
{
    private readonly string _path;
    private bool _opened;

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);

    public GatedFile(string path)
    {
        _path = path;
        if (MakeFifo(path, Convert.ToUInt32("600", 8)) != 0)
            throw new InvalidOperationException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Lets the reader in and hands it <paramref name="content"/> (returns once it has read all of it).</summary>
    public Task OpenAsync(byte[] content)
    {
        _opened = true;
        return Task.Run(() =>
        {
            using var pipe = new FileStream(_path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            pipe.Write(content);
        });
    }

    /// <summary>A reader still waiting is let in with an empty file: opening a FIFO both ways never waits.</summary>
    public void Dispose()
    {
        if (_opened)
            return;
        _opened = true;
        using var _ = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
    }
}
