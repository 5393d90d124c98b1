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
    public const string RenameInSpec = "It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description";

    /// <summary>The fix for an inline schema, whose type name comes from where it is.</summary>
    public const string NameInlineSchema = "To choose the name, move the schema to components/schemas under the name you want and $ref it";

    /// <param name="specName">The name as the description writes it (quoted in the warning).</param>
    /// <param name="ending">A fixed ending the number goes before (Async: ListPets2Async).</param>
    public static string Claim(NameScope scope, string desired, string specName, SourceLocation location, List<SpecDiagnostic> diagnostics, string ending = "")
    {
        var claimed = scope.Claim(desired, NameHolder.NameOf(specName, location), ending);
        if (claimed.Length != desired.Length + ending.Length)
        {
            Report(scope, desired + ending, claimed, "'" + specName + "'", location, diagnostics, RenameInSpec);
        }

        return claimed;
    }

    /// <param name="what">What wants the name, as the warning begins: "The inline schema".</param>
    /// <param name="fix">How to choose the name instead.</param>
    public static string ClaimFor(NameScope scope, string desired, string what, SourceLocation location, List<SpecDiagnostic> diagnostics, string fix, string ending = "")
    {
        var holder = what.StartsWith("The ", StringComparison.Ordinal) ? "t" + what.Substring(1) : what;
        var claimed = scope.Claim(desired, new NameHolder("the name of " + holder, location), ending);
        if (claimed.Length != desired.Length + ending.Length)
        {
            Report(scope, desired + ending, claimed, what, location, diagnostics, fix);
        }

        return claimed;
    }

    /// <summary>A claim gets the name it wanted or a longer one (a number added), so a rename is told by the length alone.</summary>
    private static void Report(NameScope scope, string wanted, string claimed, string what, SourceLocation location, List<SpecDiagnostic> diagnostics, string fix)
    {
        var taken = scope.HolderOf(wanted)?.DescribeFrom(location) ?? NameScope.GeneratedName;
        diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.RenamedIdentifier, location, what, wanted, taken, claimed, fix));
    }
}
