using System.CommandLine;
using Codegen.Cli;

namespace Codegen.Generator.Tests.Cli;

/// <summary>The `generate` command: exit codes, diagnostics in MSBuild's format, one-line failures, options.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private const string ValidSpec = """
        openapi: 3.0.3
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: array
                        items: { $ref: '#/components/schemas/Pet' }
        components:
          schemas:
            Pet:
              type: object
              properties:
                name: { type: string }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Output => Path.Combine(_folder.Path, "out");

    [Fact]
    public void A_valid_spec_generates_the_files_and_exits_0()
    {
        var spec = _folder.File("pets.yaml", ValidSpec);

        var result = CliRunner.Run("generate", spec, "--namespace", "Pets.Client", "--output", Output);

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var written = Directory.GetFiles(Output).Select(Path.GetFileName).ToList();
        Assert.Equal([$"codegen: {written.Count} files generated from pets.yaml ({written.Count} changed) in {Output}"], result.OutputLines);
        Assert.Contains("Pets.Client.IPetsApi.g.cs", written);
        Assert.Contains("Pets.Client.Pet.g.cs", written);
    }

    [Fact]
    public void Warnings_are_printed_in_msbuild_format_and_the_run_still_succeeds()
    {
        var spec = _folder.File("pets.yaml", ValidSpec.Replace("paths:", "webhooks: {}\npaths:", StringComparison.Ordinal));

        var result = CliRunner.Run("generate", spec, "-n", "Pets.Client", "-o", Output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{spec}(3,11): warning OAG0007: 'webhooks' are requests the API sends to its clients, not requests a client makes; they are not generated. Nothing to fix in the client: handle them in the service that receives them", result.OutputLines[0]);
        Assert.True(File.Exists(Path.Combine(Output, "Pets.Client.IPetsApi.g.cs")));
    }

    [Theory]
    // As MSBuild's NoWarn, WarningsAsErrors, TreatWarningsAsErrors and WarningsNotAsErrors govern the compiler's warnings
    // (the build passes the project's values; ids separated by ; or , and compared ignoring case).
    [InlineData("--no-warn", "1701;oag0007", 0, null)]
    [InlineData("--warnaserror", "CS0168,OAG0007", 1, "error")]
    [InlineData("--treat-warnings-as-errors", null, 1, "error")]
    [InlineData("--warnnotaserror", "OAG0007", 0, "warning")]
    public void Warning_settings_suppress_or_promote_a_warning_as_msbuild_properties_do(string option, string? ids, int exitCode, string? reported)
    {
        var spec = _folder.File("pets.yaml", ValidSpec.Replace("paths:", "webhooks: {}\npaths:", StringComparison.Ordinal));
        string[] arguments = ids is null ? [option] : [option, ids];
        if (option == "--warnnotaserror")
        {
            arguments = [.. arguments, "--treat-warnings-as-errors"];
        }

        var result = CliRunner.Run(["generate", spec, "-n", "Pets.Client", "-o", Output, .. arguments]);

        Assert.Equal(exitCode, result.ExitCode);
        var line = result.OutputLines.Concat(result.ErrorLines).SingleOrDefault(l => l.Contains("OAG0007", StringComparison.Ordinal));
        Assert.Equal(reported is null ? null : $"{spec}(3,11): {reported} OAG0007: 'webhooks' are requests the API sends to its clients, not requests a client makes; they are not generated. Nothing to fix in the client: handle them in the service that receives them", line);
        // Promoted or not, the files are written (an IDE keeps a usable client); a promoted warning fails the run.
        Assert.True(File.Exists(Path.Combine(Output, "Pets.Client.IPetsApi.g.cs")));
    }

    [Fact]
    public void Errors_are_located_lines_on_stderr_exit_1_and_leave_the_output_alone()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "Earlier.g.cs"), "// from an earlier run");
        var spec = _folder.File("pets.yaml", ValidSpec.Replace("#/components/schemas/Pet'", "#/components/schemas/Pett'", StringComparison.Ordinal));

        var result = CliRunner.Run("generate", spec, "-n", "Pets.Client", "-o", Output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{spec}(15,24): error OAG0002: The $ref '#/components/schemas/Pett' does not resolve: 'Pett' is not found in pets.yaml; correct the name or the JSON pointer"], result.ErrorLines);
        Assert.Equal(["Earlier.g.cs"], Directory.GetFiles(Output).Select(Path.GetFileName));
    }

    [Fact]
    public void Malformed_yaml_is_a_located_error()
    {
        var spec = _folder.File("broken.yaml", "openapi: 3.0.3\ninfo: [unclosed\n");

        var result = CliRunner.Run("generate", spec, "-n", "X", "-o", Output);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Matches(@"^.*broken\.yaml\(\d+,\d+\): error OAG0001: ", line);
    }

    [Fact]
    public void A_missing_spec_file_is_one_line_not_a_stack_trace()
    {
        var missing = Path.Combine(_folder.Path, "missing.yaml");

        var result = CliRunner.Run("generate", missing, "-n", "X", "-o", Output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{missing}(1,1): error OAG0021: The spec file cannot be read: the file does not exist; check the path"], result.ErrorLines);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void A_folder_given_as_the_spec_is_one_line()
    {
        var result = CliRunner.Run("generate", _folder.Path, "-n", "X", "-o", Output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{_folder.Path}(1,1): error OAG0021: The spec file cannot be read: it is a folder, not a file"], result.ErrorLines);
    }

    [Fact]
    public void A_spec_that_cannot_be_opened_is_one_line_not_a_stack_trace()
    {
        var spec = _folder.File("locked.yaml", ValidSpec);

        // .NET honours FileShare.None between its own handles on every OS, so reading now fails with an IOException.
        using (new FileStream(spec, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var result = CliRunner.Run("generate", spec, "-n", "X", "-o", Output);

            Assert.Equal(1, result.ExitCode);
            var line = Assert.Single(result.ErrorLines);
            Assert.StartsWith($"{spec}(1,1): error OAG0021: The spec file cannot be read: ", line);
        }
    }

    [Fact]
    public void A_referenced_file_that_cannot_be_opened_is_reported_at_its_ref()
    {
        var spec = _folder.File("pets.yaml", ValidSpec.Replace("'#/components/schemas/Pet'", "'pet.yaml'", StringComparison.Ordinal));
        var pet = _folder.File("pet.yaml", "type: object\n");

        using (new FileStream(pet, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var result = CliRunner.Run("generate", spec, "-n", "X", "-o", Output);

            Assert.Equal(1, result.ExitCode);
            var line = Assert.Single(result.ErrorLines);
            Assert.Equal($"{spec}(15,32): error OAG0009: The file '{pet.Replace('\\', '/')}' referenced by a $ref cannot be read; correct the path (relative to the file that holds the $ref) or add the file", line);
        }
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_one_line()
    {
        var spec = _folder.File("pets.yaml", ValidSpec);
        var blocker = _folder.File("not-a-folder", "a file where the output folder's parent should be");

        var result = CliRunner.Run("generate", spec, "-n", "X", "-o", Path.Combine(blocker, "out"));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{Path.Combine(blocker, "out")}(1,1): error OAG0024: The generated files cannot be written: ", line);
    }

    [Fact]
    public void Options_reach_the_generator_and_the_deps_file_lists_every_file_read()
    {
        var spec = _folder.File("spec/pets.yaml", ValidSpec.Replace("'#/components/schemas/Pet'", "'../shared/pet.yaml'", StringComparison.Ordinal));
        var shared = _folder.File("shared/pet.yaml", "type: object\nproperties:\n  name: { type: string }\n");
        var deps = Path.Combine(_folder.Path, "obj", "deps.txt");

        var refused = CliRunner.Run("generate", spec, "-n", "X", "-o", Output);
        var result = CliRunner.Run("generate", spec, "-n", "X", "-o", Output, "--client-name", "Zoo", "--interface-per-tag", "--allow-external-refs", "--deps-file", deps);

        Assert.Contains("error OAG0004", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
        var files = Directory.GetFiles(Output).Select(Path.GetFileName).ToList();
        Assert.Contains("X.IPetsApi.g.cs", files);
        Assert.Contains("X.ZooJsonContext.g.cs", files);
        Assert.Equal(new[] { spec, shared }.Select(p => p.Replace('\\', '/')).Order(StringComparer.Ordinal), File.ReadAllLines(deps).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Omit_headers_leaves_the_named_headers_out_and_warns_about_a_name_no_operation_has()
    {
        var spec = _folder.File("pets.yaml", ValidSpec.Replace(
            "      tags: [pets]\n",
            "      tags: [pets]\n      parameters:\n        - { name: X-Request-Id, in: header, schema: { type: string } }\n        - { name: X-Trace, in: header, schema: { type: string } }\n",
            StringComparison.Ordinal));

        var result = CliRunner.Run("generate", spec, "-n", "X", "-o", Output, "--omit-headers", "x-request-id; X-Typo");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("pets.yaml(1,1): warning OAG0030: OmitHeaders names the header 'X-Typo'", result.Output, StringComparison.Ordinal);
        var api = File.ReadAllText(Path.Combine(Output, "X.IPetsApi.g.cs"));
        Assert.DoesNotContain("X-Request-Id", api, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[global::Refit.Header(\"X-Trace\")] string? xTrace = null", api, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_rewrites_nothing_and_removes_files_no_longer_generated()
    {
        var spec = _folder.File("pets.yaml", ValidSpec);
        CliRunner.Run("generate", spec, "-n", "X", "-o", Output);
        File.WriteAllText(Path.Combine(Output, "Stale.g.cs"), "// no longer generated");

        var again = CliRunner.Run("generate", spec, "-n", "X", "-o", Output);

        Assert.EndsWith("(0 changed) in " + Output, again.OutputLines.Single(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Output, "Stale.g.cs")));
    }

    [Theory]
    [InlineData(new[] { "generate", "spec.yaml", "-o", "out" }, "--namespace")]
    [InlineData(new[] { "generate", "spec.yaml", "-n", "X" }, "--output")]
    [InlineData(new[] { "generate", "spec.yaml", "-n", " ", "-o", "out" }, "--namespace must not be empty.")]
    public void Usage_errors_name_the_option_and_exit_non_zero(string[] args, string expected)
    {
        var result = CliRunner.Run(args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_documents_every_option_with_its_description()
    {
        var command = CodegenCommandLine.Create().Subcommands.Single(c => c.Name == "generate");

        var help = CliRunner.Run("generate", "--help");

        // The loop below checks the options the command has; these are the ones the README and docs promise.
        Assert.Equal(
            ["--allow-external-refs", "--client-name", "--deps-file", "--interface-per-tag", "--namespace", "--no-warn", "--omit-headers", "--output", "--project-file", "--treat-warnings-as-errors", "--warnaserror", "--warnnotaserror"],
            command.Options.Select(o => o.Name).Where(n => n != "--help").Order(StringComparer.Ordinal));
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Exit code 0", help.Output, StringComparison.Ordinal);
        foreach (var option in command.Options.Where(o => o.Name != "--help"))
        {
            Assert.False(string.IsNullOrWhiteSpace(option.Description), option.Name + " has no description");
            var line = help.OutputLines.SingleOrDefault(l => l.Contains(option.Name + " ", StringComparison.Ordinal) || l.EndsWith(option.Name, StringComparison.Ordinal));
            Assert.True(line is not null && line.Contains(option.Description!, StringComparison.Ordinal), option.Name + " is not documented in --help:\n" + help.Output);
        }
    }
}
