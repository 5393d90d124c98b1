using Codegen.Generator.Tests.Cli;
using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Naming;

/// <summary>The namespace option is used exactly as given; an invalid one is OAG0025, reported where it was given.</summary>
public sealed class NamespaceTests : IDisposable
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Pets, version: "1" }
        paths: {}
        components:
          schemas:
            Pet:
              type: object
              properties:
                name: { type: string }
        """;

    private const string Fix = "Write dotted C# identifiers, e.g. Contoso.MyClient.V2 (a part that is a C# keyword is written with '@': Contoso.@event)";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("contoso.my_client.v2")]
    [InlineData("Contoso.@event")]
    [InlineData("Ünïcödé.名前._v2")]
    public void The_namespace_is_used_as_written_and_a_hand_written_partial_in_it_merges(string @namespace)
    {
        var output = GeneratorRunner.RunOnText(Spec, "/specs/pets.yaml", @namespace);
        var partial = $$"""
            namespace {{@namespace}}
            {
                public sealed partial record Pet
                {
                    public string Describe() => Name ?? "no name";
                }
            }
            """;

        var compiled = GeneratedCodeCompiler.Compile(output.Files, extraSources: [partial]);

        Assert.Empty(output.Diagnostics);
        Assert.Contains($"namespace {@namespace};", output.Files.Single(f => f.HintName.EndsWith("Pet.g.cs", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(compiled.Diagnostics, d => d.Contains(": error ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Contoso.1Pets", "the part '1Pets' does not start with a letter or '_'")]
    [InlineData("Contoso.event", "the part 'event' is a C# keyword; write it as '@event'")]
    [InlineData("global::Contoso", "'global::' is not part of a namespace declaration; leave it out")]
    [InlineData("Contoso..Pets", "it has an empty part (two dots in a row, or a dot at the start or end)")]
    [InlineData("Contoso.Pets.", "it has an empty part (two dots in a row, or a dot at the start or end)")]
    [InlineData("Contoso.My-Client", "the part 'My-Client' contains a character that is not allowed in a C# identifier")]
    [InlineData("Contoso.\u202Eevil", "the part '\\u202Eevil' contains an invisible formatting character (U+202E)")]
    public void An_invalid_namespace_is_an_error_that_says_what_is_wrong_and_generates_nothing(string @namespace, string problem)
    {
        var output = GeneratorRunner.RunOnText(Spec, "/specs/pets.yaml", @namespace);

        Assert.Empty(output.Files);
        var shown = @namespace.Replace("\u202E", "\\u202E", StringComparison.Ordinal);
        Assert.Equal([$"error OAG0025: The namespace option is '{shown}', which is not a valid C# namespace: {problem}. {Fix}"], output.Diagnostics);
    }

    [Fact]
    public void On_the_command_line_the_error_names_the_namespace_option()
    {
        var spec = _folder.File("pets.yaml", Spec);
        var output = Path.Combine(_folder.Path, "out");

        var result = CliRunner.Run("generate", spec, "--namespace", "Contoso.1Pets", "--output", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"codegen: error OAG0025: The --namespace option is 'Contoso.1Pets', which is not a valid C# namespace: the part '1Pets' does not start with a letter or '_'. {Fix}"],
            result.ErrorLines);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void In_a_build_the_error_is_located_at_the_item_s_Namespace_metadata_in_the_project()
    {
        var spec = _folder.File("api/pets.yaml", Spec);
        var project = _folder.File("Client.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <OpenApiSpec Include="api/pets.yaml" Namespace="Contoso.1Pets" />
              </ItemGroup>
            </Project>
            """);

        // What the Specweave.Build targets run: the project that holds the item comes with --project-file.
        var result = CliRunner.Run("generate", spec, "--namespace", "Contoso.1Pets", "--project-file", project, "--output", Path.Combine(_folder.Path, "out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"{project}(3,53): error OAG0025: The Namespace metadata of the OpenApiSpec item 'api/pets.yaml' is 'Contoso.1Pets', which is not a valid C# namespace: the part '1Pets' does not start with a letter or '_'. {Fix}"],
            result.ErrorLines);
    }

    [Fact]
    public void In_a_build_a_namespace_not_written_literally_in_the_project_is_reported_at_the_project()
    {
        var spec = _folder.File("pets.yaml", Spec);
        var project = _folder.File("Client.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><OpenApiSpec Include="pets.yaml" Namespace="$(Ns)" /></ItemGroup></Project>""");

        var result = CliRunner.Run("generate", spec, "--namespace", "Contoso.1Pets", "--project-file", project, "--output", Path.Combine(_folder.Path, "out"));

        Assert.StartsWith($"{project}(1,1): error OAG0025: The Namespace metadata of the OpenApiSpec item 'pets.yaml' is 'Contoso.1Pets'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
