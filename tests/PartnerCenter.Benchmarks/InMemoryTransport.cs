using System.Net;

namespace PartnerCenter.Benchmarks;

/// <summary>
/// Answers every request with the documented customer, without sockets, completing asynchronously (after a yield, as
/// I/O does) so every async layer of a client pays what it pays over a network. Removes the network and the server
/// from the measurement: what is left is each client's own work, which loopback timings on a busy machine drown.
/// </summary>
internal sealed class InMemoryTransport : HttpMessageHandler
{
    /// <summary>The address clients over this transport are given; nothing listens there.</summary>
    public static readonly Uri BaseAddress = new("http://127.0.0.1:5000/");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var content = new ByteArrayContent(DocumentedCustomer.Utf8);
        // Unparsed, as a response read from the network holds its headers until someone asks for them typed.
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        content.Headers.TryAddWithoutValidation("Content-Length", DocumentedCustomer.Length);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
