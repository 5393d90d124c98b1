using System.CommandLine;

namespace Codegen.Cli;

/// <summary>`generate`: spec in, C# files out, diagnostics in MSBuild's format, exit code 1 on any error.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var spec = new Argument<FileInfo>("spec") { Description = "The OpenAPI description (YAML or JSON; OpenAPI 3.0, 3.1 or Swagger 2.0)." };
        var @namespace = new Option<string>("--namespace", "-n") { Description = "Namespace of the generated types.", Required = true };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Folder to write the *.g.cs files into; stale generated files in it are removed.", Required = true };
        var clientName = new Option<string?>("--client-name") { Description = "Base name of the interface (I{name}Api) and the JSON context ({name}JsonContext). Default: from info.title." };
        var perTag = new Option<bool>("--interface-per-tag") { Description = "One Refit interface per operation tag instead of one for the whole API." };
        var allowExternal = new Option<bool>("--allow-external-refs") { Description = "Allow $refs to files outside the spec's folder. Remote (http) $refs are never fetched." };
        var depsFile = new Option<FileInfo?>("--deps-file") { Description = "Write the list of spec files read (one per line) here; the build watches them." };

        var command = new Command("generate", "Generate a Refit client, records and a JSON context from an OpenAPI description.")
        {
            spec, @namespace, output, clientName, perTag, allowExternal, depsFile,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new GenerationRequest(
                parseResult.GetValue(spec)!.FullName,
                parseResult.GetValue(@namespace)!,
                parseResult.GetValue(output)!.FullName,
                parseResult.GetValue(clientName),
                parseResult.GetValue(perTag),
                parseResult.GetValue(allowExternal),
                parseResult.GetValue(depsFile)?.FullName);
            return Task.FromResult(Run(request, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        });
        return command;
    }

    public static int Run(GenerationRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(request.SpecPath))
        {
            error.WriteLine($"{request.SpecPath}: error OAG0009: The spec file does not exist; check the path.");
            return 1;
        }

        var result = GeneratorHost.Run(request, cancellationToken);
        foreach (var diagnostic in result.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.GetLineSpan().StartLinePosition))
        {
            (diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error ? error : output).WriteLine(DiagnosticFormatter.Format(diagnostic));
        }

        if (request.DependencyFile is { } dependencyFile)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(dependencyFile)!);
            File.WriteAllLines(dependencyFile, result.InputFiles);
        }

        if (result.HasErrors)
        {
            return 1;
        }

        var written = OutputDirectory.Write(request.OutputDirectory, result.Files);
        output.WriteLine($"codegen: {result.Files.Count} files generated from {Path.GetFileName(request.SpecPath)} ({written} changed) in {request.OutputDirectory}");
        return 0;
    }
}
