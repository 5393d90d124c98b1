using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A raw HTTP/1.1 server on a TCP socket (loopback unless told otherwise) that answers each request byte for byte
/// as the test scripts it: the misbehaviour of gateways and proxies that a well-behaved server framework will not
/// produce (any status line or header, bodies of any declared or actual length, echoed credentials, never
/// answering). It reports each request as it arrives, so tests wait on events rather than on time. Every answer
/// closes its connection, so each request arrives on a connection of its own.
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    private static readonly byte[] EndOfHead = "\r\n\r\n"u8.ToArray();

    private readonly TcpListener _listener;
    private readonly Func<ReceivedRequest, FaultConnection, Task> _respond;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly ConcurrentDictionary<int, FaultConnection> _answers = new();
    private readonly List<ReceivedRequest> _requests = [];
    private readonly List<TaskCompletionSource<ReceivedRequest>> _arrivals = [];
    private readonly Task _acceptLoop;

    private FaultServer(Func<ReceivedRequest, FaultConnection, Task> respond, IPAddress address, string host)
    {
        _respond = respond;
        _listener = new TcpListener(address, 0);
        _listener.Start();
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        BaseAddress = new Uri($"http://{host}:{port}/");
        _acceptLoop = AcceptAsync();
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The requests received so far, in order of arrival.</summary>
    public IReadOnlyList<ReceivedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Starts a server on 127.0.0.1 that answers every request with <paramref name="respond"/>.</summary>
    public static FaultServer Start(Func<ReceivedRequest, FaultConnection, Task> respond) =>
        new(respond, IPAddress.Loopback, "127.0.0.1");

    /// <summary>Starts a server listening on <paramref name="address"/>, reached through <paramref name="host"/>.</summary>
    public static FaultServer Start(Func<ReceivedRequest, FaultConnection, Task> respond, IPAddress address, string host) =>
        new(respond, address, host);

    /// <summary>Completes when the <paramref name="number"/>th request (from 1) has arrived, before it is answered.</summary>
    public Task<ReceivedRequest> RequestAsync(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        lock (_requests)
        {
            return Arrival(number).Task;
        }
    }

    /// <summary>The bytes the server managed to write in answer to the <paramref name="number"/>th request.</summary>
    public long BytesSentFor(int number) => _answers.TryGetValue(number, out var answer) ? answer.BytesWritten : 0;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await Task.WhenAll([_acceptLoop, .. _connections]);
        _stopping.Dispose();
    }

    private TaskCompletionSource<ReceivedRequest> Arrival(int number)
    {
        while (_arrivals.Count < number)
        {
            _arrivals.Add(new TaskCompletionSource<ReceivedRequest>(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        return _arrivals[number - 1];
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _connections.Add(ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream);
                if (head is null)
                {
                    return;
                }

                ReceivedRequest request;
                lock (_requests)
                {
                    request = ReceivedRequest.Parse(_requests.Count + 1, head);
                    _requests.Add(request);
                }

                var answer = new FaultConnection(client.Client, stream, _stopping.Token);
                _answers[request.Number] = answer;
                lock (_requests)
                {
                    Arrival(request.Number).TrySetResult(request);
                }

                await _respond(request, answer);
                await stream.FlushAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away (as it should, from an answer it refuses) or the server is stopping.
            }
        }
    }

    private async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var head = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            var read = await stream.ReadAsync(buffer, _stopping.Token);
            if (read == 0)
            {
                return null;
            }

            head.Write(buffer, 0, read);
            // Requests from the client under test are GETs: the head is all there is.
            if (head.GetBuffer().AsSpan(0, (int)head.Length).IndexOf(EndOfHead) >= 0)
            {
                return Encoding.Latin1.GetString(head.GetBuffer(), 0, (int)head.Length);
            }
        }
    }
}
