using System.Diagnostics;

namespace Codegen.Generator.Tests.Cli;

/// <summary>The tool as a shell runs it: <c>dotnet Codegen.Cli.dll</c> as a process of its own, its exit code and its streams.</summary>
public static class CliProcess
{
    // A hang guard, not a measurement: a run takes seconds.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    /// <param name="environment">Variables set for the process only (a GC setting, say).</param>
    public static async Task<CliResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        // The dotnet that runs these tests (DOTNET_HOST_PATH, set by dotnet test), not whichever is first on the PATH.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Codegen.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(HangGuard);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, output.Replace("\r\n", "\n"), (await error).Replace("\r\n", "\n"));
    }
}
