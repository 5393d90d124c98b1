using System.Diagnostics;
using System.Reflection;
using Xunit;

namespace Codegen.Build.Tests;

/// <summary>
/// Builds a small project that generates its client from a spec through Codegen.props/.targets,
/// the way src/PartnerCenter.Customers does, and checks the behaviour a developer relies on.
/// </summary>
public sealed class BuildIntegrationTests : IDisposable
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Pets, version: "1" }
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              parameters:
                - { name: id, in: path, required: true, schema: { type: integer, format: int64 } }
              responses:
                "200":
                  description: The pet.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Pet' }
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: { type: string }
        """;

    private readonly string _project = Directory.CreateTempSubdirectory("codegen-build-").FullName;

    public BuildIntegrationTests()
    {
        var repo = typeof(BuildIntegrationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        File.WriteAllText(Path.Combine(_project, "pets.yaml"), Spec);
        File.WriteAllText(Path.Combine(_project, "Pets.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{repo}generator/Codegen.Build/Codegen.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <OpenApiSpec Include="pets.yaml" Namespace="Pets.Client" ClientName="Pets" />
                <PackageReference Include="Refit" Version="16.4.0" />
              </ItemGroup>
              <Import Project="{repo}generator/Codegen.Build/Codegen.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_project, "Usage.cs"), """
            namespace Pets.Client;

            public static class Usage
            {
                public static IPetsApi Create(System.Net.Http.HttpClient http)
                    => Refit.RestService.ForGenerated<IPetsApi>(http, Refit.RefitSettings.ForJsonContext(PetsJsonContext.Default));
            }
            """);
        // Keep the throwaway project out of any Directory.Build.props / central package management above it.
        File.WriteAllText(Path.Combine(_project, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_project, "Directory.Packages.props"), "<Project />");
    }

    [Fact]
    public void Build_generates_then_skips_when_unchanged_then_regenerates_when_the_spec_changes()
    {
        var first = Build();
        Assert.Contains("codegen: generating from pets.yaml", first, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_project, "obj", "Debug", "net10.0", "codegen", "pets", "Pets.Client.Pet.g.cs")));
        Assert.Empty(Directory.EnumerateFiles(_project, "*.g.cs", SearchOption.TopDirectoryOnly));

        var second = Build();
        Assert.DoesNotContain("codegen: generating", second, StringComparison.Ordinal);
        Assert.Contains("Skipping target \"CodegenGenerate\" because all output files are up-to-date", second, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_project, "pets.yaml"), Spec.Replace("name: { type: string }", "name: { type: string }\n        age: { type: integer }", StringComparison.Ordinal));
        var third = Build();
        Assert.Contains("codegen: generating from pets.yaml", third, StringComparison.Ordinal);
        Assert.Contains("Age", File.ReadAllText(Path.Combine(_project, "obj", "Debug", "net10.0", "codegen", "pets", "Pets.Client.Pet.g.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void Spec_error_fails_the_build_with_a_located_diagnostic()
    {
        File.WriteAllText(Path.Combine(_project, "pets.yaml"), Spec.Replace("'#/components/schemas/Pet'", "'#/components/schemas/Pett'", StringComparison.Ordinal));

        var output = Build(expectSuccess: false);

        Assert.Matches(@"pets\.yaml\(14,\d+\): error OAG0002: The \$ref '#/components/schemas/Pett' does not resolve", output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_project, recursive: true);
        }
        catch (IOException)
        {
            // A build node may still hold a file briefly; the OS cleans its temp folder.
        }
    }

    private string Build(bool expectSuccess = true)
    {
        var start = new ProcessStartInfo("dotnet", "build -v:n -nodeReuse:false")
        {
            WorkingDirectory = _project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "dotnet build did not finish in 5 minutes");
        var output = stdout.Result + stderr.Result;
        Assert.True((process.ExitCode == 0) == expectSuccess, $"dotnet build exited {process.ExitCode}:\n{output}");
        return output;
    }
}
