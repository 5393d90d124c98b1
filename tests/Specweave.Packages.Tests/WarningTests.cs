using Xunit;

namespace Specweave.Packages.Tests;

/// <summary>Generator warnings are MSBuild warnings that NoWarn, WarningsAsErrors and TreatWarningsAsErrors govern.</summary>
public sealed class WarningTests
{
    private const string Warning = "warning OAG0011";

    [Fact]
    public void A_generator_warning_is_a_located_build_warning_that_NoWarn_suppresses_and_WarningsAsErrors_turns_into_an_error()
    {
        var lib = new LibProject("Warnings");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "warning.yaml"), lib.StoreSpec, overwrite: true);

        var plain = lib.Build();
        Assert.Contains($"store/api.yaml(8,12): {Warning}", plain, StringComparison.Ordinal);
        Assert.Contains("1 Warning(s)", plain, StringComparison.Ordinal);

        // The warning settings are options of every description: both regenerate, and the warning is not reported.
        var suppressed = lib.Build("--no-restore -p:NoWarn=OAG0011");
        Assert.Contains(lib.StoreSpec, LibProject.Generated(suppressed));
        Assert.DoesNotContain(Warning, suppressed, StringComparison.Ordinal);
        Assert.Contains("0 Warning(s)", suppressed, StringComparison.Ordinal);

        var (exitCode, promoted) = lib.Try("--no-restore -p:WarningsAsErrors=OAG0011");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("store/api.yaml(8,12): error OAG0011", promoted, StringComparison.Ordinal);
        // TreatWarningsAsErrors takes the same path (--treat-warnings-as-errors; the repository's own client builds with it).
    }

    [Fact]
    public void An_invalid_Namespace_fails_the_build_with_an_error_at_the_item_in_the_project()
    {
        var lib = new LibProject("BadNamespace");
        File.WriteAllText(lib.Project, File.ReadAllText(lib.Project).Replace("Namespace=\"Lib.Store\"", "Namespace=\"Lib.1Store\"", StringComparison.Ordinal));

        var (exitCode, output) = lib.Try();
        Assert.NotEqual(0, exitCode);
        Assert.Contains(
            $"{Path.GetFileName(lib.Project)}(9,54): error OAG0025: The Namespace metadata of the OpenApiSpec item 'store/api.yaml' is 'Lib.1Store', which is not a valid C# namespace: the part '1Store' does not start with a letter or '_'.",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_error_fails_the_build_with_a_located_error_but_not_a_design_time_build()
    {
        var lib = new LibProject("Errors");
        File.WriteAllText(lib.StoreSpec, File.ReadAllText(lib.StoreSpec).Replace("#/components/schemas/OrderItem'", "#/components/schemas/Missing'", StringComparison.Ordinal));

        var (exitCode, output) = lib.Try();
        Assert.NotEqual(0, exitCode);
        Assert.Matches(@"store/api\.yaml\(\d+,\d+\): error OAG0002: The \$ref '#/components/schemas/Missing' does not resolve", output);

        // The IDE's design-time build never fails on a description: the same problem is a warning there.
        var (designTimeExitCode, designTime) = lib.Try("--no-restore -p:DesignTimeBuild=true -t:CoreCompile -p:SkipCompilerExecution=true -p:ProvideCommandLineArgs=true");
        Assert.True(designTimeExitCode == 0, designTime);
        Assert.Contains("warning OAG0002", designTime, StringComparison.Ordinal);
    }
}
