using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PartnerCenter.Customers;
using Peer = PartnerCenter.NSwagPeer;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// (a, without the network) The same <c>GetCustomerById</c> as <see cref="GetCustomerBenchmarks"/> over
/// <see cref="InMemoryTransport"/>: the clients' own cost (building the request, the handlers, reading the body),
/// measurable to a few percent even when other builds share the machine.
/// </summary>
[Config(typeof(BenchmarkConfigs.Short))]
public class ClientOverheadBenchmarks
{
    private static readonly Guid CustomerId = Guid.Parse(DocumentedCustomer.Id);
    private static readonly Uri Endpoint = InMemoryTransport.BaseAddress;
    private readonly List<IAsyncDisposable> _owned = [];
    private HttpClient _http = null!;
    private IPartnerCenterCustomersApi _bare = null!;
    private IPartnerCenterCustomersApi _full = null!;
    private IPartnerCenterCustomersApi _fullWithoutResilience = null!;
    private Peer.PartnerCenterCustomersClient _nswag = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _http = new HttpClient(new InMemoryTransport()) { BaseAddress = Endpoint };
        _bare = Clients.Bare(_http);
        var (full, services) = Clients.FullOver(Endpoint, new InMemoryTransport());
        _owned.Add(services);
        _full = full;
        var (withoutResilience, moreServices) = Clients.FullOver(Endpoint, new InMemoryTransport(), "PartnerCenterResilienceHandler");
        _owned.Add(moreServices);
        _fullWithoutResilience = withoutResilience;
        _nswag = new Peer.PartnerCenterCustomersClient(_http) { BaseUrl = Endpoint.ToString() };

        var ids = new[] { (await Floor()).Id, (await Bare()).Id, (await Full()).Id, (await Full_WithoutResilience()).Id, (await NSwag()).Id };
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
    public Task<Customer> Full_WithoutResilience() => _fullWithoutResilience.GetCustomerByIdAsync(CustomerId);

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
    }
}
