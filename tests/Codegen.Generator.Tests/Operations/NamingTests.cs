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

    private static IEnumerable<string> Methods(GeneratorOutput output)
        => output.Files.Single(f => f.HintName.EndsWith("INamingApi.g.cs", StringComparison.Ordinal)).Text
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("global::System.Threading.Tasks.Task", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1].Split('(')[0]);

    private static string Spec(string name) => Path.Combine(TestPaths.TestSpecs, "operations", name);
}
