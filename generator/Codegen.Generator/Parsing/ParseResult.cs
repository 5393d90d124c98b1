using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Parsing;

/// <summary>What reading a description gave: the document (null when it could not be read) and the problems found.</summary>
/// <remarks>Equality contract: value equality over the document, the diagnostics and the input file list.</remarks>
internal sealed record ParseResult(
    ApiDocument? Document,
    ImmutableEquatableArray<SpecDiagnostic> Diagnostics,
    ImmutableEquatableArray<string> InputFiles);
