using System;
using System.Collections.Generic;
using Codegen.Generator.Diagnostics;

namespace Codegen.Generator.Binding.Naming;

/// <summary>
/// Claims a name for something of the description and reports OAG0011 when a collision made it differ from
/// the one the naming rule gives, saying what already holds that name.
/// </summary>
internal static class Renames
{
    /// <summary>The fix for a name the user can change in the description.</summary>
    public const string RenameInSpec = "To choose the name, rename it in the description; the name on the wire does not change";

    /// <summary>The fix for an inline schema, whose type name comes from where it is.</summary>
    public const string NameInlineSchema = "To choose the name, move the schema to components/schemas under the name you want and $ref it";

    /// <param name="specName">The name as the description writes it (quoted in the warning).</param>
    public static string Claim(NameScope scope, string desired, string specName, SourceLocation location, List<SpecDiagnostic> diagnostics)
        => ClaimFor(scope, desired, "'" + specName + "'", location, diagnostics, RenameInSpec);

    /// <param name="what">What wants the name, as the warning begins: "'page_size'", "The inline schema".</param>
    /// <param name="fix">How to choose the name instead.</param>
    public static string ClaimFor(NameScope scope, string desired, string what, SourceLocation location, List<SpecDiagnostic> diagnostics, string fix)
    {
        var holder = what.StartsWith("The ", StringComparison.Ordinal) ? "t" + what.Substring(1) : what;
        var claimed = scope.Claim(desired, "the name of " + holder + " at " + location);
        if (!string.Equals(claimed, desired, StringComparison.Ordinal))
        {
            var taken = scope.HolderOf(desired) ?? NameScope.GeneratedName;
            diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.RenamedIdentifier, location, what, desired, taken, claimed, fix));
        }

        return claimed;
    }
}
