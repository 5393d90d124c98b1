using Microsoft.Extensions.Hosting;

namespace PartnerCenter.Emulator.Hosting;

/// <summary>
/// The lifetime of an emulator hosted inside another process. The default console lifetime would take
/// over Ctrl+C and SIGTERM, so a command-line tool embedding the emulator could no longer be interrupted;
/// the owner stops the emulator by disposing it instead.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
