using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Operations;

/// <summary>Method names without an operationId, collisions between names, and [Obsolete] for deprecated operations.</summary>
public sealed class NamingTests
{
    private static readonly Lazy<GeneratorOutput> Output = new(() => GeneratorRunner.RunOnFile(Spec("naming.yaml"), "Ops.Client"));

    /// <summary>Compiled once for the tests that need the client: compiling is the slow part.</summary>
    private static readonly Lazy<GeneratedApi> Api = new(() => GeneratedApi.Load(Output.Value.Files));

    [Fact]
    public void Operations_without_operationId_are_named_from_method_and_path()
    {
        var names = Api.Value.Interface("INamingApi").GetMethods().Select(m => m.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["DeletePetsByPetIdAsync", "GetAsync", "GetPets2Async", "GetPetsAsync", "GetPetsByPetIdPhotosByPhotoIdAsync"], names);
    }

    [Fact]
    public void A_name_taken_twice_gets_the_next_free_one_with_a_located_warning()
        => Assert.Equal(["naming.yaml(15,7): warning OAG0011: 'get pets' becomes 'GetPetsAsync' in C#, which is already the name of 'GET /pets' at line 12, column 7; it was named 'GetPets2Async'. It works as it is, with the name on the wire unchanged; to choose the C# name, rename it in the description"], Output.Value.Diagnostics);

    [Fact]
    public void Derived_names_do_not_change_when_other_operations_are_added_after_them()
    {
        var text = File.ReadAllText(Spec("naming.yaml")).Replace("paths:\n", "paths:\n  /zebras:\n    get:\n      responses:\n        \"204\": { description: New. }\n", StringComparison.Ordinal);

        var grown = GeneratorRunner.RunOnText(text, "/specs/naming.yaml", "Ops.Client");

        var before = Methods(Output.Value);
        Assert.Equal(before.Append("GetZebrasAsync").Order(StringComparer.Ordinal), Methods(grown).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_deprecated_operation_is_Obsolete_and_Refit_s_generated_implementation_still_compiles_without_warnings()
    {
        var api = Api.Value;

        Assert.Contains("""
                [global::Refit.Delete("/pets/{petId}")]
                [global::System.Obsolete("This operation is deprecated in the API description.")]
                global::System.Threading.Tasks.Task DeletePetsByPetIdAsync(
            """.Replace("\r\n", "\n"), api.Text("INamingApi.g.cs"));
        Assert.NotNull(api.Method("INamingApi", "DeletePetsByPetIdAsync").GetCustomAttributes(typeof(ObsoleteAttribute), false).SingleOrDefault());
    }

    [Fact]
    public async Task Path_parameters_with_characters_outside_identifiers_are_bound_by_AliasAs()
    {
        var api = Api.Value;

        var (request, _) = await api.CallAsync("INamingApi", "GetPetsByPetIdPhotosByPhotoIdAsync", new Dictionary<string, object?> { ["petId"] = "p/1", ["photoId"] = "x y" });

        Assert.Equal("/pets/p%2F1/photos/x%20y", request.Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_hidden_Refit_method_is_named_after_every_method_callers_call_so_it_never_renames_one()
    {
        // getPet's hidden Refit method would be GetPetResponseAsync, the name getPetResponse derives: it takes the next free one.
        const string Text = """
            openapi: 3.0.3
            info: { title: Hidden, version: "1" }
            paths:
              /pets/{id}:
                get:
                  operationId: getPet
                  parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
                  responses:
                    "200": { description: A pet., content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
              /pets/{id}/response:
                get:
                  operationId: getPetResponse
                  parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
                  responses:
                    "200": { description: Its answer., content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
            components:
              schemas:
                Pet: { type: object, required: [name], properties: { name: { type: string } } }
            """;
        var output = GeneratorRunner.RunOnText(Text.Replace("\r\n", "\n", StringComparison.Ordinal), "/specs/hidden.yaml", "Hidden.Client");
        var api = GeneratedApi.Load(output.Files);

        Assert.Empty(output.Diagnostics);
        Assert.Equal(
            ["GetPetAsync", "GetPetResponse2Async", "GetPetResponseAsync", "GetPetResponseResponseAsync"],
            api.Interface("IHiddenApi").GetMethods().Select(m => m.Name).Order(StringComparer.Ordinal));
        var (request, pet) = await api.CallAsync("IHiddenApi", "GetPetResponseAsync", new Dictionary<string, object?> { ["id"] = "7" },
            () => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("{\"name\":\"Rex\"}", System.Text.Encoding.UTF8, "application/json") });
        Assert.Equal("/pets/7/response", request.Uri.AbsolutePath);
        Assert.Equal("Rex", pet!.GetType().GetProperty("Name")!.GetValue(pet));
    }

    private static IEnumerable<string> Methods(GeneratorOutput output)
        => output.Files.Single(f => f.HintName.EndsWith("INamingApi.g.cs", StringComparison.Ordinal)).Text
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("global::System.Threading.Tasks.Task", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1].Split('(')[0]);

    private static string Spec(string name) => Path.Combine(TestPaths.TestSpecs, "operations", name);
}
