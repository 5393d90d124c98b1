using System.Net;
using PartnerCenter.Customers.Errors;

namespace PartnerCenter.Customers.Http;

/// <summary>
/// Follows redirects itself, because the platform's automatic redirects would follow one to any server and return
/// that server's body as if the service had sent it. Redirects within the origin of the request are followed;
/// one to another origin fails with a <see cref="PartnerCenterException"/> naming the target, unless
/// <see cref="PartnerCenterClientOptions.AllowCrossOriginRedirects"/> allows it, and even then the bearer token
/// stays behind and plain http to another machine stays refused (unless
/// <see cref="PartnerCenterClientOptions.AllowInsecureHttp"/>).
/// </summary>
/// <remarks>
/// It sits innermost, next to the primary handler, whose own redirects are switched off; so the attempt timeout,
/// the body limits and the token cover every hop. Each attempt starts again from the request as the caller
/// made it: the URL, method and content are put back before the response is returned.
/// </remarks>
internal sealed class RedirectPolicyHandler(bool allowCrossOrigin, bool allowInsecureHttp) : DelegatingHandler
{
    /// <summary>More hops than this is a loop or a misconfiguration, not a service that moved.</summary>
    public const int MaxRedirects = 10;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (uri, method, content) = (request.RequestUri, request.Method, request.Content);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            // If a primary handler configured elsewhere still redirects on its own, the request shows where it went.
            EnsureAllowed(request, response, uri, request.RequestUri);
            for (var hops = 1; RedirectTarget(request, response) is { } target; hops++)
            {
                if (hops > MaxRedirects)
                {
                    throw Refuse(response, InvalidResponses.TooManyRedirects(request, response, MaxRedirects));
                }

                EnsureAllowed(request, response, request.RequestUri, target);
                if (Origin.Of(request.RequestUri!) != Origin.Of(target))
                {
                    request.Headers.Authorization = null;
                }

                PrepareNextHop(request, response.StatusCode, target);
                response.Dispose();
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            return response;
        }
        finally
        {
            (request.RequestUri, request.Method, request.Content) = (uri, method, content);
        }
    }

    private void EnsureAllowed(HttpRequestMessage request, HttpResponseMessage response, Uri? from, Uri? target)
    {
        // The same Uri object (no redirect below this handler, every call's case) is the same origin, without reading it.
        if (from is null || target is null || ReferenceEquals(from, target) || !target.IsAbsoluteUri || Origin.Of(from) == Origin.Of(target))
        {
            return;
        }

        if (!allowCrossOrigin)
        {
            throw Refuse(response, InvalidResponses.RedirectRefused(request, response, Origin.Of(target), InvalidResponses.RedirectRefusal.OtherOrigin));
        }

        if (Origin.IsUnencryptedRemote(target) && !allowInsecureHttp)
        {
            throw Refuse(response, InvalidResponses.RedirectRefused(request, response, Origin.Of(target), InvalidResponses.RedirectRefusal.InsecureHttp));
        }
    }

    private static PartnerCenterException Refuse(HttpResponseMessage response, PartnerCenterException failure)
    {
        response.Dispose();
        return failure;
    }

    private static Uri? RedirectTarget(HttpRequestMessage request, HttpResponseMessage response)
    {
        if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location || request.RequestUri is not { } current)
        {
            return null;
        }

        var target = location.IsAbsoluteUri ? location : new Uri(current, location);
        return target.Scheme == Uri.UriSchemeHttps || target.Scheme == Uri.UriSchemeHttp ? target : null;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is
        HttpStatusCode.MultipleChoices or HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    // As browsers and the platform's own redirect handler do: 303 turns everything but HEAD into GET, 301, 302 and
    // 300 turn POST into GET; 307 and 308 repeat the request as it was.
    private static void PrepareNextHop(HttpRequestMessage request, HttpStatusCode status, Uri target)
    {
        var becomesGet = status == HttpStatusCode.SeeOther
            ? request.Method != HttpMethod.Get && request.Method != HttpMethod.Head
            : status != HttpStatusCode.TemporaryRedirect && status != HttpStatusCode.PermanentRedirect && request.Method == HttpMethod.Post;
        if (becomesGet)
        {
            request.Method = HttpMethod.Get;
            request.Content = null;
        }

        request.RequestUri = target;
    }
}
