using System.CommandLine;

namespace Codegen.Cli;

/// <summary>The tool's command tree, built in one place so tests can run it in-process exactly as Program does.</summary>
internal static class CodegenCommandLine
{
    /// <param name="ownsProcess">
    /// Whether the process ends when the command does (Program): then a run keeps its no-GC region to the end (see
    /// <see cref="GenerateCommand.Run"/>). Tests run the commands in their own process, which goes on: false.
    /// </param>
    public static RootCommand Create(bool ownsProcess = false) => new("specweave: typed .NET clients (Refit + System.Text.Json) from OpenAPI descriptions. In a project, the Specweave.Build package runs it on every build.")
    {
        GenerateCommand.Create(ownsProcess),
    };
}
