using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PartnerCenter.Customers.Tests;

/// <summary>
/// A plain HTTP listener on loopback that answers every request with one fixed JSON body and keeps
/// the request lines and headers it saw. Requests go over real sockets, like against the service.
/// </summary>
internal sealed class LocalHttpListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _body;
    private readonly Task _loop;
    private readonly List<(string Method, string Path, WebHeaderCollection Headers)> _requests = [];

    public LocalHttpListener(string body)
    {
        _body = body;
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public IReadOnlyList<(string Method, string Path, WebHeaderCollection Headers)> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with an exception when the listener closes under it; nothing to report.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            lock (_requests)
            {
                _requests.Add((context.Request.HttpMethod, context.Request.Url!.AbsolutePath, new WebHeaderCollection { context.Request.Headers }));
            }

            var bytes = Encoding.UTF8.GetBytes(_body);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
