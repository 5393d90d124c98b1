using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using PartnerCenter.Emulator.Tests.Support;

namespace PartnerCenter.Emulator.Tests;

/// <summary>
/// No lost update: 32 writers, each on its own connection, run read-modify-write loops on one billing profile with
/// If-Match, retrying on 412. The profile holds a counter that every successful write increments.
/// </summary>
public sealed class ConcurrentWritersTests
{
    private const int Writers = 32;
    private const int WritesPerWriter = 3;
    private const string CustomerId = EmulatorSeed.DocumentedCustomerId;

    [Fact]
    public async Task Thirty_two_read_modify_write_loops_lose_no_update()
    {
        // No throttling: the writers send thousands of requests to one tenant. A log large enough to hold them all.
        await using var emulator = await PartnerCenterEmulator.StartAsync(
            new EmulatorOptions { Throttling = new ThrottlingOptions { PermitLimit = 0 }, RequestLogCapacity = 1_000_000 });
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Writers };
        using var client = new HttpClient(handler) { BaseAddress = emulator.BaseAddress };
        await SetCounterAsync(client, 0);
        emulator.ClearRequests();

        var countersWritten = new ConcurrentBag<int>();
        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            int successes = 0, conflicts = 0;
            while (successes < WritesPerWriter)
            {
                var profile = await BillingProfiles.ReadAsync(client, CustomerId);
                var counter = int.Parse(profile["lastName"]!.GetValue<string>(), CultureInfo.InvariantCulture);
                profile["lastName"] = (counter + 1).ToString(CultureInfo.InvariantCulture);
                profile["firstName"] = $"writer {writer}";
                using var response = await BillingProfiles.UpdateAsync(client, CustomerId, profile, PartnerCenterWrite.Quoted(BillingProfiles.Etag(profile)));
                switch (response.StatusCode)
                {
                    case HttpStatusCode.OK:
                        successes++;
                        countersWritten.Add(counter + 1);
                        break;
                    case HttpStatusCode.PreconditionFailed:
                        conflicts++;
                        break;
                    default:
                        Assert.Fail($"Writer {writer}: unexpected {(int)response.StatusCode}.");
                        break;
                }
            }

            return (Successes: successes, Conflicts: conflicts);
        })));

        const int totalWrites = Writers * WritesPerWriter;
        var final = await BillingProfiles.ReadAsync(client, CustomerId);
        // Every successful write counted exactly once: each one started from a different counter value, and the
        // final value is their number.
        Assert.Equal(totalWrites, results.Sum(result => result.Successes));
        Assert.Equal(Enumerable.Range(1, totalWrites), countersWritten.Order());
        Assert.Equal(totalWrites.ToString(CultureInfo.InvariantCulture), final["lastName"]!.GetValue<string>());
        // The server saw exactly the writes the clients counted: 412s and successes add up to the PUTs sent.
        var puts = emulator.Requests.Where(request => request.Method == "PUT").ToList();
        Assert.Equal(totalWrites, puts.Count(request => request.StatusCode == 200));
        Assert.Equal(results.Sum(result => result.Conflicts), puts.Count(request => request.StatusCode == 412));
        Assert.Equal(puts.Count, results.Sum(result => result.Successes + result.Conflicts));
        // Otherwise the writers ran one after another and the test proved nothing about concurrency.
        Assert.True(results.Sum(result => result.Conflicts) > 0, "no writer ever met a stale ETag");
    }

    private static async Task SetCounterAsync(HttpClient client, int value)
    {
        var profile = await BillingProfiles.ReadAsync(client, CustomerId);
        profile["lastName"] = value.ToString(CultureInfo.InvariantCulture);
        using var response = await BillingProfiles.UpdateAsync(client, CustomerId, profile, PartnerCenterWrite.Quoted(BillingProfiles.Etag(profile)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
