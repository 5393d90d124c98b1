using System.Reflection;
using Codegen.Generator.Common;

namespace Codegen.Generator.Emitting;

/// <summary>
/// The attributes that tell tools a type is generated: <c>GeneratedCode</c> (analyzers, code metrics, reviewers) on
/// every type, and <c>ExcludeFromCodeCoverage</c> and <c>DebuggerNonUserCode</c> on the types no one else writes a
/// part of (converters, pagers): on a partial type the two would also hide the user's hand-written part from coverage
/// and from the debugger's Just My Code. docs/options.md lists which type gets which.
/// </summary>
internal static class GeneratedCodeMarkers
{
    // Specweave.Analyzers' suppressor recognises generated types by this name: change both or neither.
    private const string ToolName = "Specweave";

    /// <summary>
    /// The generator's version without the SDK's <c>+commit</c> suffix (SourceLink adds it), so the output depends on the
    /// release only, never on the commit or the machine it was built on. The release version is set once, in generator/Version.props.
    /// </summary>
    public static readonly string Version = ReleaseVersion(
        typeof(GeneratedCodeMarkers).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(GeneratedCodeMarkers).Assembly.GetName().Version?.ToString()
        ?? "0.0.0");

    private static readonly string GeneratedCode = $"[global::System.CodeDom.Compiler.GeneratedCode(\"{ToolName}\", {CSharpLiteral.String(Version)})]";
    private const string ExcludeFromCodeCoverage = "[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]";
    private const string DebuggerNonUserCode = "[global::System.Diagnostics.DebuggerNonUserCode]";

    /// <summary>For a partial type (record, enum struct, interface) the user may add a part to: <c>GeneratedCode</c> only.</summary>
    public static void WriteForPartialType(SourceWriter writer) => writer.WriteLine(GeneratedCode);

    /// <summary>For a type written whole here, with code the user does not step through or cover: all three markers.</summary>
    public static void WriteForWholeType(SourceWriter writer)
    {
        writer.WriteLine(GeneratedCode);
        writer.WriteLine(ExcludeFromCodeCoverage);
        writer.WriteLine(DebuggerNonUserCode);
    }

    /// <summary>
    /// For the JSON context: System.Text.Json's generator writes the other half, its code, and marks it <c>GeneratedCode</c>
    /// itself (a second one is error CS0579), so this half adds only the coverage exclusion for that code.
    /// </summary>
    public static void WriteForJsonContext(SourceWriter writer) => writer.WriteLine(ExcludeFromCodeCoverage);

    /// <summary>"1.2.0+3f2c9a1" → "1.2.0": the part after '+' is build metadata (the commit), not the release.</summary>
    internal static string ReleaseVersion(string informationalVersion)
    {
        var plus = informationalVersion.IndexOf('+');
        return plus < 0 ? informationalVersion : informationalVersion.Substring(0, plus);
    }
}
