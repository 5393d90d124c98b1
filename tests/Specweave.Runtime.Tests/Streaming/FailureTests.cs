using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Specweave.Runtime.Streaming;
using Specweave.Runtime.Tests.Infrastructure;

namespace Specweave.Runtime.Tests.Streaming;

/// <summary>What a caller sees when the stream breaks, is cancelled, or carries a bad item, over a real socket.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task A_connection_dropped_mid_stream_is_a_StreamInterruptedException_after_the_items_before_it()
    {
        using var failsafe = Failsafe.Start();
        using var lockStep = new LockStep(failsafe.Token);
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/jsonl";
            for (var i = 0; i < 3; i++)
            {
                await lockStep.SendAsync(context.Response, "{\"id\":" + (char)('0' + i) + ",\"text\":\"t\"}\n");
            }

            // Half a line, then the connection is cut.
            await context.CutAsync("{\"id\":3,\"te", failsafe.Token);
        });
        using var client = new HttpClient();
        var response = await server.GetAsync(client, failsafe.Token);

        var ids = new List<int>();
        var error = await Assert.ThrowsAsync<StreamInterruptedException>(async () =>
        {
            await foreach (var tick in JsonLines.ReadAsync(response, TickJson.Default.Tick, failsafe.Token))
            {
                lockStep.Yielded(ids.Count);
                ids.Add(tick.Id);
            }
        });

        Assert.Equal([0, 1, 2], ids);
        Assert.Equal(3, error.ItemsRead);
        Assert.Equal("application/jsonl", error.MediaType);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
    }

    [Fact]
    public async Task A_dropped_event_stream_is_a_StreamInterruptedException_not_a_silent_end()
    {
        using var failsafe = Failsafe.Start();
        using var lockStep = new LockStep(failsafe.Token);
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            await lockStep.SendAsync(context.Response, "id: 1\ndata: {\"id\":1,\"text\":\"t\"}\n\n");
            await context.CutAsync(string.Empty, failsafe.Token);
        });
        using var client = new HttpClient();
        var response = await server.GetAsync(client, failsafe.Token);

        var count = 0;
        var error = await Assert.ThrowsAsync<StreamInterruptedException>(async () =>
        {
            await foreach (var item in EventStream.ReadAsync(response, TickJson.Default.Tick, failsafe.Token))
            {
                lockStep.Yielded(count++);
            }
        });

        Assert.Equal(1, count);
        Assert.Equal(1, error.ItemsRead);
    }

    [Fact]
    public async Task Cancelling_mid_stream_throws_OperationCanceledException_and_the_server_sees_the_disconnect()
    {
        using var failsafe = Failsafe.Start();
        var departure = new ClientDeparture();
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/jsonl";
            await context.Response.SendAsync("{\"id\":1,\"text\":\"t\"}\n{\"id\":2,\"text\":\"t\"}\n", failsafe.Token);

            // Nothing more is sent: the client's read is pending when it cancels.
            await departure.WaitAsync(context, failsafe.Token);
        });
        using var client = new HttpClient();
        var response = await server.GetAsync(client, failsafe.Token);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(failsafe.Token);

        var ids = new List<int>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var tick in JsonLines.ReadAsync(response, TickJson.Default.Tick, cancel.Token))
            {
                ids.Add(tick.Id);
                if (ids.Count == 2)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal([1, 2], ids);
        await departure.SeenAsync(failsafe.Token);
        Assert.False(failsafe.IsCancellationRequested);
    }

    [Fact]
    public async Task Cancelling_through_WithCancellation_stops_a_pending_event_read()
    {
        using var failsafe = Failsafe.Start();
        var departure = new ClientDeparture();
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.SendAsync("data: {\"id\":1,\"text\":\"t\"}\n\n", failsafe.Token);
            await departure.WaitAsync(context, failsafe.Token);
        });
        using var client = new HttpClient();
        var response = await server.GetAsync(client, failsafe.Token);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(failsafe.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in EventStream.ReadAsync(response, TickJson.Default.Tick).WithCancellation(cancel.Token))
            {
                Assert.Equal(1, item.Data.Id);
                await cancel.CancelAsync();
            }
        });

        await departure.SeenAsync(failsafe.Token);
    }

    [Fact]
    public async Task A_json_line_that_does_not_parse_names_its_index_line_and_path()
    {
        using var failsafe = Failsafe.Start();
        await using var server = await StreamingServer.AnsweringAsync(200, "application/jsonl", "{\"id\":0,\"text\":\"a\"}\n{\"id\":1,\"text\":\"b\"}\n\n{\"id\":\"two\",\"text\":\"c\"}\n{\"id\":3,\"text\":\"d\"}\n", failsafe.Token);
        using var client = new HttpClient();
        var response = await server.GetAsync(client, failsafe.Token);

        var ids = new List<int>();
        var error = await Assert.ThrowsAsync<StreamItemException>(async () =>
        {
            await foreach (var tick in JsonLines.ReadAsync(response, TickJson.Default.Tick, failsafe.Token))
            {
                ids.Add(tick.Id);
            }
        });

        Assert.Equal([0, 1], ids);
        Assert.Equal(2, error.ItemIndex);
        Assert.Equal(4, error.LineNumber);
        Assert.Equal("$.id", error.JsonPath);
        Assert.Null(error.EventId);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
        Assert.StartsWith("Item 2 (line 4) of the application/jsonl response could not be read at $.id: ", error.Message);
    }

    [Fact]
    public async Task An_event_whose_data_does_not_parse_names_its_index_type_and_id()
    {
        using var failsafe = Failsafe.Start();
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync(
                "id: e0\ndata: {\"id\":0,\"text\":\"a\"}\n\n"
                + "id: e1\ndata: {\"id\":1,\"text\":\"b\"}\n\n"
                + "event: tick\nid: e2\ndata: {\"id\":2,\"text\":}\n\n",
                failsafe.Token);
        });
        using var client = new HttpClient();
        var response = await server.GetAsync(client, failsafe.Token);

        var count = 0;
        var error = await Assert.ThrowsAsync<StreamItemException>(async () =>
        {
            await foreach (var item in EventStream.ReadAsync(response, TickJson.Default.Tick, failsafe.Token))
            {
                count++;
            }
        });

        Assert.Equal(2, count);
        Assert.Equal(2, error.ItemIndex);
        Assert.Equal("e2", error.EventId);
        Assert.Equal("tick", error.EventType);
        Assert.Null(error.LineNumber);
        Assert.Equal("text/event-stream", error.MediaType);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
        Assert.StartsWith("Item 2 (event 'tick', id 'e2') of the text/event-stream response could not be read", error.Message);
    }
}
