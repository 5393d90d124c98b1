using System.Globalization;
using PartnerCenter.Customers.Http;

namespace PartnerCenter.Customers.Errors;

/// <summary>
/// The <see cref="PartnerCenterFailureKind.InvalidResponse"/> failures the runtime's handlers raise while an attempt
/// is still running: the service answered, but not with something the client may hand back. They are thrown inside
/// the resilience pipeline, which does not retry them, and pass through Refit's transport exception factory as
/// they are.
/// </summary>
internal static class InvalidResponses
{
    /// <summary>Why a redirect was not followed.</summary>
    public enum RedirectRefusal
    {
        /// <summary>The target is another origin and cross-origin redirects are not allowed.</summary>
        OtherOrigin,

        /// <summary>The target is plain http to another machine and insecure http is not allowed.</summary>
        InsecureHttp,
    }

    /// <summary>A success that carries no resource where the operation promises one.</summary>
    public static PartnerCenterException MissingResource(HttpRequestMessage request, HttpResponseMessage response, Type resource, string absence)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var identity = RequestIdentity.Of(request, response);
        return Create(
            request,
            response,
            $"Partner Center answered {identity.Method} {identity.Path} with HTTP {(int)response.StatusCode} and {absence}, but the operation returns a {resource.Name}: a success must carry it.");
    }

    /// <summary>A success body longer than <see cref="PartnerCenterClientOptions.MaxResponseBodyBytes"/>.</summary>
    public static PartnerCenterException BodyTooLarge(HttpRequestMessage request, HttpResponseMessage response, int limit, long? declaredBytes)
    {
        var identity = RequestIdentity.Of(request, response);
        var size = declaredBytes is { } declared
            ? string.Create(CultureInfo.InvariantCulture, $"a body of {declared} bytes (Content-Length)")
            : "a body that went on past the limit";
        return Create(
            request,
            response,
            string.Create(
                CultureInfo.InvariantCulture,
                $"Partner Center answered {identity.Method} {identity.Path} with HTTP {(int)response.StatusCode} and {size}, more than PartnerCenterClientOptions.MaxResponseBodyBytes ({limit} bytes) allows; it was not read further or retried. Raise the limit only if the resource really is that large."));
    }

    /// <summary>A redirect the client does not follow.</summary>
    public static PartnerCenterException RedirectRefused(HttpRequestMessage request, HttpResponseMessage response, Origin target, RedirectRefusal refusal)
    {
        var identity = RequestIdentity.Of(request, response);
        var where = ServerText.ForMessage(target.ToString());
        var why = refusal == RedirectRefusal.OtherOrigin
            ? "Redirects to another origin are not followed, so the request, its token and the answer stay with the configured endpoint; if that origin is trusted, set PartnerCenterClientOptions.AllowCrossOriginRedirects = true."
            : "It is plain http to another machine, which would send the request unencrypted; set PartnerCenterClientOptions.AllowInsecureHttp = true only for a trusted network.";
        return Create(
            request,
            response,
            $"Partner Center answered {identity.Method} {identity.Path} with HTTP {(int)response.StatusCode}, a redirect to {where}, which was not followed. {why}");
    }

    /// <summary>A chain of redirects longer than <see cref="RedirectPolicyHandler.MaxRedirects"/>.</summary>
    public static PartnerCenterException TooManyRedirects(HttpRequestMessage request, HttpResponseMessage response, int limit)
    {
        var identity = RequestIdentity.Of(request, response);
        return Create(
            request,
            response,
            string.Create(CultureInfo.InvariantCulture, $"Partner Center answered {identity.Method} {identity.Path} with more than {limit} redirects in a row; they were not followed further."));
    }

    private static PartnerCenterException Create(HttpRequestMessage request, HttpResponseMessage response, string message)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var identity = RequestIdentity.Of(request, response);
        return new PartnerCenterException($"{message} {identity.IdsForMessage()}", PartnerCenterFailureKind.InvalidResponse, identity, innerException: null)
        {
            StatusCode = (int)response.StatusCode,
            Attempts = CallAttempts.Of(request),
        };
    }
}
