using System.CommandLine;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary><c>customers get &lt;customer-tenant-id&gt;</c>: its arguments, options and action.</summary>
internal static class GetCustomerCommand
{
    public static Command Create()
    {
        var customerId = new Argument<string>("customer-tenant-id")
        {
            Description = "The customer's tenant id, a GUID (the \"Microsoft ID\" on the customer's Account page).",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "How to print the customer: json (as the API returns it, indented) or table.",
            DefaultValueFactory = _ => OutputFormats.Json,
        };
        output.AcceptOnlyFromAmong(OutputFormats.Json, OutputFormats.Table);
        var cloud = new Option<string?>("--cloud")
        {
            Description = "The Partner Center cloud: global, usgov (US Government) or china (21Vianet). Default: global.",
        };
        cloud.AcceptOnlyFromAmong([.. CloudNames.All]);
        var endpoint = new Option<string?>("--endpoint")
        {
            Description = "Call this service root instead of the cloud's (a proxy, or an emulator started separately).",
        };
        var defaults = new PartnerCenterResilienceOptions();
        var maxRetries = BoundedOptions.Count(
            "--max-retries", "Retries after a throttled, timed-out or failed attempt.", defaults.MaxRetryAttempts, 0, 100);
        var retryDelay = BoundedOptions.Seconds(
            "--retry-delay", "First backoff between attempts, in seconds (a 429 waits what its Retry-After says).", defaults.BaseDelay, 0.001, defaults.MaxDelay.TotalSeconds);
        var attemptTimeout = BoundedOptions.Seconds(
            "--attempt-timeout", "Time limit of one attempt, in seconds.", defaults.AttemptTimeout, 0.01, 86_400);
        var timeout = BoundedOptions.Seconds(
            "--timeout", "Time limit of the whole call, retries included, in seconds.", defaults.TotalTimeout, 0.01, 86_400);
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Log each HTTP call (method, path, status, duration, ids) to standard error.",
        };

        var command = new Command(
            "get",
            "Get a customer by its tenant id and print it."
            + Environment.NewLine + Environment.NewLine + EnvironmentVariables.HelpText
            + Environment.NewLine + ExitCodes.HelpText)
        {
            customerId, output, cloud, endpoint, maxRetries, retryDelay, attemptTimeout, timeout, verbose,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new GetCustomerRequest(
                parseResult.GetRequiredValue(customerId),
                parseResult.GetRequiredValue(output),
                parseResult.GetValue(cloud),
                parseResult.GetValue(endpoint),
                new PartnerCenterResilienceOptions
                {
                    MaxRetryAttempts = parseResult.GetValue(maxRetries),
                    BaseDelay = Seconds(parseResult.GetValue(retryDelay)),
                    AttemptTimeout = Seconds(parseResult.GetValue(attemptTimeout)),
                    TotalTimeout = Seconds(parseResult.GetValue(timeout)),
                },
                parseResult.GetValue(verbose));
            return GetCustomerAction.RunAsync(request, Console.Out, Console.Error, Environment.GetEnvironmentVariable, cancellationToken);
        });
        return command;
    }

    private static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(seconds);
}
