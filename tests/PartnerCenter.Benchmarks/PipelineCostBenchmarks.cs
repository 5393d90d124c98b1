using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging;
using PartnerCenter.Customers;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// Where the full runtime's cost over the bare client goes: one <c>GetCustomerById</c> over loopback through the full
/// runtime (the baseline), through the same runtime with one handler taken out (each in the runtime's order, outermost
/// first), with logging enabled (a logger that writes nowhere), and bare. The difference between the baseline and a
/// "Without" row is what that handler costs.
/// </summary>
[Config(typeof(BenchmarkConfigs.Loopback))]
public class PipelineCostBenchmarks
{
    private static readonly Guid CustomerId = Guid.Parse(DocumentedCustomer.Id);
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly Dictionary<string, IPartnerCenterCustomersApi> _without = [];
    private ServerProcess _server = null!;
    private HttpClient _http = null!;
    private IPartnerCenterCustomersApi _bare = null!;
    private IPartnerCenterCustomersApi _full = null!;
    private IPartnerCenterCustomersApi _fullLogging = null!;

    /// <summary>
    /// The runtime's handlers, outermost first (see AddPartnerCenterCustomers), each taken out alone. The resilience
    /// handler also cleans transport errors and counts attempts; the response body handler also checks for the
    /// promised resource: those steps go with them.
    /// </summary>
    internal static readonly string[][] Handlers =
    [
        ["PartnerCenterHeadersHandler"],
        ["CallLoggingHandler"],
        ["PartnerCenterResilienceHandler"],
        ["BearerTokenHandler"],
        ["ResponseBodyHandler"],
        ["RedirectPolicyHandler"],
    ];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await ServerProcess.StartAsync("customer");
        _http = new HttpClient { BaseAddress = _server.BaseAddress };
        _bare = Clients.Bare(_http);
        _full = Own(Clients.Full(_server.BaseAddress)).Customers;
        var loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(new DiscardingLoggerProvider()));
        _fullLogging = Own(Clients.Full(_server.BaseAddress, loggerFactory)).Customers;
        foreach (var handler in Handlers)
        {
            var (api, services) = Clients.FullWithout(_server.BaseAddress, handler);
            _owned.Add(services);
            _without[handler[0]] = api;
        }

        // Every variant gets the documented customer, or it measures nothing.
        var apis = new[] { _bare, _full, _fullLogging }.Concat(_without.Values);
        foreach (var api in apis)
        {
            var customer = await api.GetCustomerByIdAsync(CustomerId);
            if (customer.Id != DocumentedCustomer.Id)
            {
                throw new InvalidOperationException($"A client read {customer.Id} instead of the documented customer.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public Task<Customer> Full() => _full.GetCustomerByIdAsync(CustomerId);

    [Benchmark]
    public Task<Customer> Full_LoggingEnabled() => _fullLogging.GetCustomerByIdAsync(CustomerId);

    [Benchmark]
    public Task<Customer> Without_Headers() => Without("PartnerCenterHeadersHandler");

    [Benchmark]
    public Task<Customer> Without_Logging() => Without("CallLoggingHandler");

    [Benchmark]
    public Task<Customer> Without_Resilience() => Without("PartnerCenterResilienceHandler");

    [Benchmark]
    public Task<Customer> Without_Bearer() => Without("BearerTokenHandler");

    [Benchmark]
    public Task<Customer> Without_ResponseBody() => Without("ResponseBodyHandler");

    [Benchmark]
    public Task<Customer> Without_Redirect() => Without("RedirectPolicyHandler");

    [Benchmark]
    public Task<Customer> Bare() => _bare.GetCustomerByIdAsync(CustomerId);

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

    private Task<Customer> Without(string handler) => _without[handler].GetCustomerByIdAsync(CustomerId);

    private PartnerCenterCustomersClient Own(PartnerCenterCustomersClient client)
    {
        _owned.Add(client);
        return client;
    }
}
