using Microsoft.Extensions.Hosting;
using PartnerCenter.Emulator.Faults;
using PartnerCenter.Emulator.Hosting;
using PartnerCenter.Emulator.Recording;

namespace PartnerCenter.Emulator;

/// <summary>
/// A running Partner Center emulator: a real HTTP server on 127.0.0.1. Start one in-process with
/// <see cref="StartAsync"/> and dispose it to stop it, or run it as a program with <see cref="RunAsync"/>.
/// </summary>
public sealed class PartnerCenterEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RequestLog _requestLog;

    private PartnerCenterEmulator(WebApplication app, RequestLog requestLog, Uri baseAddress)
    {
        _app = app;
        _requestLog = requestLog;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the emulator listens, with a trailing slash: <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The recent Partner Center requests, oldest first (the same list as <c>GET /emulator/requests</c>).</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requestLog.Snapshot();

    /// <summary>Forgets the recorded requests, for tests that share one emulator.</summary>
    public void ClearRequests() => _requestLog.Clear();

    /// <summary>
    /// Waits until the request log holds at least <paramref name="count"/> requests and returns them. An answered
    /// request is in the log before its response reaches the client, and a dropped one before its connection goes;
    /// only a request its client gave up on is recorded later, once the server notices: wait for that one here.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1 or above the log's capacity.</exception>
    public Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count, CancellationToken cancellationToken = default) =>
        _requestLog.WaitForRecordedAsync(count, cancellationToken);

    /// <summary>
    /// Waits until at least <paramref name="count"/> requests are being held back by injected latency
    /// (<see cref="FaultOptions.LatencyMilliseconds"/>) at the same time: the moment to advance the emulator's
    /// clock, or to cancel a client, knowing the request has reached the server and is not answered.
    /// </summary>
    public Task WaitForHeldRequestsAsync(int count, CancellationToken cancellationToken = default) =>
        _app.Services.GetRequiredService<HeldRequests>().WaitForAsync(count, cancellationToken);

    /// <summary>
    /// Starts an emulator inside the current process and returns once it accepts connections. Configuration
    /// files and environment variables of the hosting process are ignored: only <paramref name="options"/> count.
    /// </summary>
    public static Task<PartnerCenterEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(options ?? new EmulatorOptions(), TimeProvider.System, cancellationToken);

    /// <summary>
    /// Starts an emulator, as <see cref="StartAsync(EmulatorOptions?, CancellationToken)"/> does, whose throttling
    /// windows, injected latency and request timestamps run on <paramref name="clock"/>: a test passes a fake
    /// clock and advances it instead of waiting. The HTTP server itself keeps real time.
    /// </summary>
    public static async Task<PartnerCenterEmulator> StartAsync(EmulatorOptions options, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            // Fixed, so a host process running as Development does not change the emulator's behaviour.
            EnvironmentName = Environments.Production,
        });

        // Whatever appsettings.json or environment the host process has is not the emulator's configuration.
        // An empty in-memory source remains for the settings the host writes itself (the listening URL).
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        // Logs go to standard error so a command-line tool's standard output stays its own.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        var requestLog = new RequestLog(options.RequestLogCapacity);
        var app = EmulatorApplication.Build(builder, options, requestLog, clock);
        await ApplicationAddress.StartOrDisposeAsync(app, cancellationToken);
        return new PartnerCenterEmulator(app, requestLog, ApplicationAddress.Of(app));
    }

    /// <summary>
    /// Runs the emulator as a program until Ctrl+C or SIGTERM and returns its exit code. Reads the
    /// <c>Emulator</c> configuration section (command line <c>--Emulator:Port=5000</c>, environment
    /// <c>Emulator__Port</c>); a standard <c>--urls</c> supplies the port when <c>Emulator:Port</c> is not set,
    /// but the host is always 127.0.0.1. Prints the address it listens on to standard output.
    /// </summary>
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        StandaloneHost.RunAsync(args, cancellationToken);

    /// <summary>Stops the server, waiting briefly for requests in flight.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
