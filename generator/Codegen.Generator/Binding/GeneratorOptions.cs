using Codegen.Generator.Common;

namespace Codegen.Generator.Binding;

/// <summary>How a description is turned into code; read from MSBuild item metadata or the command line.</summary>
/// <param name="Namespace">The namespace of every generated type.</param>
/// <param name="ClientName">Base name of the interface (I{ClientName}Api, or I{ClientName} when it already ends with Api) and JSON context ({ClientName}JsonContext); derived from info.title when null.</param>
/// <param name="InterfacePerTag">One interface per operation tag instead of one for the client.</param>
/// <param name="AllowReferencesOutsideSpecFolder">Lets $refs name files outside the spec's folder.</param>
/// <param name="OmitHeaders">Header parameters (names compared ignoring case) left out of every method: the client's HTTP handlers set them.</param>
internal sealed record GeneratorOptions(
    string Namespace,
    string? ClientName = null,
    bool InterfacePerTag = false,
    bool AllowReferencesOutsideSpecFolder = false,
    ImmutableEquatableArray<string>? OmitHeaders = null);
