using Microsoft.Extensions.Options;
using PartnerCenter.Customers.Http;

namespace PartnerCenter.Customers;

/// <summary>
/// Rejects options that could only fail later and more obscurely (at the first call, or inside Polly),
/// with a message naming the option and what to set instead.
/// </summary>
internal sealed class PartnerCenterClientOptionsValidator : IValidateOptions<PartnerCenterClientOptions>
{
    // Polly's own bounds for timeouts; outside them its builder throws a less helpful error.
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaximumTimeout = TimeSpan.FromDays(1);

    // Bodies are held in memory: below 1 KiB not even an error body fits, above 1 GiB is no longer a limit.
    private const int MinimumBodyLimit = 1024;
    private const int MaximumBodyLimit = 1024 * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, PartnerCenterClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.Cloud is null)
        {
            failures.Add("PartnerCenterClientOptions.Cloud is null: set it to PartnerCenterCloud.Global, UsGovernment, China or PartnerCenterCloud.Custom(endpoint).");
        }
        else if (!IsHttpRoot(options.EffectiveEndpoint))
        {
            failures.Add($"The endpoint '{options.EffectiveEndpoint}' is not an absolute http or https URL: set PartnerCenterClientOptions.Endpoint to a URL such as https://api.partnercenter.microsoft.com.");
        }
        else if (Origin.IsUnencryptedRemote(options.EffectiveEndpoint) && !options.AllowInsecureHttp)
        {
            var setting = options.Endpoint is null ? "PartnerCenterClientOptions.Cloud (its Endpoint)" : "PartnerCenterClientOptions.Endpoint";
            failures.Add(
                $"{setting} is {Origin.Of(options.EffectiveEndpoint)}: plain http to a host other than this machine would send the bearer token and the customer data across the network unencrypted. "
                + "Use an https:// URL, or http:// only to localhost, 127.0.0.1 or [::1]; to accept the risk (a trusted private network), set PartnerCenterClientOptions.AllowInsecureHttp = true.");
        }

        var credentialKinds = (options.Credential is null ? 0 : 1)
            + (options.AccessToken is null ? 0 : 1)
            + (options.AccessTokenProvider is null ? 0 : 1);
        if (credentialKinds > 1)
        {
            failures.Add("More than one of PartnerCenterClientOptions.Credential, AccessToken and AccessTokenProvider is set: keep exactly one, so it is clear which token is sent.");
        }

        if (options.AccessToken is { } token && (token.Length == 0 || token.Any(char.IsWhiteSpace)))
        {
            // The value itself is never part of the message: it is a secret.
            failures.Add("PartnerCenterClientOptions.AccessToken is empty or contains whitespace: set it to the bare token, without the 'Bearer ' prefix.");
        }

        if (string.IsNullOrWhiteSpace(options.ContractVersion))
        {
            failures.Add("PartnerCenterClientOptions.ContractVersion is empty: leave it at its default, v1.");
        }

        RequireBodyLimit(nameof(options.MaxResponseBodyBytes), options.MaxResponseBodyBytes, failures);
        RequireBodyLimit(nameof(options.MaxErrorBodyBytes), options.MaxErrorBodyBytes, failures);
        ValidateResilience(options.Resilience, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateResilience(PartnerCenterResilienceOptions? resilience, List<string> failures)
    {
        if (resilience is null)
        {
            failures.Add("PartnerCenterClientOptions.Resilience is null: leave it at its default or set a new PartnerCenterResilienceOptions.");
            return;
        }

        if (resilience.MaxRetryAttempts is < 0 or > 100)
        {
            failures.Add($"Resilience.MaxRetryAttempts is {resilience.MaxRetryAttempts}: use 0 (no retries) to 100.");
        }

        if (resilience.BaseDelay <= TimeSpan.Zero || resilience.BaseDelay > resilience.MaxDelay)
        {
            failures.Add($"Resilience.BaseDelay is {resilience.BaseDelay}: it must be positive and not above Resilience.MaxDelay ({resilience.MaxDelay}).");
        }

        RequireTimeout(nameof(resilience.AttemptTimeout), resilience.AttemptTimeout, failures);
        RequireTimeout(nameof(resilience.TotalTimeout), resilience.TotalTimeout, failures);
        if (resilience.AttemptTimeout > resilience.TotalTimeout)
        {
            failures.Add($"Resilience.AttemptTimeout ({resilience.AttemptTimeout}) is longer than Resilience.TotalTimeout ({resilience.TotalTimeout}): no attempt could use it; lower it or raise the total.");
        }
    }

    private static void RequireTimeout(string name, TimeSpan value, List<string> failures)
    {
        if (value < MinimumTimeout || value > MaximumTimeout)
        {
            failures.Add($"Resilience.{name} is {value}: use a value from {MinimumTimeout.TotalMilliseconds} ms to {MaximumTimeout.TotalHours} hours.");
        }
    }

    private static void RequireBodyLimit(string name, int value, List<string> failures)
    {
        if (value < MinimumBodyLimit || value > MaximumBodyLimit)
        {
            failures.Add($"PartnerCenterClientOptions.{name} is {value}: use {MinimumBodyLimit} (1 KiB) to {MaximumBodyLimit} (1 GiB) bytes.");
        }
    }

    private static bool IsHttpRoot(Uri? endpoint) =>
        endpoint is { IsAbsoluteUri: true } && (endpoint.Scheme == Uri.UriSchemeHttps || endpoint.Scheme == Uri.UriSchemeHttp);
}
