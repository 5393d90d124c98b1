using System;

namespace Codegen.Generator.Diagnostics;

/// <summary>A 1-based line and column in a spec file, the form MSBuild and IDEs print.</summary>
/// <remarks>
/// Equality contract: value equality over the path, line and column. A value, not an object: every schema, property,
/// parameter and response read has one, and as objects they were a large part of what a large description's model
/// kept the garbage collector marking.
/// </remarks>
internal readonly record struct SourceLocation(string FilePath, int Line, int Column)
{
    public override string ToString() => FormattableString.Invariant($"{FilePath}({Line},{Column})");
}
