using PartnerCenter.Cli;

return await CommandLine.Build().Parse(args).InvokeAndReportAsync();
