using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>Starts emulators on a free loopback port, with or without injected faults.</summary>
public static class Emulators
{
    public static Task<PartnerCenterEmulator> StartAsync(FaultOptions? faults = null, ThrottlingOptions? throttling = null, int requestLogCapacity = 1000) =>
        PartnerCenterEmulator.StartAsync(new EmulatorOptions
        {
            Port = 0,
            Faults = faults ?? new FaultOptions(),
            Throttling = throttling ?? new ThrottlingOptions(),
            RequestLogCapacity = requestLogCapacity,
        });

    public static Guid DocumentedCustomerId => Guid.Parse(EmulatorSeed.DocumentedCustomerId);

    public static Guid CustomerWithoutDelegatedAccessId => Guid.Parse(EmulatorSeed.CustomerWithoutDelegatedAccessId);

    /// <summary>A well-formed id the seed does not know.</summary>
    public static Guid UnknownCustomerId => Guid.Parse("11111111-2222-3333-4444-555555555555");

    /// <summary>
    /// The customer requests once the emulator has recorded at least <paramref name="count"/>. It records a request
    /// after answering it, so the last one can trail the client's call by a moment; this waits for that event (by
    /// polling the log, with no deadline) instead of assuming how long it takes.
    /// </summary>
    public static async Task<IReadOnlyList<RecordedRequest>> CustomerRequestsAsync(this PartnerCenterEmulator emulator, int count)
    {
        var requests = emulator.CustomerRequests();
        while (requests.Count < count)
        {
            await Task.Yield();
            requests = emulator.CustomerRequests();
        }

        return requests;
    }

    /// <summary>The Partner Center requests for customers, without the emulator's own endpoints.</summary>
    public static IReadOnlyList<RecordedRequest> CustomerRequests(this PartnerCenterEmulator emulator) =>
        [.. emulator.Requests.Where(request => request.Path.StartsWith("/v1/customers", StringComparison.Ordinal))];
}
