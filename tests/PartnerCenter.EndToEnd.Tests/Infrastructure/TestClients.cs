using Microsoft.Extensions.Logging;
using PartnerCenter.Customers;
using PartnerCenter.Emulator;
using PartnerCenter.Testing;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Clients of an emulator or a fault server with delays small enough for tests; every test can adjust the options.
/// Tests of retries, timeouts, throttling and cancellation pass a <see cref="TestClock"/>, so that no wait
/// of the client runs on the wall clock.
/// </summary>
public static class TestClients
{
    /// <summary>A token unlike anything else in a request or a log, so a leak cannot be missed.</summary>
    public const string SecretToken = "e2e-SECRET-token-4f1c2b7d9a";

    public static TestClient Create(
        PartnerCenterEmulator emulator,
        Action<PartnerCenterClientOptions>? configure = null,
        ILoggerFactory? loggerFactory = null,
        TestClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return Create(emulator.BaseAddress, configure, loggerFactory, clock);
    }

    public static TestClient Create(
        FaultServer server,
        Action<PartnerCenterClientOptions>? configure = null,
        ILoggerFactory? loggerFactory = null,
        TestClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        return Create(server.BaseAddress, configure, loggerFactory, clock);
    }

    public static TestClient Create(
        Uri endpoint,
        Action<PartnerCenterClientOptions>? configure = null,
        ILoggerFactory? loggerFactory = null,
        TestClock? clock = null) =>
        new(
            PartnerCenterCustomersClient.Create(
                options =>
                {
                    Configure(options, endpoint);
                    configure?.Invoke(options);
                },
                loggerFactory,
                clock),
            clock);

    /// <summary>The emulator endpoint, the secret token and fast retries.</summary>
    public static void Configure(PartnerCenterClientOptions options, PartnerCenterEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        Configure(options, emulator.BaseAddress);
    }

    /// <summary>The endpoint, the secret token and fast retries.</summary>
    public static void Configure(PartnerCenterClientOptions options, Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Endpoint = endpoint;
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
