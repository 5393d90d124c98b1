using System.CommandLine;
using PartnerCenter.Emulator;

namespace PartnerCenter.Cli;

/// <summary>Pieces several commands share: the customer id argument, <c>--from</c>, and the help text around them.</summary>
internal static class CommandParts
{
    public static Argument<string> CustomerId() => new("customer-tenant-id")
    {
        Description = "The customer's tenant id, a GUID (the \"Microsoft ID\" on the customer's Account page).",
    };

    public static Option<string> From(string what) => new("--from")
    {
        Description = $"A JSON file holding {what} (member names in any case); - reads standard input.",
        HelpName = "file.json",
        Required = true,
    };

    /// <summary>Longer notes shown under a command's own help (not in its parent's list of commands).</summary>
    public static Command WithNotes(this Command command, string notes)
    {
        HelpLayout.Notes[command] = notes;
        return command;
    }

    /// <summary>
    /// Like <see cref="WithAction"/> for a command about one customer: the action runs with the customer id parsed.
    /// An id that is not a GUID fails with exit 3 before the action runs, so a typo never reaches the service.
    /// </summary>
    public static Command WithCustomerAction(
        this Command command,
        Argument<string> customerId,
        ConnectionOptions connection,
        Func<ParseResult, Guid, ConnectionRequest, CliInvocation, Task<int>> action) =>
        command.WithAction(connection, async (parseResult, request, invocation) =>
            await ParseCustomerIdAsync(invocation, parseResult.GetRequiredValue(customerId)) is { } id
                ? await action(parseResult, id, request, invocation)
                : ExitCodes.InvalidCustomerId);

    /// <summary>The id as a GUID; otherwise null, and the failure has been written (exit 3).</summary>
    private static async Task<Guid?> ParseCustomerIdAsync(CliInvocation invocation, string text)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        await invocation.FailAsync(
            ExitCodes.InvalidCustomerId,
            $"error: '{text}' is not a customer tenant id: expected a GUID such as {EmulatorSeed.DocumentedCustomerId}. Nothing was sent.");
        return null;
    }

    /// <summary>Adds the connection options and sets the action, run with the console.</summary>
    public static Command WithAction(this Command command, ConnectionOptions connection, Func<ParseResult, ConnectionRequest, CliInvocation, Task<int>> action)
    {
        connection.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
            action(parseResult, connection.Read(parseResult), CliInvocation.FromConsole(cancellationToken)));
        return command;
    }
}
