using System.Text.Json.Nodes;

namespace PartnerCenter.Emulator.Customers;

/// <summary>A JSON node written as the response body with the given status (TypedResults.Bytes has no status of its own).</summary>
internal sealed class JsonNodeResult(JsonNode body, int statusCode = StatusCodes.Status200OK) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = JsonNodeWriter.ToUtf8Bytes(body);
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = MediaTypes.JsonUtf8;
        httpContext.Response.ContentLength = bytes.Length;
        return httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }
}
