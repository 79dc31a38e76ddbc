using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace CareerExplorer.Tests.Infrastructure;

/// <summary>What the app logged, kept for assertions: the app's Serilog takes every ILogEventSink registered in its services.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public int Count(LogEventLevel level, string text) => Messages(level, text).Count;

    public IReadOnlyList<string> Messages(LogEventLevel level, string text) =>
        _events.Where(e => e.Level == level).Select(e => e.RenderMessage()).Where(m => m.Contains(text, StringComparison.Ordinal)).ToList();
}
