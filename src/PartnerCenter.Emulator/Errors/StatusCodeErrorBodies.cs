using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;

namespace PartnerCenter.Emulator.Errors;

/// <summary>
/// Gives a Partner Center error body to errors that no endpoint wrote one for: unknown paths (404),
/// wrong methods (405) and the like.
/// </summary>
internal static class StatusCodeErrorBodies
{
    public static Task WriteAsync(StatusCodeContext statusCodeContext)
    {
        var context = statusCodeContext.HttpContext;
        var statusCode = context.Response.StatusCode;
        return statusCode == StatusCodes.Status404NotFound
            ? ErrorResponses.WriteErrorAsync(context, statusCode, PartnerCenterErrorCodes.NotFound, "The requested resource was not found.")
            : ErrorResponses.WriteErrorAsync(
                context,
                statusCode,
                statusCode.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"The request failed with HTTP status {statusCode}."));
    }
}
