using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using PartnerCenter.Customers;
using PartnerCenter.Emulator;

namespace PartnerCenter.Cli;

/// <summary>
/// Runs <c>customers get</c>: checks the input before any call, picks the service (real, or the built-in
/// emulator when nothing says otherwise), calls it and prints the customer, or one line saying what failed.
/// </summary>
internal static class GetCustomerAction
{
    // The emulator accepts any well-formed bearer token; it has no identity provider behind it.
    private const string EmulatorToken = "emulator";

    public static async Task<int> RunAsync(
        GetCustomerRequest request,
        TextWriter output,
        TextWriter error,
        Func<string, string?> environment,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(request.CustomerTenantId, out var customerTenantId))
        {
            return await FailAsync(
                error,
                ExitCodes.InvalidCustomerId,
                $"error: '{request.CustomerTenantId}' is not a customer tenant id: expected a GUID such as {EmulatorSeed.DocumentedCustomerId}. Nothing was sent.");
        }

        if (request.Resilience.AttemptTimeout > request.Resilience.TotalTimeout)
        {
            return await FailAsync(
                error,
                ExitCodes.UsageError,
                $"error: --attempt-timeout ({request.Resilience.AttemptTimeout.TotalSeconds} s) is longer than --timeout ({request.Resilience.TotalTimeout.TotalSeconds} s): lower it or raise --timeout.");
        }

        Uri? endpoint = null;
        if (request.Endpoint is { } endpointText && !TryParseEndpoint(endpointText, out endpoint))
        {
            return await FailAsync(
                error,
                ExitCodes.UsageError,
                $"error: --endpoint '{endpointText}' is not an absolute http or https URL, such as https://api.partnercenter.microsoft.com.");
        }

        var credentials = Credentials.Read(environment);
        if (credentials is Credentials.Invalid invalid)
        {
            return await FailAsync(error, ExitCodes.UsageError, $"error: {invalid.Problem}");
        }

        var useEmulator = credentials is Credentials.None && endpoint is null && request.Cloud is null;
        if (!useEmulator && credentials is Credentials.None)
        {
            return await FailAsync(
                error,
                ExitCodes.UsageError,
                $"error: no credentials for {endpoint?.ToString() ?? $"the {request.Cloud} cloud"}: set {EnvironmentVariables.Token}, or {EnvironmentVariables.AzureTenantId}, {EnvironmentVariables.AzureClientId} and {EnvironmentVariables.AzureClientSecret}.");
        }

        using var loggerFactory = request.Verbose ? CreateStandardErrorLogging() : NullLoggerFactory.Instance;
        try
        {
            await using var emulator = useEmulator ? await StartEmulatorAsync(error, cancellationToken) : null;
            await using var client = PartnerCenterCustomersClient.Create(
                options =>
                {
                    options.Cloud = CloudNames.Resolve(request.Cloud ?? CloudNames.Global);
                    options.Endpoint = emulator?.BaseAddress ?? endpoint;
                    options.Resilience = request.Resilience;
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

            var customer = await client.Customers.GetCustomerByIdAsync(customerTenantId, cancellationToken: cancellationToken);
            await output.WriteLineAsync(request.Output == OutputFormats.Table ? CustomerTable.Write(customer) : CustomerJson.Write(customer));
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await FailAsync(error, ExitCodes.Cancelled, "cancelled.");
        }
        catch (Exception exception)
        {
            var (exitCode, message) = Failures.Describe(exception);
            return await FailAsync(error, exitCode, message);
        }
    }

    private static async Task<PartnerCenterEmulator> StartEmulatorAsync(TextWriter error, CancellationToken cancellationToken)
    {
        var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions { Port = 0 }, cancellationToken);
        await error.WriteLineAsync(
            $"No credentials or endpoint given: using the built-in Partner Center emulator at {emulator.BaseAddress} (set {EnvironmentVariables.Token}, or {EnvironmentVariables.AzureTenantId}, {EnvironmentVariables.AzureClientId} and {EnvironmentVariables.AzureClientSecret}, to call Partner Center).");
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
            // Standard output carries only the customer, so that it can be piped.
            logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        });

    private static bool TryParseEndpoint(string text, out Uri? endpoint) =>
        Uri.TryCreate(text, UriKind.Absolute, out endpoint) && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps);

    private static async Task<int> FailAsync(TextWriter error, int exitCode, string message)
    {
        await error.WriteLineAsync(Failures.OneLine(message));
        return exitCode;
    }
}
