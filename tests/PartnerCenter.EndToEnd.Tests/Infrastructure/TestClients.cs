using Microsoft.Extensions.Logging;
using PartnerCenter.Customers;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>Clients of an emulator with delays small enough for tests; every test can adjust the options.</summary>
public static class TestClients
{
    /// <summary>A token unlike anything else in a request or a log, so a leak cannot be missed.</summary>
    public const string SecretToken = "e2e-SECRET-token-4f1c2b7d9a";

    public static PartnerCenterCustomersClient Create(
        PartnerCenterEmulator emulator,
        Action<PartnerCenterClientOptions>? configure = null,
        ILoggerFactory? loggerFactory = null) =>
        PartnerCenterCustomersClient.Create(
            options =>
            {
                Configure(options, emulator);
                configure?.Invoke(options);
            },
            loggerFactory);

    /// <summary>The emulator endpoint, the secret token and fast retries.</summary>
    public static void Configure(PartnerCenterClientOptions options, PartnerCenterEmulator emulator)
    {
        options.Endpoint = emulator.BaseAddress;
        options.AccessToken = SecretToken;
        options.Resilience = new PartnerCenterResilienceOptions
        {
            MaxRetryAttempts = 3,
            BaseDelay = TimeSpan.FromMilliseconds(10),
            MaxDelay = TimeSpan.FromMilliseconds(50),
            AttemptTimeout = TimeSpan.FromSeconds(10),
            TotalTimeout = TimeSpan.FromSeconds(30),
        };
    }
}
