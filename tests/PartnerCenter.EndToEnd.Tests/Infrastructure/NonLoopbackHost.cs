using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>
/// An address of this machine that is not loopback, for tests of what the client does with plain http to "another"
/// host without leaving the machine: the first IPv4 address of a network interface that is up, or else the
/// machine's name (which no loopback check recognises) with the server listening on every interface.
/// </summary>
public static class NonLoopbackHost
{
    public static (IPAddress Listen, string Host) Find()
    {
        var address = NetworkInterface.GetAllNetworkInterfaces()
            .Where(network => network.OperationalStatus == OperationalStatus.Up && network.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(network => network.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .FirstOrDefault(candidate => candidate.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(candidate));
        return address is not null ? (address, address.ToString()) : (IPAddress.Any, Dns.GetHostName());
    }
}
