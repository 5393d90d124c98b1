namespace PartnerCenter.Emulator.Hosting;

/// <summary>
/// The emulator's own clock for the endpoints that need one, registered under its own type rather than as the
/// container's <see cref="TimeProvider"/>, so ASP.NET Core and Kestrel keep real time when a test moves this one.
/// </summary>
internal sealed record EmulatorClock(TimeProvider Time);
