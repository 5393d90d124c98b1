using System;
using System.Collections.Generic;
using Codegen.Generator.Diagnostics;

namespace Codegen.Generator.Binding.Naming;

/// <summary>Claims a name and reports OAG0011 when a collision made it differ from the one the rule gives.</summary>
internal static class Renames
{
    public static string Claim(NameScope scope, string desired, string specName, SourceLocation location, List<SpecDiagnostic> diagnostics)
    {
        var claimed = scope.Claim(desired);
        if (!string.Equals(claimed, desired, StringComparison.Ordinal))
        {
            diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.RenamedIdentifier, location, specName, claimed));
        }

        return claimed;
    }
}
