using Microsoft.Extensions.Primitives;
using PartnerCenter.Emulator.Errors;

namespace PartnerCenter.Emulator.Middleware;

/// <summary>
/// Requires <c>Authorization: Bearer &lt;token&gt;</c> on the Partner Center endpoints. Any well-formed bearer
/// token is accepted: the emulator does not validate signatures, audiences or lifetimes, because it has no
/// identity provider behind it and exists to exercise clients, not to secure anything.
/// </summary>
internal sealed class BearerTokenMiddleware(RequestDelegate next)
{
    private const string Scheme = "Bearer";

    public Task InvokeAsync(HttpContext context)
    {
        if (!PartnerCenterPaths.IsPartnerCenterRequest(context.Request.Path)
            || HasWellFormedBearerToken(context.Request.Headers.Authorization))
        {
            return next(context);
        }

        context.Response.Headers.WWWAuthenticate = Scheme;
        return ErrorResponses.WriteErrorAsync(
            context,
            StatusCodes.Status401Unauthorized,
            PartnerCenterErrorCodes.PartnerTokenMissing,
            "The partner token is missing or is not a bearer token.");
    }

    internal static bool HasWellFormedBearerToken(StringValues authorization)
    {
        if (authorization.Count != 1 || authorization[0] is not { } value)
        {
            return false;
        }

        // "Bearer" and exactly one space, then a token without whitespace (RFC 6750 b64token, loosely).
        // The scheme name is case-insensitive (RFC 9110).
        if (value.Length <= Scheme.Length + 1
            || !value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            || value[Scheme.Length] != ' ')
        {
            return false;
        }

        var token = value.AsSpan(Scheme.Length + 1);
        foreach (var character in token)
        {
            if (char.IsWhiteSpace(character))
            {
                return false;
            }
        }

        return true;
    }
}
