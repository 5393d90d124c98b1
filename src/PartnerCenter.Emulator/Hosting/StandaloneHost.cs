using PartnerCenter.Emulator.Recording;

namespace PartnerCenter.Emulator.Hosting;

/// <summary>The emulator as a program of its own (<c>dotnet run --project src/PartnerCenter.Emulator</c>).</summary>
internal static class StandaloneHost
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = await StartAsync(args, cancellationToken);
        }
        catch (Exception exception) when (IsConfigurationOrStartupProblem(exception))
        {
            // A bad setting, seed file or busy port is the user's to fix: one line says which, no stack trace.
            await Console.Error.WriteLineAsync($"Partner Center emulator failed to start: {exception.Message.ReplaceLineEndings(" ")}");
            return 1;
        }

        await using (app)
        {
            await Console.Out.WriteLineAsync($"Partner Center emulator listening on {ApplicationAddress.Of(app).ToString().TrimEnd('/')}");
            await Console.Out.WriteLineAsync("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellationToken);
        }

        return 0;
    }

    private static async Task<WebApplication> StartAsync(string[] args, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var options = builder.Configuration.GetSection(EmulatorOptions.SectionName).Get<EmulatorOptions>() ?? new EmulatorOptions();
        if (builder.Configuration[$"{EmulatorOptions.SectionName}:{nameof(EmulatorOptions.Port)}"] is null
            && LoopbackUrl.PortFromUrls(builder.Configuration[WebHostDefaults.ServerUrlsKey]) is { } port)
        {
            options.Port = port;
        }

        var app = EmulatorApplication.Build(builder, options, new RequestLog(options.RequestLogCapacity), TimeProvider.System);
        await ApplicationAddress.StartOrDisposeAsync(app, cancellationToken);
        return app;
    }

    private static bool IsConfigurationOrStartupProblem(Exception exception) =>
        exception is ArgumentException or InvalidDataException or IOException or InvalidOperationException;
}
