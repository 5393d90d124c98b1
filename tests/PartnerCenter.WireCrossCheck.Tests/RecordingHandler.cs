using System.Net;
using System.Text;

namespace PartnerCenter.WireCrossCheck.Tests;

/// <summary>
/// Records what a client puts on the wire (URI and body) and answers with a fixed JSON body, so a test can read NSwag's
/// request exactly as it would be sent. It stands in for the network only; the client code under test runs unchanged.
/// </summary>
internal sealed class RecordingHandler(string answer) : HttpMessageHandler
{
    public Uri? RequestUri { get; private set; }

    public string? RequestBody { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestUri = request.RequestUri;
        RequestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
    }
}
