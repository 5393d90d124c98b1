using System.Globalization;
using Polly.Timeout;

namespace PartnerCenter.Customers.Resilience;

/// <summary>
/// The exception of a time limit that ran out, the same one Polly's timeout strategy raises: the runtime's error
/// messages, its retry decision and its callers tell a timeout by this type and its <see cref="TimeoutRejectedException.Timeout"/>,
/// whichever of the runtime's timeouts fired.
/// </summary>
internal static class TimeoutRejections
{
    public static TimeoutRejectedException Of(TimeSpan timeout, Exception? cancellation)
    {
        var message = string.Create(CultureInfo.InvariantCulture, $"The operation didn't complete within the allowed timeout of '{timeout}'.");
        return cancellation is null ? new(message, timeout) : new(message, timeout, cancellation);
    }
}
