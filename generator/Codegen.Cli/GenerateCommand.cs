using System.CommandLine;
using Codegen.Generator;
using Codegen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Codegen.Cli;

/// <summary>`generate`: spec in, C# files out, diagnostics in MSBuild's format, exit code 1 on any error.</summary>
internal static class GenerateCommand
{
    public const int Success = 0;
    public const int Failure = 1;

    public static Command Create(bool ownsProcess)
    {
        var spec = new Argument<FileInfo>("spec") { Description = "The OpenAPI description to read: YAML or JSON; OpenAPI 3.0, 3.1 or Swagger 2.0." };
        var @namespace = new Option<string>("--namespace", "-n") { Description = "Namespace of the generated types, e.g. Contoso.Billing.Client.", Required = true, HelpName = "namespace" };
        @namespace.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--namespace must not be empty.");
            }
        });
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Folder to write the *.g.cs files into; created if missing. Other *.g.cs files in it are deleted.", Required = true, HelpName = "folder" };
        var clientName = new Option<string?>("--client-name") { Description = "Base name of the interface (I<name>Api) and the JSON context (<name>JsonContext). Default: from info.title.", HelpName = "name" };
        var perTag = new Option<bool>("--interface-per-tag") { Description = "One Refit interface per operation tag (by each operation's first tag) instead of one for the whole API." };
        var allowExternal = new Option<bool>("--allow-external-refs") { Description = "Allow $refs to files outside the spec's folder. Remote (http) $refs are never fetched." };
        var omitHeaders = new Option<string?>("--omit-headers") { Description = "Header parameters the client's HTTP handlers set, left out of every method; separated by ; or , (case ignored).", HelpName = "headers" };
        var depsFile = new Option<FileInfo?>("--deps-file") { Description = "Write the spec files that were read here, one per line (the build watches them).", HelpName = "file" };
        var noWarn = new Option<string?>("--no-warn") { Description = "Warning ids not to report, separated by ; or , (as MSBuild's NoWarn).", HelpName = "ids" };
        var warnAsError = new Option<string?>("--warnaserror") { Description = "Warning ids to report as errors, separated by ; or , (as MSBuild's WarningsAsErrors).", HelpName = "ids" };
        var warnNotAsError = new Option<string?>("--warnnotaserror") { Description = "Warning ids that stay warnings when every warning is an error (as MSBuild's WarningsNotAsErrors).", HelpName = "ids" };
        var allAsErrors = new Option<bool>("--treat-warnings-as-errors") { Description = "Report every warning as an error (as MSBuild's TreatWarningsAsErrors)." };
        var projectFile = new Option<FileInfo?>("--project-file") { Description = "The project whose OpenApiSpec item gave these options, where errors in them are reported (the Specweave.Build targets set it).", HelpName = "file" };

        var command = new Command(
            "generate",
            "Generate a Refit interface, immutable records and a System.Text.Json context from an OpenAPI description. "
            + "Problems are printed as file(line,col): error|warning ID: message. Exit code 0: generated (warnings may be printed); "
            + "1: errors (nothing written, except when only warnings made errors by the options failed the run).")
        {
            spec, @namespace, output, clientName, perTag, allowExternal, omitHeaders, depsFile, noWarn, warnAsError, warnNotAsError, allAsErrors, projectFile,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new GenerationRequest(
                parseResult.GetValue(spec)!.FullName,
                parseResult.GetValue(@namespace)!.Trim(),
                parseResult.GetValue(output)!.FullName,
                parseResult.GetValue(clientName),
                parseResult.GetValue(perTag),
                parseResult.GetValue(allowExternal),
                parseResult.GetValue(depsFile)?.FullName)
            {
                OmitHeaders = (parseResult.GetValue(omitHeaders) ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Warnings = WarningPolicy.Parse(parseResult.GetValue(noWarn), parseResult.GetValue(warnAsError), parseResult.GetValue(warnNotAsError), parseResult.GetValue(allAsErrors)),
                ProjectFile = parseResult.GetValue(projectFile)?.FullName,
            };
            return Task.FromResult(Run(request, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, ownsProcess, cancellationToken));
        });
        return command;
    }

    /// <summary>Runs one generation. Every failure, including our own bugs, ends as one diagnostic line and exit code 1, never a stack trace.</summary>
    /// <param name="request">What to generate, and where.</param>
    /// <param name="output">Where warnings and the summary line go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="ownsProcess">
    /// Whether the process ends with this run. A large description is generated in a no-GC region (<see cref="NoCollectionRegion"/>);
    /// once a region ends, the next allocation may set off a collection that copies the whole model, dead by then but
    /// still referenced from the large arrays it left, which only a full collection frees: up to a fifth of a run, for a
    /// process about to exit. So a process that ends with the run keeps its region; one that goes on (tests) leaves it.
    /// </param>
    /// <param name="cancellationToken">Looked at between files: a canceled run changes nothing.</param>
    public static int Run(GenerationRequest request, TextWriter output, TextWriter error, bool ownsProcess, CancellationToken cancellationToken)
    {
        try
        {
            return Generate(request, output, error, ownsProcess, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(DiagnosticFormatter.Format(FileProblem(request.SpecPath, exception.Message)));
            return Failure;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("codegen: canceled.");
            return Failure;
        }
#pragma warning disable CA1031 // The host's contract is a diagnostic line, whatever went wrong.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            error.WriteLine(DiagnosticFormatter.Format(GeneratorHost.GeneratorCrash(exception)));
            return Failure;
        }
    }

    private static int Generate(GenerationRequest request, TextWriter output, TextWriter error, bool ownsProcess, CancellationToken cancellationToken)
    {
        if (!File.Exists(request.SpecPath))
        {
            var reason = Directory.Exists(request.SpecPath) ? "it is a folder, not a file" : "the file does not exist; check the path";
            error.WriteLine(DiagnosticFormatter.Format(FileProblem(request.SpecPath, reason)));
            return Failure;
        }

        if (NamespaceCheck.Check(request) is { } badNamespace)
        {
            error.WriteLine(DiagnosticFormatter.Format(badNamespace));
            return Failure;
        }

        // Over the whole run, the files emitted, compared and written included: the bound model stays alive until then.
        // A process that ends with the run keeps the region to its exit (see Run); one that goes on leaves it here.
        var noCollections = NoCollectionRegion.For(new FileInfo(request.SpecPath).Length);
        using var leftWithTheRun = ownsProcess ? default : noCollections;
        var result = GeneratorHost.Run(request, cancellationToken);
        (int Files, int Written) outputFiles;
        var promoted = false;
        // By line, then column, as ints: a sort keyed by the LinePosition struct would be compiled at run time (the tool is precompiled).
        var ordered = result.Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character);
        foreach (var diagnostic in ordered)
        {
            if (request.Warnings.Apply(diagnostic.Id, diagnostic.Severity) is not { } severity)
            {
                continue;
            }

            promoted |= severity == DiagnosticSeverity.Error && diagnostic.Severity != DiagnosticSeverity.Error;
            (severity == DiagnosticSeverity.Error ? error : output).WriteLine(DiagnosticFormatter.Format(diagnostic, severity));
        }

        try
        {
            if (request.DependencyFile is { } dependencyFile)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(dependencyFile)!);
                File.WriteAllLines(dependencyFile, result.InputFiles);
            }

            if (result.HasErrors)
            {
                return Failure;
            }

            outputFiles = OutputDirectory.Write(request.OutputDirectory, write => CodegenPipeline.EmitEach(result.Model!, write), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var problem = Diagnostic.Create(DiagnosticDescriptors.OutputNotWritable, Location.Create(request.OutputDirectory, default, default), DiagnosticText.Sanitize(exception.Message));
            error.WriteLine(DiagnosticFormatter.Format(problem));
            return Failure;
        }

        if (promoted)
        {
            // Written all the same (an IDE keeps a usable client), but the run fails, as the compiler's does.
            return Failure;
        }

        output.WriteLine($"codegen: {outputFiles.Files} files generated from {Path.GetFileName(request.SpecPath)} ({outputFiles.Written} changed) in {request.OutputDirectory}");
        return Success;
    }

    private static Diagnostic FileProblem(string path, string reason)
        => Diagnostic.Create(DiagnosticDescriptors.SpecFileUnreadable, Location.Create(path, default, default), DiagnosticText.Sanitize(reason));
}
