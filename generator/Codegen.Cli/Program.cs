using Codegen.Cli;

return await CodegenCommandLine.Create(ownsProcess: true).Parse(args).InvokeAsync();
