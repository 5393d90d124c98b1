using System;

namespace Codegen.Generator.Diagnostics;

/// <summary>A 1-based line and column in a spec file, the form MSBuild and IDEs print.</summary>
/// <remarks>Equality contract: value equality over the path, line and column.</remarks>
internal sealed record SourceLocation(string FilePath, int Line, int Column)
{
    public override string ToString() => FormattableString.Invariant($"{FilePath}({Line},{Column})");
}
