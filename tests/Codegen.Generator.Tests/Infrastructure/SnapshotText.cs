using Codegen.Generator.Emitting;

namespace Codegen.Generator.Tests.Infrastructure;

/// <summary>Generated code as its snapshots hold it.</summary>
public static class SnapshotText
{
    private static readonly string Marker = $"GeneratedCode(\"Specweave\", \"{GeneratedCodeMarkers.Version}\")";

    /// <summary>
    /// The generator's version in the GeneratedCode markers as <c>&lt;version&gt;</c>: a release changes it in every file,
    /// and a snapshot diff on every type at each version bump would bury the changes a reviewer needs to see.
    /// GeneratedCodeMarkerTests checks the real version.
    /// </summary>
    public static string Of(string generatedCode)
        => generatedCode.Replace(Marker, "GeneratedCode(\"Specweave\", \"<version>\")", StringComparison.Ordinal);
}
