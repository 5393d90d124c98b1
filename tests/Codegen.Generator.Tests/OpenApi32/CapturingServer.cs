using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Codegen.Generator.Tests.OpenApi32;

/// <summary>A request as it arrived over the socket: method, raw path and query, content type and body.</summary>
public sealed record ArrivedRequest(string Method, string RawUrl, string? ContentType, string Body);

/// <summary>
/// An HTTP server on 127.0.0.1 that records each request exactly as it arrived and answers with a fixed JSON body,
/// so tests see what a generated client put on the wire (the method name and the query string are not
/// normalised by a handler in between).
/// </summary>
public sealed class CapturingServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _answer;
    private readonly List<ArrivedRequest> _requests = [];
    private readonly Task _loop;

    public CapturingServer(string answer)
    {
        _answer = answer;
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public ArrivedRequest OnlyRequest()
    {
        lock (_requests)
        {
            return Assert.Single(_requests);
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
            // The loop ends with an exception when the listener closes under it.
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
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            lock (_requests)
            {
                _requests.Add(new ArrivedRequest(context.Request.HttpMethod, context.Request.RawUrl ?? "/", context.Request.ContentType, body));
            }

            var bytes = Encoding.UTF8.GetBytes(_answer);
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
