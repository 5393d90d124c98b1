using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PartnerCenter.Customers;
using Peer = PartnerCenter.NSwagPeer;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// (a) One <c>GetCustomerById</c> over loopback against <see cref="CustomerServer"/>, in a child process started once
/// for the run (<see cref="ServerProcess"/>):
/// a hand-written floor (HttpClient and our System.Text.Json context, no Refit), our client bare, our client with its
/// full runtime, NSwag's client. Where the full runtime's cost goes: <see cref="PipelineCostBenchmarks"/>.
/// </summary>
[Config(typeof(BenchmarkConfigs.Loopback))]
public class GetCustomerBenchmarks
{
    private static readonly Guid CustomerId = Guid.Parse(DocumentedCustomer.Id);
    private readonly List<IAsyncDisposable> _owned = [];
    private ServerProcess _server = null!;
    private HttpClient _http = null!;
    private IPartnerCenterCustomersApi _bare = null!;
    private IPartnerCenterCustomersApi _full = null!;
    private Peer.PartnerCenterCustomersClient _nswag = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await ServerProcess.StartAsync("customer");
        _http = new HttpClient { BaseAddress = _server.BaseAddress };
        _bare = Clients.Bare(_http);
        _full = Own(Clients.Full(_server.BaseAddress)).Customers;
        _nswag = new Peer.PartnerCenterCustomersClient(_http) { BaseUrl = _server.BaseAddress.ToString() };

        // Every variant gets the documented customer, or it measures nothing.
        var ids = new[] { (await Floor()).Id, (await Bare()).Id, (await Full()).Id, (await NSwag()).Id };
        if (ids.Any(id => id != DocumentedCustomer.Id))
        {
            throw new InvalidOperationException("A client did not read the documented customer: " + string.Join(", ", ids));
        }
    }

    [Benchmark(Baseline = true)]
    public Task<Customer> Floor() => Clients.Floor(_http, CustomerId);

    [Benchmark]
    public Task<Customer> Bare() => _bare.GetCustomerByIdAsync(CustomerId);

    [Benchmark]
    public Task<Customer> Full() => _full.GetCustomerByIdAsync(CustomerId);

    [Benchmark]
    public Task<Peer.Customer> NSwag() => _nswag.GetCustomerByIdAsync(CustomerId);

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        _http.Dispose();
        await _server.DisposeAsync();
    }

    private PartnerCenterCustomersClient Own(PartnerCenterCustomersClient client)
    {
        _owned.Add(client);
        return client;
    }
}
