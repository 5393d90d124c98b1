using System.CommandLine;

namespace PartnerCenter.Cli;

/// <summary><c>customers get &lt;customer-tenant-id&gt;</c>.</summary>
internal static class GetCustomerCommand
{
    public static Command Create()
    {
        var customerId = CommandParts.CustomerId();
        var output = OutputFormats.Create("the customer", OutputFormats.Json);
        var command = new Command("get", "Get a customer by its tenant id and print it.")
        {
            customerId, output,
        };
        return command.WithCustomerAction(customerId, new ConnectionOptions(), async (parseResult, id, connection, invocation) =>
        {
            var format = parseResult.GetRequiredValue(output);
            return await Session.RunAsync(invocation, connection, async target =>
            {
                var customer = await target.Api.GetCustomerByIdAsync(id, cancellationToken: invocation.CancellationToken);
                await Printer.WriteAsync(invocation.Output, format, customer, CustomerTable.Write, () => JsonText.Indented.Customer, () => JsonText.Compact.Customer);
                return ExitCodes.Success;
            });
        });
    }
}
