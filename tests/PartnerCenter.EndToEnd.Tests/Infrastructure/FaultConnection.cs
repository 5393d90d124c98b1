using System.Net.Sockets;
using System.Text;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>Where a scripted answer goes: raw bytes on the request's connection, counted as they are written.</summary>
public sealed class FaultConnection(Socket socket, Stream stream, CancellationToken stopping)
{
    private const int FillerChunk = 64 * 1024;
    private long _bytesWritten;

    /// <summary>Bytes written so far (a write the client never took counts only if it completed).</summary>
    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    /// <summary>Writes text as it is (UTF-8), e.g. a status line and headers.</summary>
    public Task WriteAsync(string text) => WriteAsync(Encoding.UTF8.GetBytes(text));

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes)
    {
        await stream.WriteAsync(bytes, stopping);
        Interlocked.Add(ref _bytesWritten, bytes.Length);
    }

    /// <summary>Writes <paramref name="count"/> bytes of <paramref name="filler"/> in chunks, stopping when the client goes away.</summary>
    public async Task WriteFillerAsync(long count, byte filler = (byte)' ')
    {
        var chunk = new byte[FillerChunk];
        Array.Fill(chunk, filler);
        for (var left = count; left > 0; left -= FillerChunk)
        {
            await WriteAsync(chunk.AsMemory(0, (int)Math.Min(FillerChunk, left)));
        }
    }

    /// <summary>
    /// Drops the connection with a reset, as a crashing server or a gateway killing the connection does. (A plain
    /// close before any answer is what a server closing an idle connection does, which the platform's HTTP stack
    /// retries on its own.)
    /// </summary>
    public Task ResetAsync()
    {
        socket.LingerState = new LingerOption(enable: true, seconds: 0);
        socket.Close();
        return Task.CompletedTask;
    }

    /// <summary>Sends nothing and keeps the connection open until the server stops or the client goes away.</summary>
    public async Task HoldOpenAsync()
    {
        var probe = new byte[1];
        // A read returns 0 (or fails) once the client closes its end.
        while (await stream.ReadAsync(probe, stopping) > 0)
        {
        }
    }
}
