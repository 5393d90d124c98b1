using System.Diagnostics;

namespace Codegen.Generator.Tests.Cli;

/// <summary>The tool as a shell runs it: a real process, its exit code and its streams.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task A_missing_spec_exits_1_with_one_error_line_and_no_stack_trace()
    {
        var missing = Path.Combine(Path.GetTempPath(), "codegen-" + Guid.NewGuid().ToString("N") + ".yaml");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Codegen.Cli.dll"), "generate", missing, "-n", "X", "-o", Path.GetTempPath() })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"{missing}(1,1): error OAG0021: The spec file cannot be read: the file does not exist; check the path", error.Trim());
    }
}
