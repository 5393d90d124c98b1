using System;
using System.Collections.Generic;
using System.Linq;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Binding.Naming;
using Codegen.Generator.Common;
using Codegen.Generator.Diagnostics;
using Codegen.Generator.Parsing.Model;

namespace Codegen.Generator.Binding;

/// <summary>
/// Binds operations to Refit methods: the method name, the HTTP attribute, [Obsolete] for deprecated
/// operations; parameters, bodies and return types are bound by their own binders, pagers of paged
/// operations by <see cref="PagerBinder"/>.
/// </summary>
internal sealed class InterfaceBinder
{
    private readonly List<SpecDiagnostic> _diagnostics;
    private readonly ParameterBinder _parameters;
    private readonly RequestBodyBinder _bodies;
    private readonly ResponseTypeBinder _responses;
    private readonly StreamBinder _streams;
    private readonly PagerBinder _pagers;
    private readonly TypeResolver _types;

    /// <summary>The parameter names of the method being bound: one scope for all of them, cleared for each.</summary>
    private readonly NameScope _parameterScope = new(MethodParameters, 8);
    private readonly Interner<MethodParameterModel> _parameterModels = new();
    private readonly Interner<ImmutableEquatableArray<MethodParameterModel>> _parameterLists = new();
    private readonly Interner<ResponseDocs> _responseDocs = new();

    /// <param name="jsonQueryTypes">Receives the ids of schemas whose types are sent as JSON text in a query.</param>
    /// <param name="queryStrings">Names the converters of querystring parameters.</param>
    public InterfaceBinder(SchemaShapes shapes, TypeResolver types, List<SpecDiagnostic> diagnostics, HashSet<TypeRef> rootTypes, HashSet<string> jsonQueryTypes, IReadOnlyDictionary<string, RecordModel> records, QueryStringConverters queryStrings)
    {
        _diagnostics = diagnostics;
        _types = types;
        _parameters = new ParameterBinder(shapes, types, diagnostics, jsonQueryTypes, rootTypes, queryStrings);
        _bodies = new RequestBodyBinder(shapes, types, diagnostics, rootTypes);
        _responses = new ResponseTypeBinder(shapes, types, rootTypes);
        _streams = new StreamBinder(shapes, types, rootTypes);
        _pagers = new PagerBinder(shapes, types, records, diagnostics);
    }

    /// <summary>The parameters every method has, taken in each method's parameter scope.</summary>
    private static readonly ReservedNames MethodParameters = new("the CancellationToken parameter every method has", "cancellationToken");

    /// <summary>Methods of <see cref="object"/>: a Refit method of that name would hide them.</summary>
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType" };

    /// <summary>A scope of method names with the members every C# object has reserved.</summary>
    public static NameScope NewMethodScope()
    {
        var scope = new NameScope();
        foreach (var member in ObjectMembers)
        {
            scope.Reserve(member, "a member every C# object has");
        }

        return scope;
    }

    /// <summary>
    /// The interface, the pagers of its paged operations (empty when it has none), and the methods sent over its
    /// HttpClient because Refit cannot send their HTTP method (empty when it has none).
    /// </summary>
    /// <param name="bases">The interfaces of its child tags, which it extends.</param>
    /// <param name="scope">The method names taken: the interface's own, or those of its tree of nested tag interfaces.</param>
    public (InterfaceModel Interface, ImmutableEquatableArray<PagerModel> Pagers, ImmutableEquatableArray<SentMethodModel> Sent) Bind(
        string name, Documentation docs, IEnumerable<ApiOperation> operations, IReadOnlyList<string> bases, NameScope scope)
    {
        var operationIds = new HashSet<string>(StringComparer.Ordinal);
        var all = operations.Where(IsSupported).Select(o => (Operation: o, Method: BindMethod(o, scope, operationIds))).ToList();

        // The hidden Refit methods are named once every method callers call has its name (ResponseMethods).
        all = all
            .Select(b => (b.Operation, b.Method with { Model = ResponseMethods.Claim(b.Method.Model, b.Operation, !SentMethods.IsSent(b.Method.Model), scope) }))
            .ToList();
        var bound = all.Where(b => !SentMethods.IsSent(b.Method.Model)).ToList();
        var sent = all
            .Where(b => SentMethods.IsSent(b.Method.Model) && SentMethods.CanSend(b.Operation, b.Method.Model, _diagnostics))
            .Select(b => SentMethods.Bind(b.Method.Model))
            .ToImmutableEquatableArray();

        // Pagers are named after every method, so that adding paging to one operation never renames a method.
        var pagers = bound
            .Where(b => b.Operation.Paging is not null)
            .Select(b => _pagers.Bind(b.Operation, b.Operation.Paging!, b.Method.Model.Name, b.Method.Parameters, scope))
            .Where(p => p is not null)
            .Select(p => p!)
            .ToImmutableEquatableArray();
        return (new InterfaceModel(name, docs, bound.Select(b => b.Method.Model).ToImmutableEquatableArray(), bases.ToImmutableEquatableArray()), pagers, sent);
    }

    /// <summary>
    /// The operationId names the method. Without one the name comes from the method and path
    /// ("GET /pets/{id}" → GetPetsByIdAsync), so it stays the same as long as the operation does.
    /// </summary>
    public static string BaseName(ApiOperation operation)
        => operation.OperationId is { } operationId
            ? IdentifierNames.Pascal(operationId, "Operation")
            : IdentifierNames.Pascal(operation.Method + " " + operation.Path.Replace("{", " by ").Replace("}", " "), "Operation");

