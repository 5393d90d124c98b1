using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PartnerCenter.Customers;
using PartnerCenter.Emulator;
using Peer = PartnerCenter.NSwagPeer;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// (c) Listing all 250 customers of the emulator (in a child process started once for the run, throttling off) in pages of 40, following
/// each page's <c>links.next</c> (seven requests): a hand-written loop over HttpClient and our context (the floor), our
/// pager (<c>ListCustomersPagedAsync</c>) bare and through the full runtime, and NSwag's client driven by hand (it has
/// no pager).
/// </summary>
[Config(typeof(BenchmarkConfigs.Loopback))]
public class PagingBenchmarks
{
    private const int PageSize = 40;
    private const string ContinuationTokenHeader = "MS-ContinuationToken";
    private readonly List<IAsyncDisposable> _owned = [];
    private ServerProcess _emulator = null!;
    private HttpClient _http = null!;
    private IPartnerCenterCustomersApi _bare = null!;
    private IPartnerCenterCustomersApi _full = null!;
    private Peer.PartnerCenterCustomersClient _nswag = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _emulator = await ServerProcess.StartAsync("emulator");
        _owned.Add(_emulator);
        _http = new HttpClient { BaseAddress = _emulator.BaseAddress };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Clients.Token);
        _bare = Clients.Bare(_http);
        var full = Clients.Full(_emulator.BaseAddress);
        _owned.Add(full);
        _full = full.Customers;
        _nswag = new Peer.PartnerCenterCustomersClient(_http) { BaseUrl = _emulator.BaseAddress.ToString() };

        // Every variant lists each of the 250 customers once, or it measures nothing.
        var counts = new[] { await Floor(), await Ours_Bare(), await Ours_Full(), await NSwag() };
        if (counts.Any(count => count != EmulatorOptions.DefaultCustomerCount))
        {
            throw new InvalidOperationException("A client did not list the 250 customers: " + string.Join(", ", counts));
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Floor()
    {
        var count = 0;
        string? token = null;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, token is null ? $"v1/customers?size={PageSize}" : $"v1/customers?size={PageSize}&seekOperation=Next");
            if (token is not null)
            {
                request.Headers.TryAddWithoutValidation(ContinuationTokenHeader, token);
            }

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            var page = (await JsonSerializer.DeserializeAsync(body, PartnerCenterCustomersJsonContext.Default.CustomerCollection))!;
            count += page.Items.Count;
            token = page.Links?.Next?.Headers?.FirstOrDefault(header => header.Key == ContinuationTokenHeader)?.Value;
        }
        while (token is not null);

        return count;
    }

    [Benchmark]
    public Task<int> Ours_Bare() => CountAsync(_bare);

    [Benchmark]
    public Task<int> Ours_Full() => CountAsync(_full);

    [Benchmark]
    public async Task<int> NSwag()
    {
        var count = 0;
        string? token = null;
        do
        {
            var page = token is null
                ? await _nswag.ListCustomersAsync(size: PageSize)
                : await _nswag.ListCustomersAsync(size: PageSize, seekOperation: Peer.SeekOperation.Next, mS_ContinuationToken: token);
            count += page.Items.Count;
            token = page.Links?.Next?.Headers?.FirstOrDefault(header => header.Key == ContinuationTokenHeader)?.Value;
        }
        while (token is not null);

        return count;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http.Dispose();
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }
    }

    private static async Task<int> CountAsync(IPartnerCenterCustomersApi api)
    {
        var count = 0;
        await foreach (var customer in api.ListCustomersPagedAsync(size: PageSize))
        {
            count++;
        }

        return count;
    }
}
