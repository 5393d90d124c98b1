using System.Globalization;
using Microsoft.AspNetCore.Http;
using Specweave.Runtime.Streaming;
using Specweave.Runtime.Tests.Infrastructure;

namespace Specweave.Runtime.Tests.Streaming;

/// <summary>
/// Items are yielded as they arrive, over a real socket: the server sends item k+1 only after the client has
/// yielded item k. A reader that waited for more of the body (let alone all of it) would never get the next
/// item, and the failsafe would fail the test; so passing proves arrival order by events, not by timing.
/// </summary>
public sealed class ArrivalTests
{
    private const int Count = 10_000;

    [Fact]
    public async Task Json_lines_are_yielded_one_at_a_time_while_the_server_waits_for_each()
    {
        using var failsafe = Failsafe.Start();
        using var lockStep = new LockStep(failsafe.Token);
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/x-ndjson";
            for (var i = 0; i < Count; i++)
            {
                // Blank lines and CRLF line ends are part of the format: mixed in, they must not disturb the count.
                var blank = i % 1000 == 0 ? "\n" : string.Empty;
                var end = i % 2 == 0 ? "\n" : "\r\n";
                await lockStep.SendAsync(context.Response, blank + "{\"id\":" + Number(i) + ",\"text\":\"tick " + Number(i) + "\"}" + end);
            }
        });
        using var client = new HttpClient();
        var response = await server.GetAsync(client, failsafe.Token);

        var expected = 0;
        await foreach (var tick in JsonLines.ReadAsync(response, TickJson.Default.Tick, failsafe.Token))
        {
            Assert.Equal(new Tick(expected, "tick " + Number(expected)), tick);
            lockStep.Yielded(expected++);
        }

        Assert.Equal(Count, expected);
    }

    [Fact]
    public async Task Server_sent_events_are_yielded_one_at_a_time_with_their_type_id_and_retry()
    {
        using var failsafe = Failsafe.Start();
        using var lockStep = new LockStep(failsafe.Token);
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            for (var i = 0; i < Count; i++)
            {
                // Every other event names no type (so it is a "message"); the first sets the reconnection time;
                // every hundredth carries a comment, which is not an event.
                var text = (i == 0 ? "retry: 1500\n" : string.Empty)
                    + (i % 100 == 0 ? ": keep-alive\n" : string.Empty)
                    + (i % 2 == 0 ? "event: tick\n" : string.Empty)
                    + "id: e" + Number(i) + "\n"
                    + "data: {\"id\":" + Number(i) + ",\n"
                    + "data: \"text\":\"tick " + Number(i) + "\"}\n\n";
                await lockStep.SendAsync(context.Response, text);
            }
        });
        using var client = new HttpClient();
        var response = await server.GetAsync(client, failsafe.Token);

        var expected = 0;
        await foreach (var item in EventStream.ReadAsync(response, TickJson.Default.Tick, failsafe.Token))
        {
            Assert.Equal(new Tick(expected, "tick " + Number(expected)), item.Data);
            Assert.Equal(expected % 2 == 0 ? "tick" : "message", item.EventType);
            Assert.Equal("e" + Number(expected), item.EventId);
            if (expected == 0)
            {
                Assert.Equal(TimeSpan.FromMilliseconds(1500), item.ReconnectionInterval);
            }

            lockStep.Yielded(expected++);
        }

        Assert.Equal(Count, expected);
    }

    [Fact]
    public async Task Json_text_sequence_records_are_yielded_one_at_a_time()
    {
        using var failsafe = Failsafe.Start();
        using var lockStep = new LockStep(failsafe.Token);
        const int records = 1_000;
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json-seq";
            for (var i = 0; i < records; i++)
            {
                await lockStep.SendAsync(context.Response, "\u001e{\"id\":" + Number(i) + ",\"text\":\"r\"}\n");
            }
        });
        using var client = new HttpClient();
        var response = await server.GetAsync(client, failsafe.Token);

        var expected = 0;
        await foreach (var tick in JsonSequence.ReadAsync(response, TickJson.Default.Tick, failsafe.Token))
        {
            // A record is complete only when the next separator or the end arrives; the LF that ends it is not
            // enough in general, but the server here waits after the LF, so the reader must yield on it.
            Assert.Equal(expected, tick.Id);
            lockStep.Yielded(expected++);
        }

        Assert.Equal(records, expected);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
