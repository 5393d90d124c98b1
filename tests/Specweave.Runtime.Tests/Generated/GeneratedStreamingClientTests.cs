using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Refit;
using Specweave.Runtime.Streaming;
using Specweave.Runtime.Tests.Infrastructure;
using Ticker.Client;
using Tick = Ticker.Client.Tick;

namespace Specweave.Runtime.Tests.Generated;

/// <summary>
/// The client generated at build time from tests/Codegen.Generator.Tests/Specs/streaming/streaming.yaml (an OpenApiSpec
/// item of this project, through Specweave.Build's targets), called as a consumer calls it, over a Kestrel server on
/// 127.0.0.1. The lock-step servers send item k+1 only once the client has yielded item k, so a generated method that
/// buffered the body would hang into the failsafe and fail: passing shows items are yielded as they arrive.
/// </summary>
public sealed class GeneratedStreamingClientTests
{
    private const int Count = 10_000;

    [Fact]
    public async Task The_generated_SSE_method_yields_10000_events_one_at_a_time_with_their_type_and_id()
    {
        using var failsafe = Failsafe.Start();
        using var lockStep = new LockStep(failsafe.Token);
        string? accept = null;
        string? symbol = null;
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            accept = context.Request.Headers.Accept;
            symbol = context.Request.Query["symbol"];
            context.Response.ContentType = "text/event-stream";
            for (var i = 0; i < Count; i++)
            {
                await lockStep.SendAsync(context.Response, (i % 2 == 0 ? "event: tick\n" : string.Empty) + "id: " + Number(i) + "\ndata: {\"seq\":" + Number(i) + ",\"price\":1.5}\n\n");
            }
        });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var api = RestService.For<ITickerApi>(client);

        var expected = 0;
        await foreach (var item in api.StreamTicksAsync("ACME", cancellationToken: failsafe.Token))
        {
            Assert.Equal(new Tick { Seq = expected, Price = 1.5 }, item.Data);
            Assert.Equal(expected % 2 == 0 ? "tick" : "message", item.EventType);
            Assert.Equal(Number(expected), item.EventId);
            lockStep.Yielded(expected++);
        }

        Assert.Equal(Count, expected);
        Assert.Equal("text/event-stream", accept);
        Assert.Equal("ACME", symbol);
    }

    [Fact]
    public async Task The_generated_JSON_Lines_method_yields_10000_lines_one_at_a_time()
    {
        using var failsafe = Failsafe.Start();
        using var lockStep = new LockStep(failsafe.Token);
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/jsonl";
            for (var i = 0; i < Count; i++)
            {
                await lockStep.SendAsync(context.Response, "{\"seq\":" + Number(i) + ",\"price\":2}\n");
            }
        });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var api = RestService.For<ITickerApi>(client);

        var expected = 0;
        await foreach (var tick in api.ExportTicksAsync(failsafe.Token))
        {
            Assert.Equal(expected, tick.Seq);
            lockStep.Yielded(expected++);
        }

        Assert.Equal(Count, expected);
    }

    [Fact]
    public async Task The_generated_json_seq_method_sends_its_body_and_yields_each_record()
    {
        using var failsafe = Failsafe.Start();
        string? body = null;
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            body = await new StreamReader(context.Request.Body).ReadToEndAsync(failsafe.Token);
            context.Response.ContentType = "application/json-seq";
            await context.Response.WriteAsync("\u001e{\"side\":\"buy\"}\n\u001e{\"side\":\"sell\"}\n", failsafe.Token);
        });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var api = RestService.For<ITickerApi>(client);

        var sides = new List<TradeSide>();
        await foreach (var trade in api.ReplayTicksAsync(new Replay { From = 7 }, failsafe.Token))
        {
            sides.Add(trade.Side);
        }

        Assert.Equal([TradeSide.Buy, TradeSide.Sell], sides);
        Assert.Equal("{\"from\":7}", body);
    }

    [Fact]
    public async Task An_item_schema_of_the_whole_event_yields_its_data_as_the_item_and_string_data_as_text()
    {
        using var failsafe = Failsafe.Start();
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            var body = context.Request.Path == "/ticks/events"
                ? "event: tick\nid: 7\ndata: {\"seq\":7,\"price\":3}\n\n"
                : "event: notice\ndata: not JSON,\ndata: two lines\n\n";
            await context.Response.WriteAsync(body, failsafe.Token);
        });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var api = RestService.For<ITickerApi>(client);

        var ticks = new List<System.Net.ServerSentEvents.SseItem<Tick>>();
        await foreach (var item in api.StreamTickEventsAsync(failsafe.Token))
        {
            ticks.Add(item);
        }

        var messages = new List<System.Net.ServerSentEvents.SseItem<string>>();
        await foreach (var item in api.StreamMessagesAsync(failsafe.Token))
        {
            messages.Add(item);
        }

        var tick = Assert.Single(ticks);
        Assert.Equal((new Tick { Seq = 7, Price = 3 }, "tick", "7"), (tick.Data, tick.EventType, tick.EventId));
        var message = Assert.Single(messages);
        Assert.Equal(("not JSON,\ntwo lines", "notice"), (message.Data, message.EventType));
    }

    [Fact]
    public async Task Cancelling_mid_stream_stops_the_generated_method_and_the_server_sees_the_disconnect()
    {
        using var failsafe = Failsafe.Start();
        var departure = new ClientDeparture();
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/jsonl";
            await context.Response.SendAsync("{\"seq\":1,\"price\":1}\n{\"seq\":2,\"price\":1}\n", failsafe.Token);
            await departure.WaitAsync(context, failsafe.Token);
        });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var api = RestService.For<ITickerApi>(client);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(failsafe.Token);

        var seen = new List<long>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            // The token given to the enumeration reaches the request and the reader ([EnumeratorCancellation]).
            await foreach (var tick in api.ExportTicksAsync().WithCancellation(cancel.Token))
            {
                seen.Add(tick.Seq);
                if (seen.Count == 2)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal([1L, 2L], seen);
        await departure.SeenAsync(failsafe.Token);
        Assert.False(failsafe.IsCancellationRequested);
    }

    [Fact]
    public async Task A_malformed_item_surfaces_as_StreamItemException_with_its_index_after_the_items_before_it()
    {
        using var failsafe = Failsafe.Start();
        await using var server = await StreamingServer.AnsweringAsync(200, "application/jsonl", "{\"seq\":0,\"price\":1}\n{\"seq\":1,\"price\":1}\n{\"seq\":\"two\",\"price\":1}\n{\"seq\":3,\"price\":1}\n", failsafe.Token);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var api = RestService.For<ITickerApi>(client);

        var seen = new List<long>();
        var error = await Assert.ThrowsAsync<StreamItemException>(async () =>
        {
            await foreach (var tick in api.ExportTicksAsync(failsafe.Token))
            {
                seen.Add(tick.Seq);
            }
        });

        Assert.Equal([0L, 1L], seen);
        Assert.Equal(2, error.ItemIndex);
        Assert.Equal(3, error.LineNumber);
        Assert.Equal("$.seq", error.JsonPath);
    }

    [Fact]
    public async Task A_server_that_drops_mid_stream_surfaces_as_StreamInterruptedException()
    {
        using var failsafe = Failsafe.Start();
        using var lockStep = new LockStep(failsafe.Token);
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/event-stream";
            // Cut once the first event is yielded (a reset could otherwise discard it unread), half-way through the next.
            await lockStep.SendAsync(context.Response, "data: {\"seq\":0,\"price\":1}\n\n");
            await context.CutAsync("data: {\"seq\":1,", failsafe.Token);
        });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var api = RestService.For<ITickerApi>(client);

        var seen = new List<long>();
        var error = await Assert.ThrowsAsync<StreamInterruptedException>(async () =>
        {
            await foreach (var item in api.StreamTicksAsync("ACME", cancellationToken: failsafe.Token))
            {
                lockStep.Yielded(seen.Count);
                seen.Add(item.Data.Seq);
            }
        });

        Assert.Equal([0L], seen);
        Assert.Equal(1, error.ItemsRead);
    }

    [Fact]
    public async Task An_error_status_throws_Refit_ApiException_before_any_item()
    {
        using var failsafe = Failsafe.Start();
        await using var server = await StreamingServer.AnsweringAsync(404, "application/json", "{\"error\":\"unknown symbol\"}", failsafe.Token);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var api = RestService.For<ITickerApi>(client);

        var error = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (var item in api.StreamTicksAsync("NOPE", cancellationToken: failsafe.Token))
            {
                Assert.Fail("No item is yielded for an error status, got " + item.EventId);
            }
        });

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("{\"error\":\"unknown symbol\"}", error.Content);
        Assert.Equal(HttpMethod.Get, error.HttpMethod);
    }

    [Fact]
    public async Task An_error_status_is_the_ApiException_of_the_clients_settings_so_its_serializer_reads_the_content()
    {
        using var failsafe = Failsafe.Start();
        await using var server = await StreamingServer.AnsweringAsync(404, "application/json", "{\"seq\":404,\"price\":0}", failsafe.Token);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var settings = new RefitSettings(SystemTextJsonContentSerializer.ForContext(TickerJsonContext.Default));
        var api = RestService.For<ITickerApi>(client, settings);

        var error = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (var tick in api.ExportTicksAsync(failsafe.Token))
            {
                Assert.Fail("No item is yielded for an error status, got " + tick.Seq);
            }
        });

        // Not a default RefitSettings: GetContentAsAsync reads the error body with the client's own serializer.
        Assert.Same(settings, error.RefitSettings);
        Assert.Equal(new Tick { Seq = 404, Price = 0 }, await error.GetContentAsAsync<Tick>());
    }

    [Fact]
    public async Task An_error_status_is_what_the_clients_exception_factory_makes_of_it_before_any_item()
    {
        using var failsafe = Failsafe.Start();
        await using var server = await StreamingServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 503;
            context.Response.Headers.RetryAfter = "7";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"error\":\"closed\"}", failsafe.Token);
        });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var settings = new RefitSettings
        {
            ExceptionFactory = async response => response.IsSuccessStatusCode
                ? null
                : new TickerException(response.StatusCode, response.Headers.RetryAfter?.Delta, await response.Content.ReadAsStringAsync()),
        };
        var api = RestService.For<ITickerApi>(client, settings);

        var seen = 0;
        var error = await Assert.ThrowsAsync<TickerException>(async () =>
        {
            await foreach (var item in api.StreamTicksAsync("ACME", cancellationToken: failsafe.Token))
            {
                seen++;
            }
        });

        Assert.Equal(0, seen);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(7), "{\"error\":\"closed\"}"), (error.Status, error.RetryAfter, error.Body));
    }

    [Fact]
    public async Task A_success_status_the_clients_exception_factory_rejects_yields_no_item()
    {
        using var failsafe = Failsafe.Start();
        await using var server = await StreamingServer.AnsweringAsync(200, "application/jsonl", "{\"seq\":0,\"price\":1}\n", failsafe.Token);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var settings = new RefitSettings
        {
            // A factory may judge more than the status (here the media type): the streamed method hears it too.
            ExceptionFactory = response => ValueTask.FromResult<Exception?>(
                response.Content.Headers.ContentType?.MediaType == "application/jsonl"
                    ? new TickerException(response.StatusCode, null, "not accepted")
                    : null),
        };
        var api = RestService.For<ITickerApi>(client, settings);

        var error = await Assert.ThrowsAsync<TickerException>(async () =>
        {
            await foreach (var tick in api.ExportTicksAsync(failsafe.Token))
            {
                Assert.Fail("No item is yielded for a rejected response, got " + tick.Seq);
            }
        });

        Assert.Equal((HttpStatusCode.OK, "not accepted"), (error.Status, error.Body));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A client's own exception type, which Refit's ApiResponse does not keep.</summary>
    private sealed class TickerException(HttpStatusCode status, TimeSpan? retryAfter, string body) : Exception("The ticker service failed.")
    {
        public HttpStatusCode Status { get; } = status;

        public TimeSpan? RetryAfter { get; } = retryAfter;

        public string Body { get; } = body;
    }
}
