using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Codegen.Generator.Binding;
using Codegen.Generator.Binding.Model;
using Codegen.Generator.Emitting;
using Codegen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Codegen.Generator;

/// <summary>
/// Generates a Refit interface, immutable records and a JsonSerializerContext from each OpenAPI
/// description given as an additional file with <c>OpenApiNamespace</c> metadata.
/// </summary>
/// <remarks>
/// Inside the compiler its output is invisible to Refit's and System.Text.Json's generators, so
/// the build runs it before compilation through the host tool (see docs and DESIGN.md); both paths
/// run this same pipeline.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.OpenApiNamespace";
    public const string ClientNameMetadata = "build_metadata.AdditionalFiles.OpenApiClientName";
    public const string InterfacePerTagMetadata = "build_metadata.AdditionalFiles.OpenApiInterfacePerTag";
    public const string AllowExternalReferencesMetadata = "build_metadata.AdditionalFiles.OpenApiAllowExternalReferences";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var requests = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ToRequest(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static request => request is not null)
            .WithTrackingName(TrackingNames.Requests);

        var files = context.AdditionalTextsProvider
            .Select(static (text, cancellationToken) => new InputFile(SpecPath.Normalize(text.Path), text.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect()
            .WithTrackingName(TrackingNames.Files);

        var parsed = requests
            .Combine(files)
            .Select(static (pair, _) => (Request: pair.Left!, Parsed: Parse(pair.Left!, pair.Right)))
            .WithTrackingName(TrackingNames.Parse);

        var bound = parsed
            .Select(static (pair, _) => CodegenPipeline.Bind(pair.Parsed, pair.Request.Options))
            .WithTrackingName(TrackingNames.Bind);

        context.RegisterSourceOutput(bound, static (production, model) => Produce(production, model));
    }

    private static SpecRequest? ToRequest(AdditionalText text, AnalyzerConfigOptions options, System.Threading.CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(NamespaceMetadata, out var namespaceName) || string.IsNullOrWhiteSpace(namespaceName))
        {
            return null;
        }

        options.TryGetValue(ClientNameMetadata, out var clientName);
        options.TryGetValue(InterfacePerTagMetadata, out var perTag);
        options.TryGetValue(AllowExternalReferencesMetadata, out var allowExternal);
        var generatorOptions = new GeneratorOptions(
            namespaceName,
            string.IsNullOrWhiteSpace(clientName) ? null : clientName,
            IsTrue(perTag),
            IsTrue(allowExternal));
        return new SpecRequest(SpecPath.Normalize(text.Path), text.GetText(cancellationToken)?.ToString() ?? string.Empty, generatorOptions);
    }

    private static ParseResult Parse(SpecRequest request, ImmutableArray<InputFile> files)
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath[file.Path] = file.Text;
        }

        return CodegenPipeline.Parse(request.Path, request.Text, path => byPath.TryGetValue(path, out var text) ? text : null, request.Options);
    }

    private static void Produce(SourceProductionContext production, ClientModel model)
    {
        foreach (var diagnostic in model.Diagnostics)
        {
            production.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (model.Diagnostics.Any(d => d.IsError))
        {
            return;
        }

        foreach (var file in CodegenPipeline.Emit(model))
        {
            production.AddSource(HintName(model, file), SourceText.From(file.Text, System.Text.Encoding.UTF8));
        }
    }

    /// <summary>Prefixed with the namespace so two specs in one project cannot produce the same hint name.</summary>
    internal static string HintName(ClientModel model, GeneratedFile file) => model.Namespace + "." + file.HintName;

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Step names for incremental-cache tests.</summary>
public static class TrackingNames
{
    public const string Requests = nameof(Requests);
    public const string Files = nameof(Files);
    public const string Parse = nameof(Parse);
    public const string Bind = nameof(Bind);
}
