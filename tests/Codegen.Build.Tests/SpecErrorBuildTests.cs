using Xunit;

namespace Codegen.Build.Tests;

/// <summary>A broken spec fails the build where the developer can click it: file, line and column.</summary>
public sealed class SpecErrorBuildTests : IDisposable
{
    private readonly PetsProject _project = new();

    [Fact]
    public void Spec_error_fails_the_build_with_a_located_diagnostic()
    {
        File.WriteAllText(_project.SpecPath, PetsProject.Spec.Replace("'#/components/schemas/Pet'", "'#/components/schemas/Pett'", StringComparison.Ordinal));

        var output = _project.Build(expectSuccess: false);

        Assert.Matches(@"pets\.yaml\(14,\d+\): error OAG0002: The \$ref '#/components/schemas/Pett' does not resolve", output);
    }

    public void Dispose() => _project.Dispose();
}
