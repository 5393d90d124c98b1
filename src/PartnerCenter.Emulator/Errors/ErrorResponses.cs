using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace PartnerCenter.Emulator.Errors;

/// <summary>Writes the error bodies, so every error the emulator sends has the documented shape.</summary>
internal static class ErrorResponses
{
    public const string Source = "PartnerCenter.Emulator";

    public static IResult Error(int statusCode, string code, string description) =>
        TypedResults.Json(
            Body(code, description),
            EmulatorJsonContext.Default.PartnerCenterError,
            MediaTypes.JsonUtf8,
            statusCode);

    public static Task WriteErrorAsync(HttpContext context, int statusCode, string code, string description)
    {
        context.Response.StatusCode = statusCode;
        return context.Response.WriteAsJsonAsync(
            Body(code, description),
            EmulatorJsonContext.Default.PartnerCenterError,
            MediaTypes.JsonUtf8,
            context.RequestAborted);
    }

    public static Task WriteThrottledAsync(HttpContext context, int retryAfterSeconds)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers[HeaderNames.RetryAfter] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var body = new ThrottledError(
            StatusCodes.Status429TooManyRequests,
            string.Create(CultureInfo.InvariantCulture, $"Rate limit is exceeded. Try again in {retryAfterSeconds} seconds."));
        return context.Response.WriteAsJsonAsync(
            body,
            EmulatorJsonContext.Default.ThrottledError,
            MediaTypes.JsonUtf8,
            context.RequestAborted);
    }

    private static PartnerCenterError Body(string code, string description) =>
        new(code, description, [], Source);
}
