using System.Net;
using PartnerCenter.Customers.Errors;

namespace PartnerCenter.Customers.Http;

/// <summary>
/// Turns a success that does not carry the resource its operation promises (a 204, an empty body, or a body of
/// JSON <c>null</c>) into an <see cref="PartnerCenterFailureKind.InvalidResponse"/>, for every operation alike.
/// </summary>
/// <remarks>
/// Refit hands back <c>default</c> for a 204 or an empty body without asking the deserializer, and the
/// deserializer reads <c>null</c> as null, so without this check a method declared to return a <c>Customer</c>
/// would return null. Which operations promise a resource comes from the generated interface
/// (<see cref="PromisedResults"/>). It sits inside the attempt, after the body has been read; the failure is not
/// retried, since the service answered and would most likely answer the same again.
/// </remarks>
internal sealed class MissingResourceHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || PromisedResults.Of(request) is not { } resource)
        {
            return response;
        }

        var absence = await AbsenceOfAsync(response, cancellationToken).ConfigureAwait(false);
        if (absence is null)
        {
            return response;
        }

        var failure = InvalidResponses.MissingResource(request, response, resource, absence);
        response.Dispose();
        throw failure;
    }

    private static async Task<string?> AbsenceOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return "no content";
        }

        return await JsonBodyProbe.ClassifyAsync(response.Content, cancellationToken).ConfigureAwait(false) switch
        {
            JsonBodyKind.Empty => "an empty body",
            JsonBodyKind.Null => "a body of JSON null",
            _ => null,
        };
    }
}
