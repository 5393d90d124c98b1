using System.Buffers;
using System.Text;
using PartnerCenter.Customers.Http;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>
/// A success body held in a pooled buffer: read by copying it out, as often as asked, and its buffer cleared and given
/// back only when the content is disposed and no copy is going on, so that no reader ever sees another response's bytes.
/// </summary>
public sealed class PooledBodyContentTests
{
    private const string Body = """{"id":"aaaabbbb-0000-cccc-1111-dddd2222eeee"}""";

    [Fact]
    public async Task The_body_is_read_as_often_as_asked_with_its_own_length()
    {
        using var content = Content(out _);

        Assert.Equal(Body.Length, content.Headers.ContentLength);
        Assert.Equal(Body, await content.ReadAsStringAsync());
        using var copy = new MemoryStream();
        content.CopyTo(copy, context: null, CancellationToken.None);
        Assert.Equal(Body, Encoding.UTF8.GetString(copy.ToArray()));
        Assert.Equal(Body, await content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Disposed_the_buffer_is_cleared_and_no_read_is_allowed()
    {
        var content = Content(out var rented);

        content.Dispose();
        content.Dispose();

        AssertBodyCleared(rented);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => content.CopyToAsync(Stream.Null));
    }

    [Fact]
    public async Task A_copy_going_on_keeps_the_buffer_until_it_ends()
    {
        var content = Content(out var rented);
        var target = new HeldStream();

        var copying = content.CopyToAsync(target);
        await target.Writing.Task;
        content.Dispose();

        Assert.Equal(Body, Encoding.UTF8.GetString(rented, 0, Body.Length));
        target.Release.SetResult();
        await copying;
        Assert.Equal(Body, Encoding.UTF8.GetString(target.Written));
        AssertBodyCleared(rented);
    }

    /// <summary>The body's bytes are zero: the rest of the array never held it (the pool's other users own what was there).</summary>
    private static void AssertBodyCleared(byte[] rented) => Assert.All(rented.AsSpan(0, Body.Length).ToArray(), b => Assert.Equal(0, b));

    private static PooledBodyContent Content(out byte[] rented)
    {
        rented = ArrayPool<byte>.Shared.Rent(Body.Length + 1);
        var length = Encoding.UTF8.GetBytes(Body, rented);
        return new PooledBodyContent(rented, length);
    }

    /// <summary>A stream whose write copies the bytes it is given and then waits to be released.</summary>
    private sealed class HeldStream : MemoryStream
    {
        public TaskCompletionSource Writing { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public byte[] Written { get; private set; } = [];

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writing.SetResult();
            await Release.Task;
            Written = buffer.ToArray();
        }
    }
}
