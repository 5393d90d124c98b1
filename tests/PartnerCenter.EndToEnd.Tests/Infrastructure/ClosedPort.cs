using System.Net;
using System.Net.Sockets;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>A loopback port nothing listens on, so connecting to it is refused.</summary>
public static class ClosedPort
{
    public static int Find()
    {
        // Bound and released at once: the operating system does not hand a just-released port out again
        // immediately, so for the few seconds of a test nothing else listens on it.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
