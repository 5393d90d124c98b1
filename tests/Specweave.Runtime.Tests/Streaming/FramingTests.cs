using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using Specweave.Runtime.Streaming;
using Specweave.Runtime.Tests.Infrastructure;

namespace Specweave.Runtime.Tests.Streaming;

/// <summary>The edges of each format's framing, read from memory: where one item ends, and what a clean end is.</summary>
public sealed class FramingTests
{
    [Fact]
    public async Task Json_lines_accept_crlf_blank_lines_and_a_last_line_without_a_line_end()
    {
        var ticks = await ReadLines("\r\n{\"id\":1,\"text\":\"a\"}\r\n   \n{\"id\":2,\"text\":\"b\"}\n{\"id\":3,\"text\":\"c\"}");

        Assert.Equal([1, 2, 3], ticks.Select(t => t.Id));
    }

    [Fact]
    public async Task A_json_line_cut_short_at_the_end_of_the_body_is_a_malformed_item_on_its_line()
    {
        var error = await Assert.ThrowsAsync<StreamItemException>(() => ReadLines("{\"id\":1,\"text\":\"a\"}\n\n{\"id\":2,\"te"));

        Assert.Equal(1, error.ItemIndex);
        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    public async Task Two_json_values_on_one_line_are_a_malformed_item()
    {
        var error = await Assert.ThrowsAsync<StreamItemException>(() => ReadLines("{\"id\":1,\"text\":\"a\"} {\"id\":2,\"text\":\"b\"}\n"));

        Assert.Equal(0, error.ItemIndex);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public async Task Json_text_sequences_skip_empty_records_and_read_values_that_span_lines()
    {
        var ticks = await ReadSequence("\u001e{\"id\":1,\"text\":\"a\"}\n\u001e\u001e{\n  \"id\": 2,\n  \"text\": \"b\"\n}\n\u001e{\"id\":3,\"text\":\"c\"}");

        Assert.Equal([1, 2, 3], ticks.Select(t => t.Id));
    }

    [Fact]
    public async Task A_bare_number_record_without_its_line_feed_may_be_truncated_and_is_refused()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("\u001e1\n\u001e12"));
        var values = new List<int>();

        var error = await Assert.ThrowsAsync<StreamItemException>(async () =>
        {
            await foreach (var value in JsonSequence.ReadAsync(stream, NumberJson.Default.Int32))
            {
                values.Add(value);
            }
        });

        Assert.Equal([1], values);
        Assert.Equal(1, error.ItemIndex);
        Assert.Contains("RFC 7464", error.Message);
    }

    [Fact]
    public async Task Text_before_the_first_record_separator_is_refused()
    {
        var error = await Assert.ThrowsAsync<StreamItemException>(() => ReadSequence("{\"id\":1,\"text\":\"a\"}\n"));

        Assert.Equal(0, error.ItemIndex);
    }

    [Fact]
    public async Task Text_after_a_records_value_is_refused()
    {
        var error = await Assert.ThrowsAsync<StreamItemException>(() => ReadSequence("\u001e{\"id\":1,\"text\":\"a\"}\n\u001e{\"id\":2,\"text\":\"b\"} 3\n"));

        Assert.Equal(1, error.ItemIndex);
    }

    [Fact]
    public async Task An_event_still_pending_when_the_body_ends_is_dropped_as_the_standard_says()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("data: {\"id\":1,\"text\":\"a\"}\n\ndata: {\"id\":2,\"text\":\"b\"}\n"));
        var items = new List<SseItem<Tick>>();

        await foreach (var item in EventStream.ReadAsync(stream, TickJson.Default.Tick))
        {
            items.Add(item);
        }

        Assert.Equal([1], items.Select(i => i.Data.Id));
    }

    [Fact]
    public async Task An_item_parser_reads_events_by_type_and_its_json_errors_are_positioned()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("event: ping\ndata: hello\n\nid: 7\ndata: {\"id\":7,\"text\":\"a\"}\n\nevent: ping\ndata: bye\n\nid: 8\ndata: nope\n\n"));
        var items = new List<string>();

        var error = await Assert.ThrowsAsync<StreamItemException>(async () =>
        {
            await foreach (var item in EventStream.ReadAsync(stream, (type, data) => type == "ping" ? Encoding.UTF8.GetString(data) : JsonSerializer.Deserialize(data, TickJson.Default.Tick)!.Text))
            {
                items.Add(item.Data);
            }
        });

        Assert.Equal(["hello", "a", "bye"], items);
        Assert.Equal(3, error.ItemIndex);
        Assert.Equal("8", error.EventId);
        Assert.Equal("message", error.EventType);
    }

    private static async Task<List<Tick>> ReadLines(string body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        var ticks = new List<Tick>();
        await foreach (var tick in JsonLines.ReadAsync(stream, TickJson.Default.Tick))
        {
            ticks.Add(tick);
        }

        return ticks;
    }

    private static async Task<List<Tick>> ReadSequence(string body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        var ticks = new List<Tick>();
        await foreach (var tick in JsonSequence.ReadAsync(stream, TickJson.Default.Tick))
        {
            ticks.Add(tick);
        }

        return ticks;
    }
}
