namespace PartnerCenter.Emulator.Tests.Support;

/// <summary>One emulator with default options per test class, for tests that only read.</summary>
public sealed class EmulatorFixture : IAsyncLifetime, IDisposable
{
    private PartnerCenterEmulator? _emulator;
    private HttpClient? _client;

    public PartnerCenterEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public HttpClient Client => _client ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync()
    {
        _emulator = await PartnerCenterEmulator.StartAsync();
        _client = new HttpClient { BaseAddress = _emulator.BaseAddress };
    }

    // xunit calls DisposeAsync, then Dispose.
    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    public void Dispose() => _client?.Dispose();
}
