using System.Runtime.InteropServices;

namespace PartnerCenter.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM: the first cancels the command's token, so the call in flight ends and the command
/// says <c>cancelled.</c> and exits 130 after SIGINT, 143 after SIGTERM (see <see cref="Session"/> and
/// <see cref="CommandLine"/>); a second one ends the process the default way, for a command that does not stop.
/// </summary>
/// <remarks>
/// System.CommandLine's own handling is not used. It registers its handler only as it starts the command and
/// learns of the command's task only once the command first awaits, so a signal in between (the request can
/// already be on the wire) made it return the signal's exit code at once, without the command's message; and a
/// command that took longer than <c>ProcessTerminationTimeout</c> to unwind (a loaded machine) was cut short the
/// same way. Here the handler is in place before the command starts, and the command always finishes its own
/// cancellation. A signal the tool was started with ignored (a background job of a script) stays ignored, as the
/// .NET runtime keeps it.
/// </remarks>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signals;
    private PosixSignal? _first;

    private Interruption()
    {
        _registrations = OperatingSystem.IsAndroid() || OperatingSystem.IsIOS() || OperatingSystem.IsTvOS() || OperatingSystem.IsBrowser()
            ? []
            : [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    /// <summary>Cancelled by the first Ctrl+C or SIGTERM.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>
    /// The exit code of a command this cancelled: 128 + the signal's number, as shells report a process a signal
    /// ended (130 for SIGINT, 143 for SIGTERM), so a supervisor that sent SIGTERM sees its own signal.
    /// </summary>
    public int CancelledExitCode => _first == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Cancelled;

    public static Interruption Register() => new();

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancellation.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _signals) > 1)
        {
            // Asked again: the default action ends the process.
            return;
        }

        context.Cancel = true;
        _first = context.Signal;
        try
        {
            // Callbacks run on the thread pool, not on the runtime's signal thread.
            _ = _cancellation.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The command has finished and the tool is exiting.
        }
    }
}
