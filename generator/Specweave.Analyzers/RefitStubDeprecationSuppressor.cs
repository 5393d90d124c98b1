using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Specweave.Analyzers;

/// <summary>
/// Suppresses CS0618 ("'X' is obsolete") where Refit's source generator names a deprecated Specweave type, and only there.
/// </summary>
/// <remarks>
/// A deprecated schema is an [Obsolete] type, so that the consumer's code that uses it is warned. The generated
/// interface's methods name such types, and so does the class Refit's generator writes to implement the interface:
/// Refit (16.x) neither copies [Obsolete] onto its methods nor disables warnings in its file, so every use warns in a file
/// the consumer cannot edit, and a build with warnings as errors fails. The warning says nothing there that the
/// consumer can act on. Only warnings inside a class in Refit.Implementation that implements an interface marked
/// GeneratedCode("Specweave"), about a symbol so marked (or a member of one), are suppressed; the consumer's own uses still warn.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RefitStubDeprecationSuppressor : DiagnosticSuppressor
{
    private const string RefitImplementationNamespace = "Refit.Implementation";
    // The tool name of the GeneratedCode marker the generator writes (Codegen.Generator's GeneratedCodeMarkers).
    private const string ToolName = "Specweave";

    internal static readonly SuppressionDescriptor Descriptor = new(
        "SPWS0618",
        "CS0618",
        "Refit's generated implementation of a Specweave interface names a deprecated type of the interface's methods; the deprecation is reported where your code uses the type.");

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(Descriptor);

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (diagnostic.Location.SourceTree is not { } tree)
            {
                continue;
            }

            var node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var model = context.GetSemanticModel(tree);
            if (InRefitStubOfSpecweaveInterface(node, model, context) && NamesSpecweaveSymbol(node, model, context))
            {
                context.ReportSuppression(Suppression.Create(Descriptor, diagnostic));
            }
        }
    }

    private static bool InRefitStubOfSpecweaveInterface(SyntaxNode node, SemanticModel model, SuppressionAnalysisContext context)
    {
        foreach (var declaration in node.AncestorsAndSelf().OfType<ClassDeclarationSyntax>())
        {
            if (model.GetDeclaredSymbol(declaration, context.CancellationToken) is { } type
                && type.ContainingNamespace?.ToDisplayString() == RefitImplementationNamespace
                && type.Interfaces.Any(IsSpecweaveGenerated))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesSpecweaveSymbol(SyntaxNode node, SemanticModel model, SuppressionAnalysisContext context)
    {
        var symbol = model.GetSymbolInfo(node, context.CancellationToken).Symbol;
        for (var current = symbol; current is not null; current = current.ContainingType)
        {
            if (current is INamedTypeSymbol type && IsSpecweaveGenerated(type.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSpecweaveGenerated(INamedTypeSymbol type)
        => type.GetAttributes().Any(a =>
            a.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
            && a.ConstructorArguments.Length > 0
            && a.ConstructorArguments[0].Value as string == ToolName);
}
