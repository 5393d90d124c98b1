using System.Diagnostics;
using System.Reflection;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs the command-line tool as a separate process, as a user would from a terminal: a clean credential environment,
/// and SIGINT, SIGQUIT and SIGTERM at their defaults even when the test host inherited them ignored.
/// </summary>
public static class CliRunner
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static readonly string[] CredentialVariables =
        ["PARTNER_CENTER_TOKEN", "AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"];

    /// <summary>The tool's dll, as built by the ProjectReference (see the test project file).</summary>
    public static string CliPath { get; } =
        typeof(CliRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "PartnerCenterCliPath").Value
        ?? throw new InvalidOperationException("The test assembly does not say where the command-line tool was built.");

    public static Task<CliResult> RunAsync(params string[] arguments) => RunAsync(arguments, new Dictionary<string, string>());

    public static async Task<CliResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, Func<Process, Task>? whileRunning = null)
    {
        var process = Start(arguments, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            if (whileRunning is not null)
            {
                await whileRunning(process);
            }

            using var limit = new CancellationTokenSource(Limit);
            await process.WaitForExitAsync(limit.Token);
            return new CliResult(process.ExitCode, await output, await error);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }
    }

    private static Process Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Whatever the developer's shell has must not change which service the tool calls.
        foreach (var name in CredentialVariables)
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        // As a shell starts a foreground command, whatever the test host inherited (see ForegroundSignals).
        return ForegroundSignals.Start(() => Process.Start(start)) ?? throw new InvalidOperationException("The command-line tool did not start.");
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}

/// <summary>What the tool printed and how it exited.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Standard error's lines, without the empty one a final newline leaves.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
