using System.Text;
using System.Text.Json;
using PartnerCenter.Customers.Http;
using Refit;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>
/// The serializer of <see cref="PartnerCenterServiceCollectionExtensions.CreateRefitSettings"/> reads the same values as
/// Refit's System.Text.Json serializer, whatever the body's encoding, buffering or defects.
/// </summary>
public sealed class BufferedJsonContentSerializerTests
{
    private static readonly IHttpContentSerializer Ours = PartnerCenterServiceCollectionExtensions.CreateRefitSettings().ContentSerializer;

    private static readonly IHttpContentSerializer Refits = SystemTextJsonContentSerializer.ForContext(PartnerCenterCustomersJsonContext.Default);

    [Fact]
    public void The_client_settings_use_it()
    {
        Assert.IsType<BufferedJsonContentSerializer>(Ours);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=\"UTF-8\"")]
    [InlineData("application/json;charset=Utf-8")]
    [InlineData("application/json")]
    [InlineData(null)]
    public async Task A_UTF8_body_reads_as_Refits_serializer_reads_it(string? contentType)
    {
        var ours = await ReadAsync(Ours, Encoding.UTF8.GetBytes(Samples.Corrected), contentType);
        var refits = await ReadAsync(Refits, Encoding.UTF8.GetBytes(Samples.Corrected), contentType);

        Assert.Equal(Samples.DocumentedCustomerId, ours.Id);
        Assert.Equal(Write(refits), Write(ours));
    }

    [Fact]
    public async Task A_byte_order_mark_is_skipped()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Samples.Corrected)).ToArray();

        Assert.Equal(Samples.DocumentedCustomerId, (await ReadAsync(Ours, body, "application/json; charset=utf-8")).Id);
    }

    [Fact]
    public async Task Another_charset_is_transcoded_as_before()
    {
        var body = Encoding.Unicode.GetBytes(Samples.Corrected);

        Assert.Equal(Samples.DocumentedCustomerId, (await ReadAsync(Ours, body, "application/json; charset=utf-16")).Id);
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("no-such-charset")]
    public async Task An_unknown_charset_fails_as_before(string charset)
    {
        var contentType = $"application/json; charset={charset}";

        await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAsync(Refits, Encoding.UTF8.GetBytes(Samples.Corrected), contentType));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAsync(Ours, Encoding.UTF8.GetBytes(Samples.Corrected), contentType));
    }

    [Fact]
    public async Task A_body_that_is_not_buffered_is_read_as_it_comes()
    {
        using var content = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes(Samples.Corrected)));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");

        Assert.Equal(Samples.DocumentedCustomerId, (await Ours.FromHttpContentAsync<Customer>(content))!.Id);
    }

    [Fact]
    public async Task A_body_that_does_not_fit_fails_with_the_same_exception_and_stays_readable()
    {
        const string body = "{\"id\": 42";
        using var content = Json(Encoding.UTF8.GetBytes(body), "application/json; charset=utf-8");
        await content.LoadIntoBufferAsync();

        var read = Ours.FromHttpContentAsync<Customer>(content);

        await Assert.ThrowsAnyAsync<JsonException>(() => read);
        Assert.Equal(body, await content.ReadAsStringAsync());
    }

    /// <summary>
    /// The full client's success body (a <see cref="PooledBodyContent"/> from <see cref="ResponseBodyHandler"/>) reads as
    /// Refit's serializer reads it. These check the values of that path; that it reads in place, not copied out, is not observable here.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_in_the_full_clients_pooled_buffer_reads_as_Refits_serializer_reads_it(bool byteOrderMark)
    {
        var body = Encoding.UTF8.GetBytes(Samples.Corrected);
        using var content = Pooled(byteOrderMark ? [.. Encoding.UTF8.GetPreamble(), .. body] : body);

        var ours = (await Ours.FromHttpContentAsync<Customer>(content))!;

        Assert.Equal(Write(await ReadAsync(Refits, body, contentType: null)), Write(ours));
    }

    [Fact]
    public async Task A_pooled_body_that_does_not_fit_fails_with_the_same_exception_and_stays_readable()
    {
        const string body = "{\"id\": 42";
        using var content = Pooled(Encoding.UTF8.GetBytes(body));

        await Assert.ThrowsAnyAsync<JsonException>(() => Ours.FromHttpContentAsync<Customer>(content));
        Assert.Equal(body, await content.ReadAsStringAsync());
    }

    private static PooledBodyContent Pooled(byte[] body)
    {
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(body.Length);
        body.CopyTo(rented, 0);
        var content = new PooledBodyContent(rented, body.Length);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        return content;
    }

    private static async Task<Customer> ReadAsync(IHttpContentSerializer serializer, byte[] body, string? contentType)
    {
        using var content = Json(body, contentType);
        // As Refit hands it over: buffered.
        await content.LoadIntoBufferAsync();
        return (await serializer.FromHttpContentAsync<Customer>(content))!;
    }

    private static string Write(Customer customer) => JsonSerializer.Serialize(customer, PartnerCenterCustomersJsonContext.Default.Customer);

    private static ByteArrayContent Json(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    /// <summary>A body that arrives a few bytes at a time, asynchronously, as from a slow network.</summary>
    private sealed class TrickleStream(byte[] body) : MemoryStream(body)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return await base.ReadAsync(buffer[..Math.Min(buffer.Length, 100)], cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
