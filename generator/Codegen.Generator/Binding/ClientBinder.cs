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
        var namespaceName = options.Namespace;
        if (NamespaceName.Problem(namespaceName) is { } problem)
        {
            // The host checks first and names where the option came from; this guards every other caller.
            diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.InvalidNamespace, null, "The namespace option", namespaceName, problem, NamespaceName.Example));
            document = null;
        }

        if (document is null)
        {
            return new ClientModel(namespaceName, string.Empty, string.Empty, ImmutableEquatableArray<RecordModel>.Empty, ImmutableEquatableArray<EnumModel>.Empty,
                ImmutableEquatableArray<UnionModel>.Empty, ImmutableEquatableArray<InterfaceModel>.Empty, ImmutableEquatableArray<SerializableType>.Empty, diagnostics.ToImmutableEquatableArray(),
                ImmutableEquatableArray<PagerClassModel>.Empty);
        }

        document = OmittedHeaders.Apply(document, options.OmitHeaders, diagnostics);
        var clientName = ClientNames.Of(document, options, diagnostics);
        var interfaceGroups = GroupOperations(document, options, clientName);

        // File names differ only by case on some file systems, so type names are unique ignoring case.
        var typeScope = new NameScope(Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var group in interfaceGroups)
        {
            typeScope.Reserve(group.Name);
        }

        var contextName = typeScope.Claim(clientName + "JsonContext");
        var shapes = new SchemaShapes(document.Schemas, document.SchemaIndex);
        var models = ModelBinder.Bind(document, shapes, typeScope, diagnostics);
        var types = models.Types;

        var rootTypes = new HashSet<TypeRef>();
        var jsonQueryTypes = new HashSet<string>(StringComparer.Ordinal);
        var queryStrings = new QueryStringConverters(typeScope);
        var interfaceBinder = new InterfaceBinder(models.Shapes, types, diagnostics, rootTypes, jsonQueryTypes, models.Records.ToDictionary(r => r.Name, StringComparer.Ordinal), queryStrings);
        var familyScopes = new Dictionary<string, NameScope>(StringComparer.Ordinal);
        var bound = interfaceGroups.Select(g => interfaceBinder.Bind(g.Name, g.Docs, g.Operations, g.Bases, FamilyScope(familyScopes, g.Family))).ToList();

        // Claimed after every schema's name, like the other names the generator adds, so a schema keeps its own.
        var interfaces = bound
            .Select(b => b.Interface.Methods.Any(m => m.Stream is not null) ? b.Interface with { StreamsClassName = typeScope.Claim(PagerClassName(b.Interface.Name, "Streams")) } : b.Interface)
            .ToImmutableEquatableArray();
        var pagerClasses = bound
            .Where(b => b.Pagers.Count > 0)
            .Select(b => new PagerClassModel(typeScope.Claim(PagerClassName(b.Interface.Name, "Paging")), b.Interface.Name, b.Pagers))
            .ToImmutableEquatableArray();
        // By name, for the walks over interfaces and their bases below (an API with an interface per tag can have thousands).
        var interfaceByName = interfaces.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var sendsByName = bound.ToDictionary(b => b.Interface.Name, b => b.Sent.Count > 0, StringComparer.Ordinal);
        var sentMethods = bound
            .Where(b => b.Sent.Count > 0)
            .Select(b => new SentMethodsModel(b.Interface.Name, typeScope.Claim(SentMethodsClassName(b.Interface.Name)), b.Sent, ClientOwner(b.Interface.Name, interfaceByName, sendsByName)!))
            .ToImmutableEquatableArray();
        var implementations = interfaces
            .Where(i => !HasRefitMethods(i.Name, interfaceByName) && ClientOwner(i.Name, interfaceByName, sendsByName) is not null)
            .Select(i => new ClientImplementationModel(i.Name, typeScope.Claim(PagerClassName(i.Name, "Implementation"))))
            .ToImmutableEquatableArray();

        // Types sent as JSON text in a query format themselves as their JSON.
        var jsonQueryNames = new HashSet<string>(jsonQueryTypes.Select(id => types.Resolve(id)).Where(t => t.Kind == TypeRefKind.Generated).Select(t => t.Name!), StringComparer.Ordinal);
        var records = models.Records.Select(r => jsonQueryNames.Contains(r.Name) ? r with { FormatsAsJson = true } : r).ToList();
        var unions = models.Unions.Select(u => jsonQueryNames.Contains(u.Name) ? u with { FormatsAsJson = true } : u).ToList();
        var enums = models.Enums;

        // A context with no [JsonSerializable] gets no code from System.Text.Json's generator and does not
        // compile, so an API without models (only untyped or empty bodies) still lists free-form JSON.
        if (records.Count == 0 && enums.Count == 0 && unions.Count == 0 && rootTypes.Count == 0)
        {
            rootTypes.Add(TypeRef.Of(BuiltinType.JsonElement));
        }

        var serializable = records.Select(r => TypeRef.OfGenerated(r.Name, GeneratedKind.Record))
            .Concat(enums.Select(e => TypeRef.OfGenerated(e.Name, EnumBinder.GeneratedKindOf(e.ValueType))))
            .Concat(unions.Select(u => TypeRef.OfGenerated(u.Name, GeneratedKind.Union)))
            .Concat(models.SerializableTypes)
            .Concat(rootTypes);

        return new ClientModel(
            namespaceName,
            SpecPath.FileName(document.SourcePath),
            contextName,
            records.ToImmutableEquatableArray(),
            enums.ToImmutableEquatableArray(),
            unions.ToImmutableEquatableArray(),
            interfaces,
            ContextPropertyNames.Assign(serializable),
            diagnostics.ToImmutableEquatableArray(),
            pagerClasses,
            types.ResolvedDuration,
            HasDeprecatedParts(records, enums, unions, interfaces, pagerClasses),
            sentMethods,
            implementations,
            queryStrings.Models);
    }

    /// <summary>Whether anything the client generates is [Obsolete]. Decided once here: every file's header asks.</summary>
    private static bool HasDeprecatedParts(
        IEnumerable<RecordModel> records,
        IEnumerable<EnumModel> enums,
        IEnumerable<UnionModel> unions,
        IEnumerable<InterfaceModel> interfaces,
        IEnumerable<PagerClassModel> pagerClasses)
        => records.Any(r => r.Deprecated || r.Properties.Any(p => p.Deprecated))
            || enums.Any(e => e.Deprecated)
            || unions.Any(u => u.Deprecated || u.Alternatives.Any(a => a.Property.Deprecated))
            || interfaces.Any(i => i.Methods.Any(m => m.Deprecated))
            || pagerClasses.Any(c => c.Pagers.Any(p => p.Deprecated));

    /// <summary>
    /// "Pets" → "IPetsApi"; a name whose last word is already Api ("Uber API" → "UberApi") gets no second one:
    /// "IUberApi", not "IUberApiApi". The name is Pascal case, so "API" and "Api" both end it as "Api", while
    /// "Therapi" (no word "Api") still gets the suffix.
    /// </summary>
    internal static string InterfaceName(string baseName)
        => "I" + baseName + (baseName.EndsWith("Api", StringComparison.Ordinal) ? string.Empty : "Api");

    /// <summary>"IPetsApi", "Paging" → "PetsApiPaging": a static class holding extension methods of the interface (pagers, streams).</summary>
    private static string PagerClassName(string interfaceName, string suffix)
        => (interfaceName.Length > 1 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1]) ? interfaceName.Substring(1) : interfaceName) + suffix;

    /// <summary>The method names of one tree of nested tag interfaces, shared so that none hides another's.</summary>
    private static NameScope FamilyScope(Dictionary<string, NameScope> scopes, string family)
    {
        if (!scopes.TryGetValue(family, out var scope))
        {
            scope = InterfaceBinder.NewMethodScope();
            scopes.Add(family, scope);
        }

        return scope;
    }

    /// <summary>
    /// The interface that declares <c>Client</c> for <paramref name="name"/>: the first in its tree of child tag
    /// interfaces (depth first, bases in name order) that has methods sent over HttpClient; null when none has.
    /// </summary>
    private static string? ClientOwner(string name, Dictionary<string, InterfaceModel> interfaces, Dictionary<string, bool> sends)
    {
        foreach (var child in interfaces[name].Bases ?? ImmutableEquatableArray<string>.Empty)
        {
            if (ClientOwner(child, interfaces, sends) is { } owner)
            {
                return owner;
            }
        }

        return sends[name] ? name : null;
    }

    /// <summary>Whether Refit implements the interface: it, or an interface it extends, has a Refit method.</summary>
    private static bool HasRefitMethods(string name, Dictionary<string, InterfaceModel> interfaces)
    {
        var model = interfaces[name];
        return model.Methods.Count > 0 || (model.Bases ?? ImmutableEquatableArray<string>.Empty).Any(b => HasRefitMethods(b, interfaces));
    }

    /// <summary>IEventsApi → EventsApiExtensions.</summary>
    private static string SentMethodsClassName(string interfaceName)
        => (interfaceName.Length > 1 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1]) ? interfaceName.Substring(1) : interfaceName) + "Extensions";

    private static IReadOnlyList<TagGroup> GroupOperations(ApiDocument document, GeneratorOptions options, string clientName)
    {
        var clientDocs = new Documentation(document.Title, document.Description);
        return options.InterfacePerTag
            ? TagGroups.Group(document, clientName, clientDocs, InterfaceName)
            : new[] { new TagGroup(InterfaceName(clientName), clientDocs, document.Operations.ToList(), Array.Empty<string>(), string.Empty) };
    }
}
