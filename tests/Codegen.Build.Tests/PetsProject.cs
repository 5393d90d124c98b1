using System.Diagnostics;
using System.Reflection;
using Xunit;

namespace Codegen.Build.Tests;

/// <summary>
/// A throwaway project in a temporary folder that generates its client from a spec through
/// Codegen.props/.targets, the way src/PartnerCenter.Customers does, and is built with <c>dotnet build</c>.
/// </summary>
internal sealed class PetsProject : IDisposable
{
    public const string Spec = """
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

    // A hang guard, not a measurement: a healthy build takes seconds.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    public PetsProject()
    {
        var repo = Metadata("RepoRoot");
        File.WriteAllText(SpecPath, Spec);
        File.WriteAllText(Path.Combine(Folder, "Pets.csproj"), $"""
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
        File.WriteAllText(Path.Combine(Folder, "Usage.cs"), """
            namespace Pets.Client;

            public static class Usage
            {
                public static IPetsApi Create(System.Net.Http.HttpClient http)
                    => Refit.RestService.ForGenerated<IPetsApi>(http, Refit.RefitSettings.ForJsonContext(PetsJsonContext.Default));
            }
            """);
        // Keep the throwaway project out of any Directory.Build.props / central package management above it.
        File.WriteAllText(Path.Combine(Folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Folder, "Directory.Packages.props"), "<Project />");
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("codegen-build-").FullName;

    public string SpecPath => Path.Combine(Folder, "pets.yaml");

    /// <summary>Where the build writes the generated files of pets.yaml.</summary>
    public string GeneratedFolder => Path.Combine(Folder, "obj", Configuration, "net10.0", "codegen", "pets");

    /// <summary>
    /// Builds in the configuration the tests were built in, so the generator tool the test project's own
    /// build produced is the one used; <c>BuildProjectReferences=false</c> keeps these builds from building
    /// (and racing each other on) the repository's generator projects.
    /// </summary>
    public string Build(bool expectSuccess = true)
    {
        var start = new ProcessStartInfo("dotnet", $"build -c {Configuration} -v:n -nodeReuse:false -p:BuildProjectReferences=false")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(HangGuard))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet build did not finish in {HangGuard.TotalMinutes} minutes");
        }

        var output = stdout.Result + stderr.Result;
        Assert.True((process.ExitCode == 0) == expectSuccess, $"dotnet build exited {process.ExitCode}:\n{output}");
        return output;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A build node may still hold a file briefly; the OS cleans its temp folder.
        }
    }

    private static string Configuration => Metadata("Configuration");

    private static string Metadata(string key) =>
        typeof(PetsProject).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
