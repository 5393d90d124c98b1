using System.Reflection;
using Codegen.Generator.Emitting;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Compiling;

/// <summary>
/// Every generated type carries GeneratedCode("Specweave", release version); the types written whole (converters, pagers)
/// also ExcludeFromCodeCoverage and DebuggerNonUserCode; partial types a user may extend do not; the JSON context's
/// GeneratedCode is System.Text.Json's (a second one would not compile). Checked on compiled, loaded clients.
/// </summary>
public sealed class GeneratedCodeMarkerTests
{
    private const string GeneratedCode = "System.CodeDom.Compiler.GeneratedCodeAttribute";
    private const string ExcludeFromCodeCoverage = "System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverageAttribute";
    private const string DebuggerNonUserCode = "System.Diagnostics.DebuggerNonUserCodeAttribute";

    public static TheoryData<string> Specs() => new() { "schemas/composition.yaml", "schemas/enums.yaml", "paging/link-kind.yaml" };

    [Theory]
    [MemberData(nameof(Specs))]
    public void Each_kind_of_generated_type_carries_its_markers(string spec)
    {
        var output = GeneratorRunner.RunOnFile(Path.Combine(TestPaths.TestSpecs, spec), "Markers.Client", "Markers");
        var compiled = GeneratedCodeCompiler.Compile(output.Files, load: true);
        Assert.Empty(compiled.Diagnostics);

        var types = compiled.Assembly!.GetExportedTypes().Where(t => t.Namespace == "Markers.Client").ToList();
        Assert.NotEmpty(types);
        foreach (var type in types)
        {
            var markers = Markers(type);
            if (type.IsSubclassOf(typeof(System.Text.Json.Serialization.JsonSerializerContext)))
            {
                Assert.Equal(["GeneratedCode(System.Text.Json.SourceGeneration)", ExcludeFromCodeCoverage], markers);
            }
            else if (IsWholeType(type))
            {
                Assert.Equal([$"GeneratedCode(Specweave {GeneratedCodeMarkers.Version})", ExcludeFromCodeCoverage, DebuggerNonUserCode], markers);
            }
            else
            {
                Assert.Equal([$"GeneratedCode(Specweave {GeneratedCodeMarkers.Version})"], markers);
            }
        }
    }

    [Fact]
    public void The_version_is_the_release_the_tool_ships_as_without_the_commit()
    {
        var tool = typeof(Codegen.Cli.GeneratorHost).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal(GeneratedCodeMarkers.ReleaseVersion(tool), GeneratedCodeMarkers.Version);
        Assert.DoesNotContain('+', GeneratedCodeMarkers.Version);
        Assert.Matches(@"^\d+\.\d+\.\d+", GeneratedCodeMarkers.Version);
        Assert.Equal("1.2.0", GeneratedCodeMarkers.ReleaseVersion("1.2.0+3f2c9a1"));
        Assert.Equal("1.2.0-beta.1", GeneratedCodeMarkers.ReleaseVersion("1.2.0-beta.1"));
    }

    /// <summary>Converters and pagers: classes no user writes a part of.</summary>
    private static bool IsWholeType(Type type)
        => (type.IsAbstract && type.IsSealed) || (type.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(System.Text.Json.Serialization.JsonConverter<>));

    private static List<string> Markers(Type type)
        => type.GetCustomAttributesData()
            .Select(a => a.AttributeType.FullName!)
            .Where(n => n is GeneratedCode or ExcludeFromCodeCoverage or DebuggerNonUserCode)
            .Select(n => n == GeneratedCode ? Describe(type.GetCustomAttributesData().Single(a => a.AttributeType.FullName == GeneratedCode)) : n)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    private static string Describe(CustomAttributeData generatedCode)
        => generatedCode.ConstructorArguments[0].Value as string == "Specweave"
            ? $"GeneratedCode(Specweave {generatedCode.ConstructorArguments[1].Value})"
            : $"GeneratedCode({generatedCode.ConstructorArguments[0].Value})";
}
