using System.Globalization;

namespace PartnerCenter.Emulator.Hosting;

/// <summary>The one address the emulator listens on: HTTP on 127.0.0.1, never on other interfaces.</summary>
internal static class LoopbackUrl
{
    public static string ForPort(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");

    /// <summary>
    /// The port of the first URL in a standard <c>--urls</c> value ("http://localhost:5000;http://+:5001"),
    /// or null when there is none. Only the port is taken: the host is replaced by 127.0.0.1 on purpose.
    /// </summary>
    public static int? PortFromUrls(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        // Kestrel's wildcard hosts are not valid URI hosts.
        var parsable = first.Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate(parsable, UriKind.Absolute, out var uri) ? uri.Port : null;
    }
}
