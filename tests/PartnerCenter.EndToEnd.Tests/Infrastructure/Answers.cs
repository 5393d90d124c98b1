using System.Globalization;
using PartnerCenter.Emulator;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>Scripted answers for a <see cref="FaultServer"/>, written out as raw HTTP/1.1.</summary>
public static class Answers
{
    /// <summary>The documented customer's JSON, as the service sends it.</summary>
    public static string DocumentedCustomerJson { get; } = EmulatorSeed.ReadDocumentedCustomerJson();

    /// <summary>Every request gets the same answer: <paramref name="status"/> (e.g. "200 OK") and <paramref name="body"/>.</summary>
    public static Func<ReceivedRequest, FaultConnection, Task> Always(string status, string body, params string[] headers) =>
        (_, connection) => WriteAsync(connection, status, body, headers);

    /// <summary>Every request is left unanswered, its connection open, until the client gives up.</summary>
    public static Func<ReceivedRequest, FaultConnection, Task> Never { get; } = (_, connection) => connection.HoldOpenAsync();

    /// <summary>Writes a complete response with a JSON content type and a Content-Length matching the body.</summary>
    public static async Task WriteAsync(FaultConnection connection, string status, string body, params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        await connection.WriteAsync(Head(status, bytes.Length, headers));
        await connection.WriteAsync(bytes);
    }

    /// <summary>A status line and headers: JSON, the given length (none when null), <c>Connection: close</c>, then <paramref name="headers"/>.</summary>
    public static string Head(string status, long? contentLength, params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var head = new System.Text.StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status}\r\n")
            .Append("Content-Type: application/json; charset=utf-8\r\n")
            .Append("Connection: close\r\n");
        if (contentLength is { } length)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {length}\r\n");
        }

        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        return head.Append("\r\n").ToString();
    }
}
