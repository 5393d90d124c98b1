namespace PartnerCenter.Emulator.Tests.Support;

/// <summary>
/// Waits for what the emulator reports (a request held by injected latency, a request recorded) instead of sleeping. The time
/// limit is a hang guard only: with a correct emulator every wait ends as soon as the event happens.
/// </summary>
internal static class ServerEvents
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    public static Task HeldAsync(PartnerCenterEmulator emulator, int count = 1) =>
        emulator.WaitForHeldRequestsAsync(count).WaitAsync(HangGuard);

    public static Task<IReadOnlyList<RecordedRequest>> RecordedAsync(PartnerCenterEmulator emulator, int count) =>
        emulator.WaitForRequestsAsync(count).WaitAsync(HangGuard);
}
