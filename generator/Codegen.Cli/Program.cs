using System.CommandLine;
using Codegen.Cli;

var root = new RootCommand("Codegen: typed .NET clients (Refit + System.Text.Json) from OpenAPI descriptions.")
{
    GenerateCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
