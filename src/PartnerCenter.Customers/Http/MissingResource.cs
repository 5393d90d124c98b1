using System.Net;
using PartnerCenter.Customers.Errors;

namespace PartnerCenter.Customers.Http;

/// <summary>
/// Finds a success that does not carry the resource its operation promises (a 204, an empty body, or a body of JSON
/// <c>null</c>): an <see cref="PartnerCenterFailureKind.InvalidResponse"/>, for every operation alike.
/// </summary>
/// <remarks>
/// Refit hands back <c>default</c> for a 204 or an empty body without asking the deserializer, and the
/// deserializer reads <c>null</c> as null, so without this check a method declared to return a <c>Customer</c>
/// would return null. Which operations promise a resource comes from the generated interface
/// (<see cref="PromisedResults"/>). <see cref="ResponseBodyHandler"/> asks, inside the attempt, once the body is in
/// memory; the failure is not retried, since the service answered and would most likely answer the same again.
/// </remarks>
internal static class MissingResource
{
    /// <summary>
    /// The failure for a success without its promised resource; null when the response is fine. The response's body
    /// must be in memory already: it is read synchronously.
    /// </summary>
    public static PartnerCenterException? Check(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        if (!response.IsSuccessStatusCode || PromisedResults.Of(request) is not { } resource)
        {
            return null;
        }

        var absence = response.StatusCode == HttpStatusCode.NoContent
            ? "no content"
            : JsonBodyProbe.Classify(response.Content, cancellationToken) switch
            {
                JsonBodyKind.Empty => "an empty body",
                JsonBodyKind.Null => "a body of JSON null",
                _ => null,
            };
        return absence is null ? null : InvalidResponses.MissingResource(request, response, resource, absence);
    }
}
