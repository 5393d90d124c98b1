using Codegen.Generator.Parsing;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Operations;

/// <summary>External $refs: relative to the referring file, confined to the spec's folder unless allowed, never remote.</summary>
public sealed class ReferenceTests
{
    [Fact]
    public void A_chain_of_files_resolves_each_ref_relative_to_the_file_that_holds_it()
    {
        // a.yaml → sub/b.yaml → ../c.yaml → sub/pet.yaml
        var output = GeneratorRunner.RunOnFile(Spec("refs/a.yaml"), "Ops.Client");

        Assert.Empty(output.Diagnostics);
        var api = GeneratedApi.Load(output.Files);
        Assert.Contains("global::System.Threading.Tasks.Task<global::Ops.Client.Owner> GetOwnerAsync(", api.Text("IRefsApi.g.cs"));
        Assert.Contains("GetOwnerAsync(\n        global::System.Guid id,", api.Text("IRefsApi.g.cs"));
        Assert.Contains("global::System.Collections.Generic.IReadOnlyList<global::Ops.Client.Pet>? Pets", api.Text("Owner.g.cs"));
    }

    [Fact]
    public void A_ref_that_leaves_the_spec_folder_is_a_located_error_unless_allowed()
    {
        var refused = GeneratorRunner.RunOnFile(Spec("refs-outside/spec/api.yaml"), "Ops.Client");

        Assert.Empty(refused.Files);
        Assert.Equal(
            ["api.yaml(14,31): error OAG0004: The $ref '../shared/thing.yaml' leaves the spec's folder; move the file under it or allow it with the option 'AllowExternalReferences'"],
            refused.Diagnostics);

        var allowed = GeneratorRunner.RunOnFile(Spec("refs-outside/spec/api.yaml"), "Ops.Client", allowExternalReferences: true);
        Assert.Empty(allowed.Diagnostics);
        Assert.Contains("global::System.Threading.Tasks.Task<global::Ops.Client.Thing> GetThingsAsync(", GeneratedApi.Load(allowed.Files).Text("IOutsideApi.g.cs"));
    }

    [Fact]
    public void A_remote_ref_is_a_located_error_and_is_never_fetched()
    {
        var requested = new List<string>();
        var path = SpecPath.Normalize(Spec("remote-ref.yaml"));
        var load = SpecLoader.Load(path, File.ReadAllText(path), p => { requested.Add(p); return null; }, new SpecLoadOptions(AllowReferencesOutsideSpecFolder: true));

        Assert.Empty(requested);
        var output = GeneratorRunner.RunOnFile(Spec("remote-ref.yaml"), "Ops.Client", allowExternalReferences: true);
        Assert.Empty(output.Files);
        Assert.Equal(
            ["remote-ref.yaml(14,31): error OAG0003: The $ref 'https://example.com/schemas/thing.yaml#/Thing' points at a remote document, which is never fetched; download it beside the spec and refer to the local copy"],
            output.Diagnostics);
        Assert.Single(load.Diagnostics);
    }

    [Fact]
    public void A_duplicate_operationId_is_a_located_warning_naming_the_first_use_and_both_are_generated()
    {
        var output = GeneratorRunner.RunOnFile(Spec("duplicate-operation-id.yaml"), "Ops.Client");

        var diagnostic = Assert.Single(output.Diagnostics);
        Assert.StartsWith("duplicate-operation-id.yaml(13,7): warning OAG0006: The operationId 'getThing' is also used by GET /a at ", diagnostic);
        Assert.EndsWith("duplicate-operation-id.yaml(8,7), and OpenAPI requires operationIds to be unique; both are generated, and this later one's method name gets a number (the first free one from 2). Give each operation its own operationId", diagnostic);
        var api = output.Files.Single(f => f.HintName.EndsWith("Api.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("GetThingAsync(", api, StringComparison.Ordinal);
        Assert.Contains("GetThing2Async(", api, StringComparison.Ordinal);
    }

    private static string Spec(string name) => Path.Combine(TestPaths.TestSpecs, "operations", name);
}
