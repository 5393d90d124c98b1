using Codegen.Generator.Tests.Paging;

namespace Codegen.Generator.Tests.OpenApi32;

/// <summary>A request as it arrived over the socket: method, raw path and query, content type and body.</summary>
public sealed record ArrivedRequest(string Method, string RawUrl, string? ContentType, string Body);

/// <summary>
/// A <see cref="LoopbackServer"/> that answers every request with one fixed JSON body, for tests that look at what a
/// generated client put on the wire (the method name and the query string exactly as they arrived).
/// </summary>
public sealed class CapturingServer : IDisposable
{
    private readonly LoopbackServer _server;

    public CapturingServer(string answer) => _server = new LoopbackServer(_ => ServerResponse.Json(answer));

    public Uri BaseAddress => _server.BaseAddress;

    public ArrivedRequest OnlyRequest()
    {
        var request = Assert.Single(_server.Requests);
        return new ArrivedRequest(request.Method, request.RawUrl, request.ContentType, request.Body);
    }

    public void Dispose() => _server.Dispose();
}
