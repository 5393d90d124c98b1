using System.CommandLine;
using PartnerCenter.Customers;

namespace PartnerCenter.Cli;

/// <summary>
/// The options every command takes to decide what it calls and how patiently: cloud, endpoint, plain-http consent,
/// retries, time limits, logging. New instances per command, so that each command's help lists them.
/// </summary>
internal sealed class ConnectionOptions
{
    private readonly Option<string?> _cloud;
    private readonly Option<string?> _endpoint;
    private readonly Option<bool> _allowInsecureHttp;
    private readonly Option<int> _maxRetries;
    private readonly Option<double> _retryDelay;
    private readonly Option<double> _attemptTimeout;
    private readonly Option<double> _timeout;
    private readonly Option<bool> _verbose;

    public ConnectionOptions()
    {
        _cloud = new Option<string?>("--cloud")
        {
            Description = "The Partner Center cloud: global, usgov (US Government) or china (21Vianet). Default: global.",
        };
        _cloud.AcceptOnlyFromAmong([.. CloudNames.All]);
        _endpoint = new Option<string?>("--endpoint")
        {
            Description = "Call this service root instead of the cloud's (a proxy, or an emulator started separately).",
            HelpName = "url",
        };
        _allowInsecureHttp = new Option<bool>("--allow-insecure-http")
        {
            Description = "Accept an http:// --endpoint on another machine, sending the token and data unencrypted (loopback never needs it).",
        };
        var defaults = new PartnerCenterResilienceOptions();
        _maxRetries = BoundedOptions.Count(
            "--max-retries", "Retries after a throttled, timed-out or failed attempt.", defaults.MaxRetryAttempts, 0, 100);
        _retryDelay = BoundedOptions.Seconds(
            "--retry-delay", "First backoff between attempts, in seconds (a 429 waits what its Retry-After says).", defaults.BaseDelay, 0.001, defaults.MaxDelay.TotalSeconds);
        _attemptTimeout = BoundedOptions.Seconds(
            "--attempt-timeout", "Time limit of one attempt, in seconds.", defaults.AttemptTimeout, 0.01, 86_400);
        _timeout = BoundedOptions.Seconds(
            "--timeout", "Time limit of each call (a page, for list), retries included, in seconds.", defaults.TotalTimeout, 0.01, 86_400);
        _verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Log each HTTP call (method, path, status, duration, ids) to standard error.",
        };
    }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_cloud);
        command.Options.Add(_endpoint);
        command.Options.Add(_allowInsecureHttp);
        command.Options.Add(_maxRetries);
        command.Options.Add(_retryDelay);
        command.Options.Add(_attemptTimeout);
        command.Options.Add(_timeout);
        command.Options.Add(_verbose);
    }

    public ConnectionRequest Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new ConnectionRequest(
            parseResult.GetValue(_cloud),
            parseResult.GetValue(_endpoint),
            parseResult.GetValue(_allowInsecureHttp),
            new PartnerCenterResilienceOptions
            {
                MaxRetryAttempts = parseResult.GetValue(_maxRetries),
                BaseDelay = TimeSpan.FromSeconds(parseResult.GetValue(_retryDelay)),
                AttemptTimeout = TimeSpan.FromSeconds(parseResult.GetValue(_attemptTimeout)),
                TotalTimeout = TimeSpan.FromSeconds(parseResult.GetValue(_timeout)),
            },
            parseResult.GetValue(_verbose));
    }
}

/// <summary>What the connection options asked for, as parsed from the command line.</summary>
internal sealed record ConnectionRequest(
    string? Cloud,
    string? Endpoint,
    bool AllowInsecureHttp,
    PartnerCenterResilienceOptions Resilience,
    bool Verbose);
