using System.CommandLine;

namespace PartnerCenter.Cli;

/// <summary>
/// <c>customers delete &lt;id&gt; --sandbox</c>: deletes a customer of an integration sandbox account. Partner Center
/// offers deletion only there; the tool refuses to send it without <c>--sandbox</c>, which says the account is one.
/// </summary>
internal static class DeleteCustomerCommand
{
    public static Command Create()
    {
        var customerId = CommandParts.CustomerId();
        var sandbox = new Confirmation(
            "--sandbox",
            "Confirms that the partner account is an integration sandbox (\"testing in production\") account. Required: deletion purges the "
            + "customer's tenant and is possible only there. With the built-in emulator, it also runs the emulator as a sandbox account.",
            "error: delete needs --sandbox: it purges the customer's tenant, and Partner Center allows it only for customers of an integration sandbox account. "
            + "Add --sandbox to confirm the account is one (a production account answers 403). Nothing was sent.");
        var command = new Command(
            "delete",
            "Delete a customer of an integration sandbox account, purging everything in its tenant (needs --sandbox).")
        {
            customerId, sandbox.Option,
        };
        command.WithNotes(
            """
            Partner Center deletes customers only for integration sandbox ("testing in production") accounts. Without --sandbox
            nothing is sent (exit code 2); with it, a production account is refused by the service with 403 (exit code 5).
            Cancel the customer's Azure reservations and software orders first. With the built-in emulator, --sandbox runs it
            as a sandbox account (whose state ends with the command).
            """);
        return command.WithCustomerAction(customerId, new ConnectionOptions(), async (parseResult, id, connection, invocation) =>
        {
            if (await sandbox.RefuseUnlessGivenAsync(parseResult, invocation) is { } refused)
            {
                return refused;
            }

            return await Session.RunAsync(
                invocation,
                connection,
                async target =>
                {
                    await target.Api.DeleteSandboxCustomerAsync(id, cancellationToken: invocation.CancellationToken);
                    await invocation.Error.WriteLineAsync($"Deleted customer {id}.");
                    return ExitCodes.Success;
                },
                embeddedSandbox: true);
        });
    }
}
