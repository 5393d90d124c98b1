using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using PartnerCenter.Customers;
using PartnerCenter.Emulator;

namespace PartnerCenter.Cli;

/// <summary>
/// Runs one command's calls: checks the connection options and credentials before anything is sent, picks the
/// service (real, or the built-in emulator when nothing says otherwise), creates the client, runs the calls, and
/// turns every failure into its exit code and one line on standard error.
/// </summary>
internal static class Session
{
    // The emulator accepts any well-formed bearer token; it has no identity provider behind it.
    private const string EmulatorToken = "emulator";

    /// <summary>Runs <paramref name="calls"/> against the service the options select.</summary>
    /// <param name="invocation">Where to write, the environment, cancellation.</param>
    /// <param name="connection">The connection options.</param>
    /// <param name="calls">The command's work; returns the exit code.</param>
    /// <param name="embeddedSandbox">Whether a built-in emulator, if one is started, plays an integration sandbox account.</param>
    public static async Task<int> RunAsync(
        CliInvocation invocation,
        ConnectionRequest connection,
        Func<Target, Task<int>> calls,
        bool embeddedSandbox = false)
    {
        if (connection.Resilience.AttemptTimeout > connection.Resilience.TotalTimeout)
        {
            return await invocation.FailAsync(
                ExitCodes.UsageError,
                $"error: --attempt-timeout ({connection.Resilience.AttemptTimeout.TotalSeconds} s) is longer than --timeout ({connection.Resilience.TotalTimeout.TotalSeconds} s): lower it or raise --timeout.");
        }

        Uri? endpoint = null;
        if (connection.Endpoint is { } endpointText && !TryParseEndpoint(endpointText, out endpoint))
        {
            return await invocation.FailAsync(
                ExitCodes.UsageError,
                $"error: --endpoint '{endpointText}' is not an absolute http or https URL, such as https://api.partnercenter.microsoft.com.");
        }

        if (endpoint is not null && endpoint.Scheme == Uri.UriSchemeHttp && !endpoint.IsLoopback && !connection.AllowInsecureHttp)
        {
            return await invocation.FailAsync(
                ExitCodes.UsageError,
                $"error: --endpoint {endpoint.GetLeftPart(UriPartial.Authority)} is plain http to another machine: the token and the customer data would cross the network unencrypted. Use https://, or add --allow-insecure-http to accept that (a trusted private network).");
        }

        var credentials = Credentials.Read(invocation.Environment);
        if (credentials is Credentials.Invalid invalid)
        {
            return await invocation.FailAsync(ExitCodes.UsageError, $"error: {invalid.Problem}");
        }

        var useEmulator = credentials is Credentials.None && endpoint is null && connection.Cloud is null;
        if (!useEmulator && credentials is Credentials.None)
        {
            return await invocation.FailAsync(
                ExitCodes.UsageError,
                $"error: no credentials for {endpoint?.ToString() ?? $"the {connection.Cloud} cloud"}: set {EnvironmentVariables.Token}, or {EnvironmentVariables.AzureTenantId}, {EnvironmentVariables.AzureClientId} and {EnvironmentVariables.AzureClientSecret}.");
        }

        using var loggerFactory = connection.Verbose ? CreateStandardErrorLogging() : NullLoggerFactory.Instance;
        try
        {
            await using var emulator = useEmulator ? await StartEmulatorAsync(invocation, embeddedSandbox) : null;
            await using var client = PartnerCenterCustomersClient.Create(
                options =>
                {
                    options.Cloud = CloudNames.Resolve(connection.Cloud ?? CloudNames.Global);
                    options.Endpoint = emulator?.BaseAddress ?? endpoint;
                    options.Resilience = connection.Resilience;
                    options.AllowInsecureHttp = connection.AllowInsecureHttp;
                    if (emulator is not null)
                    {
                        options.AccessToken = EmulatorToken;
                    }
                    else
                    {
                        credentials.ApplyTo(options);
                    }
                },
                loggerFactory);

            return await calls(new Target(client.Customers, emulator is not null));
        }
        catch (OperationCanceledException) when (invocation.CancellationToken.IsCancellationRequested)
        {
            return await invocation.FailAsync(ExitCodes.Cancelled, "cancelled.");
        }
        catch (OutputClosedException)
        {
            // The reader of standard output went away (| head): it has what it asked for.
            return ExitCodes.Success;
        }
        catch (CliExitException exit)
        {
            return await invocation.FailAsync(exit.ExitCode, exit.Message);
        }
        catch (Exception exception)
        {
            var (exitCode, message) = Failures.Describe(exception);
            return await invocation.FailAsync(exitCode, message);
        }
    }

    private static async Task<PartnerCenterEmulator> StartEmulatorAsync(CliInvocation invocation, bool sandbox)
    {
        var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions { Port = 0, IntegrationSandbox = sandbox }, invocation.CancellationToken);
        var mode = sandbox ? " (as an integration sandbox account)" : string.Empty;
        await invocation.Error.WriteLineAsync(
            $"No credentials or endpoint given: using the built-in Partner Center emulator at {emulator.BaseAddress}{mode} (set {EnvironmentVariables.Token}, or {EnvironmentVariables.AzureTenantId}, {EnvironmentVariables.AzureClientId} and {EnvironmentVariables.AzureClientSecret}, to call Partner Center).");
        return emulator;
    }

    private static ILoggerFactory CreateStandardErrorLogging() =>
        LoggerFactory.Create(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Information);
            // The client's own line per call already says how many attempts it took; Polly's resilience events
            // repeat that at length, with stack traces.
            logging.AddFilter("Polly", LogLevel.None);
            logging.AddSimpleConsole(console => console.SingleLine = true);
            // Standard output carries only the resources, so that it can be piped.
            logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        });

    private static bool TryParseEndpoint(string text, out Uri? endpoint) =>
        Uri.TryCreate(text, UriKind.Absolute, out endpoint) && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps);

    /// <summary>The service a command calls.</summary>
    /// <param name="Api">The client.</param>
    /// <param name="IsEmbeddedEmulator">Whether it is the built-in emulator of this process (its state ends with the process).</param>
    internal sealed record Target(IPartnerCenterCustomersApi Api, bool IsEmbeddedEmulator);
}
