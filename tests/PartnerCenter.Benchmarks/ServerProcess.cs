using System.Diagnostics;
using PartnerCenter.Emulator;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// A loopback server in a child process (this program run with <c>--serve customer|emulator</c>): the benchmarks'
/// clients then share the process with nothing else, so the memory BenchmarkDotNet counts, and the CPU time
/// <see cref="CostProbe"/> counts, are the client's alone, as they would be against the real service. The child
/// stops when its standard input closes (this process disposing it, or ending in any way).
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const string ReadyPrefix = "listening ";
    private static readonly TimeSpan StartGuard = TimeSpan.FromMinutes(1);
    private readonly Process _process;

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary><c>http://127.0.0.1:port/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts <c>customer</c> (<see cref="CustomerServer"/>) or <c>emulator</c> (250 customers, no throttling) and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(string kind)
    {
        var self = typeof(ServerProcess).Assembly.Location;
        var host = Environment.ProcessPath ?? "dotnet";
        var start = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new ProcessStartInfo(host) { ArgumentList = { self, "--serve", kind } }
            : new ProcessStartInfo(host) { ArgumentList = { "--serve", kind } };
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        using var guard = new CancellationTokenSource(StartGuard);
        var line = await process.StandardOutput.ReadLineAsync(guard.Token);
        if (line is null || !line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The {kind} server did not start: {line ?? "no output"}");
        }

        return new ServerProcess(process, new Uri(line[ReadyPrefix.Length..]));
    }

    /// <summary>The child's side: serve until standard input closes.</summary>
    public static async Task ServeAsync(string kind, TextWriter output)
    {
        await using IAsyncDisposable server = kind switch
        {
            "customer" => await CustomerServer.StartAsync(),
            "emulator" => await PartnerCenterEmulator.StartAsync(new EmulatorOptions { Throttling = new ThrottlingOptions { PermitLimit = 0 } }),
            _ => throw new ArgumentException($"Unknown server '{kind}': customer or emulator.", nameof(kind)),
        };
        var address = server is CustomerServer customer ? customer.BaseAddress : ((PartnerCenterEmulator)server).BaseAddress;
        await output.WriteLineAsync(ReadyPrefix + address);
        await output.FlushAsync();
        await Console.In.ReadToEndAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
