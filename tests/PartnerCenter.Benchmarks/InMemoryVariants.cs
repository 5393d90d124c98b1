using Microsoft.Extensions.Logging;
using PartnerCenter.Customers;
using Peer = PartnerCenter.NSwagPeer;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// The clients of `--cost memory` over <see cref="InMemoryTransport"/>, each checked to read the documented customer:
/// the floor, our bare client, the full runtime, the full runtime with logging on, the full runtime without each
/// handler, and NSwag's client.
/// </summary>
internal sealed class InMemoryVariants : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly HttpClient _http = new(new InMemoryTransport()) { BaseAddress = InMemoryTransport.BaseAddress };
    private readonly ILoggerFactory _loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(new DiscardingLoggerProvider()));

    private InMemoryVariants()
    {
        var customerId = Guid.Parse(DocumentedCustomer.Id);
        var bare = Clients.Bare(_http);
        Add("Floor", () => Clients.Floor(_http, customerId));
        Add("Bare", () => bare.GetCustomerByIdAsync(customerId));
        var full = Full(null);
        Add("Full", () => full.GetCustomerByIdAsync(customerId));
        var logged = Full(_loggerFactory);
        Add("Full_LoggingEnabled", () => logged.GetCustomerByIdAsync(customerId));
        foreach (var handler in PipelineCostBenchmarks.Handlers)
        {
            var without = Full(null, handler);
            Add("Without_" + handler[0].Replace("Handler", string.Empty, StringComparison.Ordinal), () => without.GetCustomerByIdAsync(customerId));
        }

        var nswag = new Peer.PartnerCenterCustomersClient(_http) { BaseUrl = InMemoryTransport.BaseAddress.ToString() };
        All.Add(("NSwag", async () => await nswag.GetCustomerByIdAsync(customerId)));
    }

    /// <summary>Every variant, by name, in the order of the tables.</summary>
    public List<(string Name, Func<Task<object>> Call)> All { get; } = [];

    /// <summary>Builds every variant and makes one call with each, failing unless it reads the documented customer.</summary>
    public static async Task<InMemoryVariants> CreateCheckedAsync()
    {
        var variants = new InMemoryVariants();
        foreach (var (name, call) in variants.All)
        {
            var id = await call() switch
            {
                Customer ours => ours.Id,
                Peer.Customer theirs => theirs.Id,
                _ => null,
            };
            if (id != DocumentedCustomer.Id)
            {
                await variants.DisposeAsync();
                throw new InvalidOperationException(name + " did not read the documented customer.");
            }
        }

        return variants;
    }

    /// <summary>`--loop`: <paramref name="calls"/> calls of one variant and nothing else, for a profiler to look at.</summary>
    /// <returns>False, with nothing called, when there is no variant of that name.</returns>
    public static async Task<bool> LoopAsync(TextWriter error, string name, int calls)
    {
        await using var variants = await CreateCheckedAsync();
        if (variants.All.SingleOrDefault(v => v.Name == name).Call is not { } call)
        {
            error.WriteLine($"There is no variant '{name}'; the variants are {string.Join(", ", variants.All.Select(v => v.Name))}.");
            return false;
        }

        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var disposable in _owned)
        {
            await disposable.DisposeAsync();
        }

        _http.Dispose();
        _loggerFactory.Dispose();
    }

    private void Add(string name, Func<Task<Customer>> call) => All.Add((name, async () => await call()));

    private IPartnerCenterCustomersApi Full(ILoggerFactory? logging, params string[] without)
    {
        var (api, services) = Clients.FullOver(InMemoryTransport.BaseAddress, new InMemoryTransport(), logging, without);
        _owned.Add(services);
        return api;
    }
}
