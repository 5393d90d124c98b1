namespace PartnerCenter.Emulator.Hosting;

/// <summary>Starting a built emulator and finding out where it listens.</summary>
internal static class ApplicationAddress
{
    /// <summary>Starts the application; on failure disposes it, so a port or seed problem leaks nothing.</summary>
    public static async Task StartOrDisposeAsync(WebApplication app, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The bound address with a trailing slash. It holds the real port when port 0 asked the operating
    /// system for one.
    /// </summary>
    public static Uri Of(WebApplication app) => new(app.Urls.First() + "/");
}
