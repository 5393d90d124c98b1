using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>An <see cref="ILoggerProvider"/> that keeps every log record at every level, for assertions.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _records = new();

    public IReadOnlyList<CapturedLog> Records => [.. _records];

    public ILoggerFactory CreateFactory() =>
        LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _records);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IEnumerable<KeyValuePair<string, object?>>;
            records.Enqueue(new CapturedLog(
                category,
                logLevel,
                eventId,
                formatter(state, exception),
                exception?.ToString(),
                properties?.ToDictionary(pair => pair.Key, pair => pair.Value) ?? []));
        }
    }
}

/// <summary>One log record: its formatted message, any exception text and its structured properties.</summary>
public sealed record CapturedLog(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    string? Exception,
    IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>Everything a log sink could write, to search for secrets.</summary>
    public string AllText =>
        string.Join('\n', new[] { Category, Message, Exception ?? string.Empty }.Concat(Properties.Select(pair => $"{pair.Key}={pair.Value}")));
}
