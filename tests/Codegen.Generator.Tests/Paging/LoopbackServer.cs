using System.Collections.Specialized;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Codegen.Generator.Tests.Paging;

/// <summary>A request as the server received it: the raw path and query (and both as one, unnormalised), the headers and the body.</summary>
public sealed record ServerRequest(
    string Method,
    string Path,
    string RawQuery,
    NameValueCollection Query,
    IReadOnlyDictionary<string, string> Headers,
    string RawUrl = "/",
    string? ContentType = null,
    string Body = "")
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>What the server answers: a status and a JSON body.</summary>
public sealed record ServerResponse(int Status, string Body)
{
    public static ServerResponse Json(string body) => new(200, body);
}

/// <summary>
/// An HTTP server on 127.0.0.1 that answers each request with what <c>respond</c> returns and records
/// every request, so tests can count what a pager fetched and read what it sent. Requests go over real
/// sockets through the generated client's HttpClient, like against a service.
/// </summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<ServerRequest, Task<ServerResponse>> _respond;
    private readonly List<ServerRequest> _requests = [];
    private readonly Task _loop;

    public LoopbackServer(Func<ServerRequest, ServerResponse> respond)
        : this(request => Task.FromResult(respond(request)))
    {
    }

    public LoopbackServer(Func<ServerRequest, Task<ServerResponse>> respond)
    {
        _respond = respond;
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public IReadOnlyList<ServerRequest> Requests
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

            // Each request on its own, so a response the test holds back does not stop the next request.
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var raw = context.Request.RawUrl ?? "/";
        var question = raw.IndexOf('?', StringComparison.Ordinal);
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var request = new ServerRequest(
            context.Request.HttpMethod,
            question < 0 ? raw : raw[..question],
            question < 0 ? string.Empty : raw[(question + 1)..],
            context.Request.QueryString,
            context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase),
            raw,
            context.Request.ContentType,
            await reader.ReadToEndAsync());
        lock (_requests)
        {
            _requests.Add(request);
        }

        try
        {
            var response = await _respond(request);
            var bytes = Encoding.UTF8.GetBytes(response.Body);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The client went away (a cancelled request) or the server is closing.
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
