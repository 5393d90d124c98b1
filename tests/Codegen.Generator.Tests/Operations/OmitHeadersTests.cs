using Codegen.Generator.Binding;
using Codegen.Generator.Common;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Operations;

/// <summary>
/// The option OmitHeaders (item metadata, --omit-headers): the named header parameters, compared ignoring case, leave
/// every method, its docs and its pager; other headers stay; a name no operation has is warning OAG0030, once.
/// </summary>
public sealed class OmitHeadersTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Tenants, version: "1" }
        paths:
          /tenants/{tenant}:
            parameters:
              - { name: MS-RequestId, in: header, description: Set by the handler., schema: { type: string, format: uuid } }
            get:
              operationId: getTenant
              parameters:
                - { name: tenant, in: path, required: true, schema: { type: string } }
                - { name: X-Locale, in: header, required: true, schema: { type: string } }
                - { name: If-None-Match, in: header, schema: { type: string } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: string } } } }
            delete:
              operationId: deleteTenant
              parameters:
                - { name: tenant, in: path, required: true, schema: { type: string } }
              responses:
                "204": { description: gone }
        """;

    [Fact]
    public void Named_headers_leave_every_method_and_its_docs_and_other_headers_stay()
    {
        var output = Run(Spec, "ms-requestid", "X-LOCALE");

        Assert.Empty(output.Diagnostics);
        var api = Api(output);
        Assert.DoesNotContain("MS-RequestId", api, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("msRequestId", api, StringComparison.Ordinal);
        Assert.DoesNotContain("Set by the handler", api, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Locale", api, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[global::Refit.Header(\"If-None-Match\")] string? ifNoneMatch = null", api, StringComparison.Ordinal);
        Assert.Contains("DeleteTenantAsync(\n        string tenant,\n        global::System.Threading.CancellationToken cancellationToken = default);", api, StringComparison.Ordinal);
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }

    [Fact]
    public void Without_the_option_the_headers_are_parameters()
    {
        var api = Api(Run(Spec));

        Assert.Contains("[global::Refit.Header(\"MS-RequestId\")] global::System.Guid? msRequestId = null", api, StringComparison.Ordinal);
        Assert.Contains("[global::Refit.Header(\"X-Locale\")] string xLocale", api, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_no_operation_has_is_a_warning_once_and_the_others_still_apply()
    {
        var output = Run(Spec, "MS-RequestId", "MS-Requestld", "ms-requestld", "X-Locale");

        Assert.Equal(
            ["tenants.yaml(1,1): warning OAG0030: OmitHeaders names the header 'MS-Requestld', which no operation of the description has; check its spelling, or remove it from OmitHeaders"],
            output.Diagnostics);
        Assert.DoesNotContain("msRequestId", Api(output), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pager_leaves_the_omitted_headers_out_too()
    {
        var path = Path.Combine(TestPaths.TestSpecs, "paging", "link-kind.yaml");
        var output = Run(File.ReadAllText(path), "X-Caller");

        Assert.Empty(output.Diagnostics);
        var pager = output.Files.Single(f => f.HintName.EndsWith("ApiPaging.g.cs", StringComparison.Ordinal)).Text;
        Assert.DoesNotContain("xCaller", pager, StringComparison.Ordinal);
        Assert.Contains("xContinuation", pager, StringComparison.Ordinal);
        Assert.Empty(GeneratedCodeCompiler.Compile(output.Files).Diagnostics);
    }

    private static string Api(GeneratorOutput output) => output.Files.Single(f => f.HintName.EndsWith("Api.g.cs", StringComparison.Ordinal) && f.HintName.Contains(".I", StringComparison.Ordinal)).Text;

    /// <summary>The pipeline with OmitHeaders set, as the host tool runs it.</summary>
    private static GeneratorOutput Run(string spec, params string[] omitHeaders)
    {
        const string path = "/specs/tenants.yaml";
        var options = new GeneratorOptions("Omit.Client", OmitHeaders: omitHeaders.Length == 0 ? null : omitHeaders.ToImmutableEquatableArray());
        var (model, files) = CodegenPipeline.Run(path, spec, _ => null, options);
        return new GeneratorOutput(
            files.Select(f => (CodegenPipeline.HintName(model, f), f.Text)).ToList(),
            model.Diagnostics.Select(d => GeneratorRunner.Format(d.ToDiagnostic())).ToList());
    }
}
