using System.Diagnostics;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Cli;

/// <summary>
/// Ctrl+C sent to the tool while its call is pending. Run alone, after the parallel tests: under a full parallel
/// run on a loaded machine (load 20) the tool did not exit within a minute of the signal in three runs of three, while it
/// exits at once when this is the only test running. Run alone it still failed once in a loaded full-solution run
/// (other test assemblies and a build running beside it): the cause is not found yet (see the closing note of issue 7).
/// </summary>
[Collection(SignalTests.Collection)]
public sealed class CliSignalTests
{
    [Fact]
    public async Task Ctrl_C_cancels_a_pending_call_and_exits_130()
    {
        if (OperatingSystem.IsWindows())
        {
            // Delivering Ctrl+C to another process's console is not possible from here on Windows.
            return;
        }

        // The call is pending until cancelled; Ctrl+C is sent once the server has this call's request. A customer id
        // of this test's own tells it from a stray connection (another test's tool, sent to a port it believed
        // closed, which the system has since handed to this server): a signal sent before the tool is running its
        // command would end it the default way, without its message.
        using var silent = new SilentServer();
        // Hang guards, not measurements, one per phase: a loaded machine can take long to start the tool, and that
        // must not eat into the time it has to answer the signal.
        using var startGuard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var customerId = Guid.NewGuid().ToString();
        var strays = new List<System.Net.Sockets.TcpClient>();

        var result = await CliRunner.RunAsync(
            ["customers", "get", customerId, "--endpoint", silent.Endpoint.ToString()],
            CliFacts.TokenEnvironment,
            async process =>
            {
                System.Net.Sockets.TcpClient connection;
                while (!await RequestLineContainsAsync(connection = await silent.AcceptAsync(startGuard.Token), customerId, startGuard.Token))
                {
                    strays.Add(connection);
                }

                using var accepted = connection;
                using var kill = Process.Start("kill", ["-s", "INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync();
                using var exitGuard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
                await process.WaitForExitAsync(exitGuard.Token);
            });

        strays.ForEach(stray => stray.Dispose());
        Assert.True(result.ExitCode == 130, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal("cancelled.", Assert.Single(result.ErrorLines));
    }


    /// <summary>Reads the request's first line from the connection, and whether it names <paramref name="text"/>.</summary>
    private static async Task<bool> RequestLineContainsAsync(System.Net.Sockets.TcpClient connection, string text, CancellationToken cancellationToken)
    {
        var stream = connection.GetStream();
        var received = new List<byte>();
        var buffer = new byte[1];
        while (await stream.ReadAsync(buffer, cancellationToken) == 1 && buffer[0] != (byte)'\n')
        {
            received.Add(buffer[0]);
        }

        return System.Text.Encoding.ASCII.GetString([.. received]).Contains(text, StringComparison.Ordinal);
    }
}

/// <summary>The collection of tests that send signals to processes: not run in parallel with anything.</summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class SignalTests
{
    public const string Collection = "Signals";
}
