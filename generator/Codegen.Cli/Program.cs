using Codegen.Cli;

return await CodegenCommandLine.Create().Parse(args).InvokeAsync();
