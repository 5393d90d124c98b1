using System.Diagnostics;
using Xunit;

namespace PackageTesting;

/// <summary>Runs the .NET CLI or a built program and returns what it printed; a non-zero exit fails the test with that output.</summary>
internal static class DotnetProcess
{
    // A hang guard, not a measurement: a healthy run takes seconds.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    public static string Run(string arguments, string workingDirectory) => RunProgram("dotnet", arguments, workingDirectory);

    /// <summary>Runs the .NET CLI and returns its exit code and everything it printed, whatever the exit code.</summary>
    public static (int ExitCode, string Output) Try(string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(HangGuard))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {arguments} did not finish in {HangGuard.TotalMinutes} minutes.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public static string RunProgram(string file, string arguments, string workingDirectory)
    {
        var (output, error) = RunProgram(file, arguments, workingDirectory, new Dictionary<string, string?>());
        return output + error;
    }

    /// <summary>
    /// Runs a program with changes to its environment (a null value removes the variable) and returns its standard
    /// output and standard error apart; a non-zero exit fails the test with both.
    /// </summary>
    public static (string Output, string Error) RunProgram(string file, string arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(HangGuard))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in {HangGuard.TotalMinutes} minutes.");
        }

        Assert.True(process.ExitCode == 0, $"{file} {arguments} exited {process.ExitCode}:\n{stdout.Result}{stderr.Result}");
        return (stdout.Result, stderr.Result);
    }
}
