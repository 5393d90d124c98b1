using System.Diagnostics;
using Xunit;

namespace PartnerCenter.Customers.PackageTests;

/// <summary>Runs the .NET CLI or a built program and returns what it printed; a non-zero exit fails the test with that output.</summary>
internal static class DotnetProcess
{
    // A hang guard, not a measurement: a healthy run takes seconds.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    public static string Run(string arguments, string workingDirectory) => RunProgram("dotnet", arguments, workingDirectory);

    public static string RunProgram(string file, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file, arguments)
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
            throw new TimeoutException($"{file} {arguments} did not finish in {HangGuard.TotalMinutes} minutes.");
        }

        var output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"{file} {arguments} exited {process.ExitCode}:\n{output}");
        return output;
    }
}
