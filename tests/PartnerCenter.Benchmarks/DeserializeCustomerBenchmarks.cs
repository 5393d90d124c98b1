using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PartnerCenter.Benchmarks.Floor;
using PartnerCenter.Customers;
using Peer = PartnerCenter.NSwagPeer;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// (b) Deserialising the documented customer (1.7 KB of UTF-8) from bytes: hand-written plain classes and context
/// (the floor), our generated records and context, NSwag's classes with its client's options (reflection metadata,
/// as its client reads every body).
/// </summary>
[Config(typeof(BenchmarkConfigs.Short))]
public class DeserializeCustomerBenchmarks
{
    private readonly byte[] _body = DocumentedCustomer.Utf8;
    private JsonSerializerOptions _peerOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var http = new HttpClient();
        _peerOptions = new Peer.PartnerCenterCustomersClient(http).JsonSerializerSettings;

        // Each reads the whole customer, or the comparison is meaningless.
        Check(Floor().BillingProfile?.Attributes?.Etag, Ours().BillingProfile?.Attributes?.Etag, NSwag().BillingProfile?.Attributes?.Etag);
    }

    [Benchmark(Baseline = true)]
    public FloorCustomer Floor() => JsonSerializer.Deserialize(_body, FloorJsonContext.Default.FloorCustomer)!;

    [Benchmark]
    public Customer Ours() => JsonSerializer.Deserialize(_body, PartnerCenterCustomersJsonContext.Default.Customer)!;

    [Benchmark]
    public Peer.Customer NSwag() => JsonSerializer.Deserialize<Peer.Customer>(_body, _peerOptions)!;

    private static void Check(params string?[] etags)
    {
        if (etags.Any(etag => etag != "-4242348048554929329"))
        {
            throw new InvalidOperationException($"A deserialiser did not read the documented customer: {string.Join(", ", etags)}");
        }
    }
}
