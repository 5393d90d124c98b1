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
        var typeScope = new NameScope(Array.Empty<string>(), ignoreCase: true);
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
        var (refitImplements, clientOwners) = RefitAndClientOwners(interfaces, bound.ToDictionary(b => b.Interface.Name, b => b.Sent.Count > 0, StringComparer.Ordinal));
        var sentMethods = bound
            .Where(b => b.Sent.Count > 0)
            .Select(b => new SentMethodsModel(b.Interface.Name, typeScope.Claim(SentMethodsClassName(b.Interface.Name)), b.Sent, clientOwners[b.Interface.Name]!))
            .ToImmutableEquatableArray();
        var implementations = interfaces
            .Where(i => !refitImplements[i.Name] && clientOwners[i.Name] is not null)
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
    /// For each interface: whether Refit implements it (it, or an interface it extends, has a Refit method), and the
    /// interface that declares <c>Client</c> for it: the first in its tree of child tag interfaces (depth first, bases
    /// in name order) that has methods sent over HttpClient; null when none has. Worked out children first, each
    /// interface once and without recursion: an API can nest thousands of tags.
    /// </summary>
    private static (Dictionary<string, bool> RefitImplements, Dictionary<string, string?> ClientOwners) RefitAndClientOwners(
        IReadOnlyList<InterfaceModel> interfaces, Dictionary<string, bool> sends)
    {
        var byName = interfaces.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var refitImplements = new Dictionary<string, bool>(StringComparer.Ordinal);
        var clientOwners = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in ChildrenFirst(byName))
        {
            var model = byName[name];
            var bases = model.Bases ?? ImmutableEquatableArray<string>.Empty;
            refitImplements[name] = model.Methods.Count > 0 || bases.Any(b => refitImplements[b]);
            clientOwners[name] = bases.Select(b => clientOwners[b]).FirstOrDefault(owner => owner is not null) ?? (sends[name] ? name : null);
        }

        return (refitImplements, clientOwners);
    }

    /// <summary>Every interface after the interfaces it extends (its child tags), by an explicit stack.</summary>
    private static List<string> ChildrenFirst(Dictionary<string, InterfaceModel> interfaces)
    {
        var order = new List<string>(interfaces.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(string Name, int NextBase)>();
        foreach (var root in interfaces.Keys)
        {
            if (!seen.Add(root))
            {
                continue;
            }

            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (name, nextBase) = stack.Pop();
                var bases = interfaces[name].Bases ?? ImmutableEquatableArray<string>.Empty;
                if (nextBase < bases.Count)
                {
                    stack.Push((name, nextBase + 1));
                    if (seen.Add(bases[nextBase]))
                    {
                        stack.Push((bases[nextBase], 0));
                    }
                }
                else
                {
                    order.Add(name);
                }
            }
        }

        return order;
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
