using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>A parameter object as written: <see cref="Written"/> may be a $ref, <see cref="Node"/> is what it resolves to.</summary>
internal sealed record ParameterEntry(string Name, string In, SpecNode Written, SpecNode Node, DocMapping Mapping);

/// <summary>
/// Walks a "parameters" array, the same in Swagger 2.0 and OpenAPI 3: $refs followed, entries without
/// a name or with an unknown location reported where they are. What a parameter means differs by
/// version, so the caller turns each entry into the model.
/// </summary>
internal static class ParameterListReader
{
    public static List<ParameterEntry> Read(ParseContext context, SpecNode owner, DocMapping ownerMapping, IReadOnlyCollection<string> locations)
    {
        var result = new List<ParameterEntry>();
        if (ownerMapping.Get("parameters") is not { } parametersNode)
        {
            return result;
        }

        var parametersSpec = owner.Child(parametersNode, "parameters").Shared();
        if (parametersNode is not DocSequence sequence)
        {
            context.Diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnexpectedNodeType, ParseContext.Location(parametersSpec), "parameters", "an array"));
            return result;
        }

        for (var i = 0; i < sequence.Count; i++)
        {
            var written = parametersSpec.Child(sequence[i], i);
            var resolved = context.Resolver.Resolve(written);
            if (resolved is null || context.ExpectMapping(resolved.Value, "A parameter") is not { } parameter)
            {
                continue;
            }

            var name = parameter.GetString("name");
            var location = parameter.GetString("in");
            if (name is null || location is null || !locations.Contains(location))
            {
                context.Diagnostics.Add(SpecDiagnostic.Create(
                    DiagnosticDescriptors.UnexpectedNodeType,
                    ParseContext.Location(resolved.Value),
                    "A parameter",
                    "an object with a 'name' and an 'in' of " + Alternatives(locations)));
                continue;
            }

            result.Add(new ParameterEntry(name, location, written, resolved.Value, parameter));
        }

        return result;
    }

    /// <summary>"a, b or c".</summary>
    private static string Alternatives(IReadOnlyCollection<string> values)
        => values.Count == 1 ? values.First() : string.Join(", ", values.Take(values.Count - 1)) + " or " + values.Last();
}
