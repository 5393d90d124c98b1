using System.CommandLine;

namespace PartnerCenter.Cli;

/// <summary><c>customers create --from FILE.json</c>: the documented create-customer request body, sent as it is.</summary>
internal static class CreateCustomerCommand
{
    private const string What = "a create-customer request";

    public static Command Create()
    {
        var from = CommandParts.From("the create-customer request body, as documented");
        var output = OutputFormats.Create("the new customer", OutputFormats.Json);
        var command = new Command(
            "create",
            "Create a customer from the documented request body and print it, with its administrator's credentials.")
        {
            from, output,
        };
        command.WithNotes(
            """
            The file is the documented create-customer request: companyProfile.domain (a new *.onmicrosoft.com name) and a
            billingProfile with email, culture, language, companyName and defaultAddress; member names in any case. The answer
            holds the new administrator's user name and password, which the service shows only this once: keep them.
            """);
        return command.WithAction(new ConnectionOptions(), async (parseResult, connection, invocation) =>
        {
            var path = parseResult.GetRequiredValue(from);
            var format = parseResult.GetRequiredValue(output);
            Customers.NewCustomer body;
            try
            {
                var text = await JsonFileInput.ReadTextAsync(path, invocation.Input, invocation.CancellationToken);
                body = JsonFileInput.Parse(path, text, JsonText.Input.NewCustomer, What);
            }
            catch (CliExitException problem)
            {
                return await invocation.FailAsync(problem.ExitCode, problem.Message);
            }

            return await Session.RunAsync(invocation, connection, async target =>
            {
                var customer = await target.Api.CreateCustomerAsync(body, cancellationToken: invocation.CancellationToken);
                await Printer.WriteAsync(invocation.Output, format, customer, CustomerTable.Write, () => JsonText.Indented.Customer, () => JsonText.Compact.Customer);
                if (target.IsEmbeddedEmulator)
                {
                    await invocation.Error.WriteLineAsync("Note: the built-in emulator ends with this command, and the new customer with it; run the emulator on its own (dotnet run --project src/PartnerCenter.Emulator) and pass --endpoint to keep working with it.");
                }

                return ExitCodes.Success;
            });
        });
    }
}
