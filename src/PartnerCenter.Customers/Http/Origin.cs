using System.Globalization;

namespace PartnerCenter.Customers.Http;

/// <summary>
/// The scheme, host and port of a URL (RFC 6454): what decides whether a bearer token for one server may be sent to
/// another. Written without user information, path or query, so it is safe to show in a message.
/// </summary>
internal readonly record struct Origin(string Scheme, string Host, int Port)
{
    public static Origin Of(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return new Origin(uri.Scheme.ToLowerInvariant(), uri.IdnHost.ToLowerInvariant(), uri.Port);
    }

    /// <summary>True for plain http to anything but this machine: requests and tokens would cross the network unencrypted.</summary>
    public static bool IsUnencryptedRemote(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback;
    }

    /// <summary><c>scheme://host:port</c> (the port left out when it is the scheme's default), IPv6 hosts in brackets, international names in their ASCII form.</summary>
    public override string ToString()
    {
        var host = Host.Contains(':', StringComparison.Ordinal) && !Host.StartsWith('[') ? $"[{Host}]" : Host;
        var defaultPort = (Scheme == Uri.UriSchemeHttps && Port == 443) || (Scheme == Uri.UriSchemeHttp && Port == 80);
        return defaultPort ? $"{Scheme}://{host}" : string.Create(CultureInfo.InvariantCulture, $"{Scheme}://{host}:{Port}");
    }
}
