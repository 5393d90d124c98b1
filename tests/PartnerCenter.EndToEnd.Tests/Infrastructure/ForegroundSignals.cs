using System.Runtime.InteropServices;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Starts processes the way an interactive shell starts a foreground command: with SIGINT, SIGQUIT and SIGTERM at
/// their default dispositions, even when this test host inherited them ignored.
/// </summary>
/// <remarks>
/// A non-interactive shell starts a background job (<c>dotnet test … &amp;</c> in a script, a job beside a build
/// loop) with SIGINT and SIGQUIT ignored; <c>dotnet test</c>, vstest and the test host pass an ignored disposition on
/// to their children, because exec keeps it. The .NET runtime respects a signal that was ignored when the process
/// started: it installs no handler for it, so <c>PosixSignalRegistration</c> (System.CommandLine's Ctrl+C handling)
/// never hears of it. The tool then sat out the test's Ctrl+C on its pending call, which looked like a hang "under
/// load". Ctrl+C in a terminal reaches a foreground command whose SIGINT is at its default, so that is how the
/// tool is started here. Process.Start has no setting for it; the test host's own disposition is set to the
/// default around the start (children keep a default or ignored disposition across fork and exec) and put back at
/// once.
/// </remarks>
internal static class ForegroundSignals
{
    // The same numbers on Linux and macOS.
    private const int SigInt = 2;
    private const int SigQuit = 3;
    private const int SigTerm = 15;

    private static readonly int[] Signals = [SigInt, SigQuit, SigTerm];

    // struct sigaction starts with the handler on Linux and macOS; a zeroed one is SIG_DFL with no flags and an
    // empty mask. 256 bytes is more than either system's struct needs (Linux x64: 152).
    private const int SigactionSize = 256;
    private static readonly nint SigIgn = 1;

    private static readonly Lock StartLock = new();

    /// <summary>Runs <paramref name="start"/> (which starts a process) with the terminating signals at their defaults.</summary>
    public static T Start<T>(Func<T> start)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (OperatingSystem.IsWindows())
        {
            return start();
        }

        lock (StartLock)
        {
            var saved = new List<(int Signal, nint Action)>();
            var defaultAction = Marshal.AllocHGlobal(SigactionSize);
            try
            {
                Clear(defaultAction);
                foreach (var signal in Signals)
                {
                    var current = Marshal.AllocHGlobal(SigactionSize);
                    Clear(current);
                    if (sigaction(signal, 0, current) != 0 || Marshal.ReadIntPtr(current) != SigIgn)
                    {
                        Marshal.FreeHGlobal(current);
                        continue;
                    }

                    saved.Add((signal, current));
                    if (sigaction(signal, defaultAction, 0) != 0)
                    {
                        throw new InvalidOperationException($"Could not set signal {signal} to its default disposition (errno {Marshal.GetLastPInvokeError()}).");
                    }
                }

                return start();
            }
            finally
            {
                // Put back what this host had: it was started not to be interrupted, and stays so.
                foreach (var (signal, action) in saved)
                {
                    _ = sigaction(signal, action, 0);
                    Marshal.FreeHGlobal(action);
                }

                Marshal.FreeHGlobal(defaultAction);
            }
        }
    }

    /// <summary>Whether process <paramref name="processId"/> ignores SIGINT, where the system says (Linux); otherwise null.</summary>
    public static bool? IgnoresInterrupt(int processId)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(text => text.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is null
            ? null
            : (ulong.Parse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) & (1UL << (SigInt - 1))) != 0;
    }

    private static void Clear(nint buffer) => Marshal.Copy(new byte[SigactionSize], 0, buffer, SigactionSize);

    // DllImport, not LibraryImport: the signature is blittable, and LibraryImport would need unsafe code enabled.
    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int sigaction(int signal, nint action, nint oldAction);
}