    /// <summary>Refit has no TRACE attribute, and sending the operation with another method would be a different request.</summary>
    private bool IsSupported(ApiOperation operation)
    {
        if (operation.Method is not "trace")
        {
            return true;
        }

        _diagnostics.Add(SpecDiagnostic.Create(DiagnosticDescriptors.UnsupportedConstruct, operation.Location, "The TRACE operation cannot be sent through Refit, which has no TRACE attribute (another method would be another request)",
            "it is not generated",
            "Send it with HttpClient directly"));
        return false;
    }

    /// <summary>The method, and its parameters as bound (without the cancellation token) for a pager.</summary>
    /// <param name="operationIds">The operationIds of the interface's methods so far.</param>
    private (MethodModel Model, IReadOnlyList<BoundParameter> Parameters) BindMethod(ApiOperation operation, NameScope scope, HashSet<string> operationIds)
    {
        var specName = operation.OperationId ?? operation.Method.ToUpperInvariant() + " " + operation.Path;
        var desired = BaseName(operation);

        // A repeated operationId is numbered like any collision, but reported once, as OAG0006, when it is read.
        var repeated = operation.OperationId is { } operationId && !operationIds.Add(operationId);
        var name = repeated
            ? scope.Claim(desired, NameHolder.NameOf(specName, operation.Location), "Async")
            : Renames.Claim(scope, desired, specName, operation.Location, _diagnostics, "Async");
        var path = PathTemplate.Parse(operation.Path, operation.Parameters);
        var parameterScope = _parameterScope;
        parameterScope.Clear();
        var (required, optional) = _parameters.Bind(operation, path, parameterScope);
        var attributes = new List<AttributeModel> { MethodAttribute(operation.Method, path.Template) };
        if (operation.Deprecated)
        {
            attributes.Add(AttributeModel.Of(AttributeKind.Obsolete, AttributeArgument.String("This operation is deprecated in the API description.")));
        }

        if (operation.RequestBody is { } body)
        {
            var bound = _bodies.Bind(body, parameterScope);
            required.AddRange(bound.Parameters.Where(p => !p.IsOptional).Select(Body));
            optional.AddRange(bound.Parameters.Where(p => p.IsOptional).Select(Body));
            if (bound.IsMultipart)
            {
                attributes.Add(AttributeModel.Of(AttributeKind.Multipart));
            }
        }

        var parameters = required.Concat(optional).ToList();
        // A streamed response: callers call the extension method of the operation's name; the Refit method is named apart.
        var stream = _streams.Find(operation);
        var (result, resultNullable) = stream is null ? _responses.ResultType(operation) : (null, false);
        var method = new MethodModel(
            name,
            Documentation.Of(operation.Summary ?? operation.Description, operation.Summary is null ? null : operation.Description),
            operation.Deprecated,
            result,
            resultNullable,
            attributes.ToImmutableEquatableArray(),
            SharedParameters(parameters),
            _responseDocs.Intern(ResponseDocsBinder.Bind(operation, _types)),
            stream is { } found ? StreamBinder.Model(found, parameters.Select(p => p.Model)) : null);
        return (method, parameters);
    }

    /// <summary>The method's parameters and the cancellation token, each (and the list) shared with the operations that have the same.</summary>
    private ImmutableEquatableArray<MethodParameterModel> SharedParameters(List<BoundParameter> parameters)
    {
        var models = new MethodParameterModel[parameters.Count + 1];
        for (var i = 0; i < parameters.Count; i++)
        {
            models[i] = _parameterModels.Intern(parameters[i].Model);
        }

        models[parameters.Count] = CancellationParameter;
        return _parameterLists.Intern(ImmutableEquatableArray<MethodParameterModel>.Own(models));
    }

    /// <summary>The last parameter of every method.</summary>
    private static readonly MethodParameterModel CancellationParameter = new("cancellationToken", TypeRef.Of(BuiltinType.CancellationToken), false, ImmutableEquatableArray<AttributeModel>.Empty, ParameterDefault.Default, "Cancels the request.");

    private static BoundParameter Body(MethodParameterModel model) => new(model, null, null, null);

    /// <summary>
    /// Refit's attribute for the methods it has one for. Any other (OpenAPI 3.2's query, additionalOperations keyed as
    /// sent) gets a RequestMethod attribute in the model only: the emitter writes an extension method that sends it.
    /// </summary>
    private static AttributeModel MethodAttribute(string method, string pathTemplate)
        => RefitVerb(method) is { } known
            ? AttributeModel.Of(known, AttributeArgument.String(pathTemplate))
            : AttributeModel.Of(AttributeKind.RequestMethod, AttributeArgument.String(method == Parsing.OpenApi32Constructs.QueryMethod ? "QUERY" : method), AttributeArgument.String(pathTemplate));

    /// <summary>The attribute of a method Refit sends itself; null for any other (sent over HttpClient, <see cref="SentMethods"/>).</summary>
    private static AttributeKind? RefitVerb(string method)
        => method switch
        {
            "get" => AttributeKind.Get,
            "put" => AttributeKind.Put,
            "post" => AttributeKind.Post,
            "delete" => AttributeKind.Delete,
            "patch" => AttributeKind.Patch,
            "head" => AttributeKind.Head,
            "options" => AttributeKind.Options,
            _ => null,
        };
}
