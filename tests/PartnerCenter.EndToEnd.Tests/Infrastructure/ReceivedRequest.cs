namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>One request as the server received it.</summary>
public sealed record ReceivedRequest(int Number, string Method, string Target, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The target without the query string.</summary>
    public string Path => Target.Split('?', 2)[0];

    /// <summary>The value of a header, or null when the request had none.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    internal static ReceivedRequest Parse(int number, string head)
    {
        var lines = head.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return new ReceivedRequest(number, requestLine[0], requestLine[1], headers);
    }
}
