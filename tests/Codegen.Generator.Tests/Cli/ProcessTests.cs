namespace Codegen.Generator.Tests.Cli;

/// <summary>The tool as a shell runs it: a real process, its exit code and its streams.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task A_missing_spec_exits_1_with_one_error_line_and_no_stack_trace()
    {
        var missing = Path.Combine(Path.GetTempPath(), "codegen-" + Guid.NewGuid().ToString("N") + ".yaml");

        var result = await CliProcess.RunAsync(["generate", missing, "-n", "X", "-o", Path.GetTempPath()]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"{missing}(1,1): error OAG0021: The spec file cannot be read: the file does not exist; check the path", result.Error.Trim());
    }
}
