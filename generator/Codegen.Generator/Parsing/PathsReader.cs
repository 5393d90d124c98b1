using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>Reads one operation of a path item; OpenAPI 3 and Swagger 2.0 each supply their own.</summary>
internal delegate ApiOperation? OperationRead(string path, string method, SpecNode pathItem, DocMapping pathMapping, SpecNode operationNode);

/// <summary>
/// Walks the "paths" object the same way for every version: path items (which may be $refs), the
/// HTTP methods in a fixed order (then OpenAPI 3.2's <c>query</c> and <c>additionalOperations</c>), and operationIds, which must be unique across the document (a repeated one is
/// a warning, OAG0006, and its later uses are numbered).
/// </summary>
internal static class PathsReader
{
    /// <summary>The methods an operation may be keyed by, in the order methods are generated; <c>query</c> is OpenAPI 3.2's.</summary>
    public static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace", OpenApi32Constructs.QueryMethod };

    public static ImmutableEquatableArray<ApiOperation> Read(ParseContext context, SpecNode rootNode, DocMapping mapping, OperationRead readOperation)
    {
        var operations = new List<ApiOperation>();
        var operationIds = new Dictionary<string, ApiOperation>(StringComparer.Ordinal);
        if (mapping.Get("paths") is not { } pathsNode)
        {
            return ImmutableEquatableArray<ApiOperation>.Empty;
        }

        var pathsSpec = rootNode.Child(pathsNode, "paths").Shared();
        if (context.ExpectMapping(pathsSpec, "paths") is not { } paths)
        {
            return ImmutableEquatableArray<ApiOperation>.Empty;
        }

        foreach (var pathEntry in paths.Entries())
        {
            if (pathEntry.Key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            var pathItem = context.Resolver.Resolve(pathsSpec.Child(pathEntry.Value, pathEntry.Key));
            if (pathItem is null || (pathItem.Value.Node as DocMapping ?? context.ExpectMapping(pathItem.Value, $"The path item '{pathEntry.Key}'")) is not { } pathMapping)
            {
                continue;
            }

            var operationsOfPath = HttpMethods
                .Where(method => pathMapping.Get(method) is not null)
                .Select(method => (Method: method, Node: pathItem.Value.Child(pathMapping.Get(method)!, method).Shared()))
                .Concat(OpenApi32Constructs.AdditionalOperations(context, pathEntry.Key, pathItem.Value, pathMapping));
            foreach (var (method, operationNode) in operationsOfPath)
            {
                var operation = readOperation(pathEntry.Key, method, pathItem.Value, pathMapping, operationNode);
                if (operation is null)
                {
                    continue;
                }

                if (operation.OperationId is { } operationId)
                {
                    if (operationIds.TryGetValue(operationId, out var first))
                    {
                        // Both are generated: the later one's method is numbered by the binder's one collision rule
                        // (ListPets2Async), which this warning announces instead of OAG0011.
                        context.Diagnostics.Add(SpecDiagnostic.Create(
                            DiagnosticDescriptors.DuplicateOperationId,
                            operation.Location,
                            operationId,
                            $"{first.Method.ToUpperInvariant()} {first.Path}",
                            Where(first.Location, operation.Location)));
                    }
                    else
                    {
                        operationIds.Add(operationId, operation);
                    }
                }

                operations.Add(operation);
            }
        }

        return operations.ToImmutableEquatableArray();
    }

    /// <summary>file(line,col) of the first use: the file name when it is the warning's own file, so the message reads the same on every machine.</summary>
    private static string Where(SourceLocation first, SourceLocation warning)
        => first.FilePath == warning.FilePath ? (first with { FilePath = SpecPath.FileName(first.FilePath) }).ToString() : first.ToString();
}
