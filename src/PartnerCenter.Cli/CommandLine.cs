using System.CommandLine;

namespace PartnerCenter.Cli;

/// <summary>The command tree: <c>partner-center customers list|get|create|billing-profile|company-profile|delete|qualifications</c>.</summary>
internal static class CommandLine
{
    public static RootCommand Build()
    {
        var customers = new Command("customers", "List, search, read, create and update Partner Center customers.");
        customers.Subcommands.Add(ListCustomersCommand.Create());
        customers.Subcommands.Add(GetCustomerCommand.Create());
        customers.Subcommands.Add(CreateCustomerCommand.Create());
        customers.Subcommands.Add(BillingProfileCommands.Create());
        customers.Subcommands.Add(CompanyProfileCommands.Create());
        customers.Subcommands.Add(QualificationCommands.Create());
        customers.Subcommands.Add(RemoveRelationshipCommand.Create());
        customers.Subcommands.Add(DeleteCustomerCommand.Create());

        var root = new RootCommand(
            "Calls the Partner Center customers API. Without credentials or an endpoint it calls a built-in emulator, so it works offline.");
        root.Subcommands.Add(customers);
        HelpLayout.Apply(root);
        return root;
    }

    /// <summary>
    /// Runs the parsed command. Parse errors are reported here rather than by System.CommandLine so that they
    /// get this tool's usage exit code (2) and a hint, instead of the library's generic 1.
    /// </summary>
    public static async Task<int> InvokeAndReportAsync(this ParseResult parseResult)
    {
        if (parseResult.Errors.Count > 0)
        {
            // One line, whatever the library's messages look like (some list the allowed values on lines of their own).
            var errors = string.Join(' ', parseResult.Errors.Select(error => Failures.OneLine(error.Message)));
            await Console.Error.WriteLineAsync($"error: {errors} Run '{RootCommand.ExecutableName} {CommandPath(parseResult)}--help' for usage.");
            return ExitCodes.UsageError;
        }

        // Ctrl+C and SIGTERM are this tool's own (see Interruption), registered before the command starts, so the
        // library's handling is off (ProcessTerminationTimeout null). The tool reports its own failures as one line
        // each; the library's handler would print a stack trace.
        using var interruption = Interruption.Register();
        var exitCode = await parseResult.InvokeAsync(
            new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null },
            interruption.Token);

        // Commands report any cancellation as 130; which signal it was is known here.
        return exitCode == ExitCodes.Cancelled ? interruption.CancelledExitCode : exitCode;
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return names.Count == 0 ? string.Empty : string.Join(' ', names) + " ";
    }
}
