using System.Net;
using System.Net.Sockets;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A loopback server that accepts connections and never answers: a call to it stays pending until the client
/// gives up (its timeout, or Ctrl+C), without any clock on the server side deciding when.
/// </summary>
public sealed class SilentServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public SilentServer() => _listener.Start();

    public Uri Endpoint => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>Completes when a client has connected (the call has reached the server); keep the connection open.</summary>
    public Task<TcpClient> AcceptAsync(CancellationToken cancellationToken) => _listener.AcceptTcpClientAsync(cancellationToken).AsTask();

    public void Dispose() => _listener.Dispose();
}
