using System.CommandLine;

namespace Codegen.Cli;

/// <summary>The tool's command tree, built in one place so tests can run it in-process exactly as Program does.</summary>
internal static class CodegenCommandLine
{
    public static RootCommand Create() => new("specweave: typed .NET clients (Refit + System.Text.Json) from OpenAPI descriptions. In a project, the Specweave.Build package runs it on every build.")
    {
        GenerateCommand.Create(),
    };
}
