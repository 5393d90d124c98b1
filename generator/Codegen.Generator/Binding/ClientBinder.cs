using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>Bind stage: an <see cref="ApiDocument"/> and options become a <see cref="ClientModel"/> with every C# decision made.</summary>
internal static class ClientBinder
{
    public static ClientModel Bind(ParseResult parsed, GeneratorOptions options)
    {
        var diagnostics = new List<SpecDiagnostic>(parsed.Diagnostics);
        var document = parsed.Document;
        var namespaceName = NamespaceOf(options.Namespace);
        if (document is null)
        {
            return new ClientModel(namespaceName, string.Empty, string.Empty, ImmutableEquatableArray<RecordModel>.Empty, ImmutableEquatableArray<EnumModel>.Empty,
                ImmutableEquatableArray<UnionModel>.Empty, ImmutableEquatableArray<InterfaceModel>.Empty, ImmutableEquatableArray<SerializableType>.Empty, diagnostics.ToImmutableEquatableArray());
        }

        var clientName = IdentifierNames.Pascal(options.ClientName ?? document.Title, "Api");
        var interfaceGroups = GroupOperations(document, options, clientName);

        // File names differ only by case on some file systems, so type names are unique ignoring case.
        var typeScope = new NameScope(Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var group in interfaceGroups)
        {
            typeScope.Reserve(group.Name);
        }

        var contextName = typeScope.Claim(clientName + "JsonContext");
        foreach (var support in new[] { KnownTypes.EquatableArray, KnownTypes.EquatableDictionary, KnownTypes.JsonExtensionData, KnownTypes.JsonShapes, KnownTypes.EquatableJson, KnownTypes.JsonElementEquality })
        {
            typeScope.Reserve(support);
        }

        var shapes = new SchemaShapes(document.Schemas.ToDictionary(s => s.Id, StringComparer.Ordinal));
        var models = ModelBinder.Bind(document, shapes, typeScope, namespaceName, diagnostics);
        var types = models.Types;
        var records = models.Records;
        var enums = models.Enums;

        var rootTypes = new HashSet<string>(StringComparer.Ordinal);
        var interfaceBinder = new InterfaceBinder(models.Shapes, types, diagnostics, rootTypes);
        var interfaces = interfaceGroups
            .Select(g => interfaceBinder.Bind(g.Name, g.Docs, g.Operations))
            .ToImmutableEquatableArray();

        // A context with no [JsonSerializable] gets no code from System.Text.Json's generator and does not
        // compile, so an API without models (only untyped or empty bodies) still lists free-form JSON.
        if (records.Count == 0 && enums.Count == 0 && models.Unions.Count == 0 && rootTypes.Count == 0)
        {
            rootTypes.Add(KnownTypes.JsonElement);
        }

        var serializable = records.Select(r => "global::" + namespaceName + "." + r.Name)
            .Concat(enums.Select(e => "global::" + namespaceName + "." + e.Name))
            .Concat(models.Unions.Select(u => "global::" + namespaceName + "." + u.Name))
            .Concat(models.SerializableTypes)
            .Concat(rootTypes);

        return new ClientModel(
            namespaceName,
            SpecPath.FileName(document.SourcePath),
            contextName,
            records.ToImmutableEquatableArray(),
            enums.ToImmutableEquatableArray(),
            models.Unions.ToImmutableEquatableArray(),
            interfaces,
            ContextPropertyNames.Assign(serializable, namespaceName),
            diagnostics.ToImmutableEquatableArray());
    }

    /// <summary>A namespace option may hold dots; each part becomes a valid identifier on its own.</summary>
    private static string NamespaceOf(string option)
    {
        var parts = option.Split('.').Select(p => IdentifierNames.Pascal(p, "Generated").TrimStart('@')).Where(p => p.Length > 0);
        var joined = string.Join(".", parts);
        return joined.Length == 0 ? "Generated" : joined;
    }

    private static IReadOnlyList<(string Name, Documentation Docs, IReadOnlyList<ApiOperation> Operations)> GroupOperations(ApiDocument document, GeneratorOptions options, string clientName)
    {
        var clientDocs = new Documentation(document.Title, document.Description);
        if (!options.InterfacePerTag)
        {
            return new[] { ("I" + clientName + "Api", clientDocs, (IReadOnlyList<ApiOperation>)document.Operations.ToList()) };
        }

        var scope = new NameScope(Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        return document.Operations
            .GroupBy(o => o.Tags.Count > 0 ? o.Tags[0] : string.Empty, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (
                scope.Claim("I" + (g.Key.Length == 0 ? clientName : IdentifierNames.Pascal(g.Key, clientName)) + "Api"),
                g.Key.Length == 0 ? clientDocs : new Documentation(g.Key, null),
                (IReadOnlyList<ApiOperation>)g.ToList()))
            .ToList();
    }
}
