using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using PartnerCenter.Customers;
using PartnerCenter.EndToEnd.Tests.Infrastructure;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Client;

/// <summary>Many calls at once through one client: none fails, none gets another call's answer.</summary>
public sealed class ConcurrencyTests
{
    private const int Calls = 1_000;
    private const int Concurrency = 32;

    [Fact]
    public async Task A_thousand_calls_at_concurrency_32_each_get_their_own_answer()
    {
        await using var emulator = await Emulators.StartAsync(
            throttling: new ThrottlingOptions { PermitLimit = 0 },
            requestLogCapacity: Calls * 2);
        var echoes = new EchoRecorder();
        var services = new ServiceCollection();
        services.AddPartnerCenterCustomers(options => TestClients.Configure(options, emulator))
            .AddHttpMessageHandler(() => new EchoRecordingHandler(echoes));
        await using var provider = services.BuildServiceProvider();
        var customers = provider.GetRequiredService<IPartnerCenterCustomersApi>();
        var results = new ConcurrentDictionary<int, Customer>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, Calls),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
            async (call, cancellationToken) =>
            {
                var customerId = call % 2 == 0 ? Emulators.DocumentedCustomerId : Emulators.CustomerWithoutDelegatedAccessId;
                var customer = await customers.GetCustomerByIdAsync(customerId, cancellationToken);
                Assert.Equal(customerId.ToString(), customer.Id);
                results[call] = customer;
            });

        Assert.Equal(Calls, results.Count);
        // Every response echoed the correlation id of the request it answered, and every call had its own (the runtime's handler makes them).
        Assert.Equal(Calls, echoes.Count);
        Assert.Empty(echoes.Mismatches);
        Assert.Equal(Calls, echoes.CorrelationIds.Distinct().Count());
        // The server saw each call exactly once, each with its own request id.
        var recorded = await emulator.CustomerRequestsAsync(Calls);
        Assert.Equal(Calls, recorded.Count);
        Assert.All(recorded, request => Assert.Equal(200, request.StatusCode));
        Assert.Equal(Calls, recorded.Select(request => request.CorrelationId).Distinct().Count());
        Assert.Equal(Calls, recorded.Select(request => request.RequestId).Distinct().Count());
    }

    private sealed class EchoRecorder
    {
        private readonly ConcurrentBag<Guid> _correlationIds = [];
        private readonly ConcurrentBag<string> _mismatches = [];

        public int Count => _correlationIds.Count;

        public IEnumerable<Guid> CorrelationIds => _correlationIds;

        public IReadOnlyCollection<string> Mismatches => _mismatches;

        public void Record(string? sent, string? echoed)
        {
            if (sent is null || sent != echoed)
            {
                _mismatches.Add($"sent {sent ?? "nothing"}, echoed {echoed ?? "nothing"}");
            }

            _correlationIds.Add(Guid.Parse(sent ?? Guid.Empty.ToString()));
        }
    }

    /// <summary>Innermost, next to the socket: compares each response's echoed MS-CorrelationId with its request's.</summary>
    private sealed class EchoRecordingHandler(EchoRecorder recorder) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            recorder.Record(
                request.Headers.TryGetValues("MS-CorrelationId", out var sent) ? sent.Single() : null,
                response.Headers.TryGetValues("MS-CorrelationId", out var echoed) ? echoed.Single() : null);
            return response;
        }
    }
}
