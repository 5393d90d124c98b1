using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// The option OmitHeaders: header parameters the client's HTTP handlers set on every request (request and correlation
/// ids, a contract version, a locale) are taken out of every operation before binding, so no method signature, doc
/// comment or pager repeats them. A named header no operation has is a warning: most likely a typo, which would
/// otherwise leave the parameter in silently.
/// </summary>
internal static class OmittedHeaders
{
    public static ApiDocument Apply(ApiDocument document, ImmutableEquatableArray<string>? names, List<SpecDiagnostic> diagnostics)
    {
        if (names is null || names.Count == 0)
        {
            return document;
        }

        // HTTP header names are case-insensitive (RFC 9110), so the option's names are too.
        var omitted = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var operations = new List<ApiOperation>(document.Operations.Count);
        foreach (var operation in document.Operations)
        {
            var kept = new List<ApiParameter>(operation.Parameters.Count);
            foreach (var parameter in operation.Parameters)
            {
                if (parameter.In == ParameterLocation.Header && omitted.Contains(parameter.Name))
                {
                    found.Add(parameter.Name);
                }
                else
                {
                    kept.Add(parameter);
                }
            }

            operations.Add(kept.Count == operation.Parameters.Count ? operation : operation with { Parameters = kept.ToImmutableEquatableArray() });
        }

        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase).Where(n => !found.Contains(n)))
        {
            diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.OmittedHeaderNotFound, new SourceLocation(document.SourcePath, 1, 1), name));
        }

        return document with { Operations = operations.ToImmutableEquatableArray() };
    }
}
